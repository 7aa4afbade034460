// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/valueparsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <limits>

namespace sb::core::parse {

namespace {

/// Translations in the "sb::core::Parse" context, spelled ParseText::tr() so that
/// lupdate files them under the context the program asks for.
class ParseText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Parse)
};

int expandYear(int year, qsizetype digits)
{
    // Two-digit years: 00–69 → 2000s, 70–99 → 1900s (the common spreadsheet rule).
    if (digits <= 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

struct SlashParts
{
    int first = 0;
    int second = 0;
    int year = 0;
    bool ok = false;
};

SlashParts slashParts(QStringView text)
{
    // The separator comes after one or two digits: most dates (ISO ones) leave before the regex.
    auto separator = [&](qsizetype i) {
        return i < text.size() && (text[i] == u'/' || text[i] == u'.' || text[i] == u'-');
    };
    if (!separator(1) && !separator(2))
        return {};
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T].*)?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return {m.capturedView(1).toInt(), m.capturedView(2).toInt(),
            expandYear(m.capturedView(3).toInt(), m.capturedView(3).size()), true};
}

} // namespace

std::optional<QDate> date(QStringView raw, DateOrder order, const QString &format, QString *error,
                          bool *ambiguous)
{
    const QStringView text = raw.trimmed();
    if (ambiguous)
        *ambiguous = false;
    auto failed = [&](const QString &why) -> std::optional<QDate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return failed(ParseText::tr("The date is empty."));
    if (!format.isEmpty()) {
        QDateTime dt = QDateTime::fromString(text.toString(), format);
        if (dt.isValid()) {
            // Two-digit years in a format ("yy") parse as 1900s; move them to the likely century.
            QDate d = dt.date();
            if (format.contains(QStringLiteral("yy")) && !format.contains(QStringLiteral("yyyy"))
                && d.year() < 1970)
                d = d.addYears(100);
            return d;
        }
        const QDate d = QDate::fromString(text.toString(), format);
        if (d.isValid())
            return d;
    }
    // Year first: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, optionally followed by a time.
    static const QRegularExpression yearFirst(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$)"));
    if (const auto m = yearFirst.match(text); m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        return d.isValid() ? std::optional<QDate>(d)
                           : failed(ParseText::tr("\"%1\" is not a calendar date.").arg(text));
    }
    const SlashParts parts = slashParts(text);
    if (!parts.ok)
        return failed(
            ParseText::tr("\"%1\" is not a date; use 2025-03-01, 2025/3/1 or 2025年3月1日.").arg(text));
    const QDate dayFirst(parts.year, parts.second, parts.first);
    const QDate monthFirst(parts.year, parts.first, parts.second);
    if (order == DateOrder::DayFirst)
        return dayFirst.isValid()
            ? std::optional<QDate>(dayFirst)
            : failed(ParseText::tr("\"%1\" is not a calendar date (day/month/year).").arg(text));
    if (order == DateOrder::MonthFirst)
        return monthFirst.isValid()
            ? std::optional<QDate>(monthFirst)
            : failed(ParseText::tr("\"%1\" is not a calendar date (month/day/year).").arg(text));
    if (dayFirst.isValid() && monthFirst.isValid() && dayFirst != monthFirst) {
        if (ambiguous)
            *ambiguous = true;
        return failed(
            ParseText::tr("\"%1\" could be day/month or month/day; choose the date order for this file.")
                .arg(text));
    }
    if (dayFirst.isValid())
        return dayFirst;
    if (monthFirst.isValid())
        return monthFirst;
    return failed(ParseText::tr("\"%1\" is not a calendar date.").arg(text));
}

std::optional<QDateTime> dateTime(QStringView raw, DateOrder order, const QString &format, QString *error,
                                  bool *ambiguous)
{
    const QStringView text = raw.trimmed();
    if (ambiguous)
        *ambiguous = false;
    if (!format.isEmpty()) {
        const QDateTime dt = QDateTime::fromString(text.toString(), format);
        if (dt.isValid()) {
            QDate d = dt.date();
            if (format.contains(QStringLiteral("yy")) && !format.contains(QStringLiteral("yyyy"))
                && d.year() < 1970)
                d = d.addYears(100);
            return QDateTime(d, dt.time(), Qt::UTC);
        }
    }
    const auto day = date(text, order, format, error, ambiguous);
    if (!day)
        return std::nullopt;
    // date() reads the date and lets a time follow; the time is read here, and
    // anything after the date that is not a time of day is refused rather than
    // dropped (a timestamp cut to midnight reorders same-day events).
    static const QRegularExpression datePart(QStringLiteral(
        R"(^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))(?=$|[ T]))"));
    const auto dateMatch = datePart.match(text);
    if (!dateMatch.hasMatch())
        return QDateTime(*day, QTime(0, 0), Qt::UTC); // a mapping's date-only format read it
    QStringView tail = text.mid(dateMatch.capturedLength()).trimmed();
    if (tail.startsWith(u'T') || tail.startsWith(u't'))
        tail = tail.mid(1);
    if (tail.isEmpty())
        return QDateTime(*day, QTime(0, 0), Qt::UTC);
    static const QRegularExpression timePart(
        QStringLiteral(
            R"(^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = timePart.match(tail);
    auto notATime = [&]() -> std::optional<QDateTime> {
        if (error)
            *error
                = ParseText::tr("\"%1\" is not a date; use 2025-03-01, 2025/3/1 or 2025年3月1日.").arg(text);
        return std::nullopt;
    };
    if (!m.hasMatch())
        return notATime();
    int hour = m.capturedView(1).toInt();
    const int minute = m.capturedView(2).toInt();
    const int second = m.capturedView(3).isEmpty() ? 0 : m.capturedView(3).toInt();
    const QString fraction = m.captured(4).leftJustified(3, u'0');
    const int millisecond = m.capturedView(4).isEmpty() ? 0 : fraction.toInt();
    if (const QStringView half = m.capturedView(5); !half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return notATime();
        hour = hour % 12 + (half.compare(u"p", Qt::CaseInsensitive) == 0 ? 12 : 0);
    }
    const QTime time(hour, minute, second, millisecond);
    if (!time.isValid())
        return notATime();
    QDateTime result(*day, time, Qt::UTC);
    if (const QStringView zone = m.capturedView(6); zone.startsWith(u'+') || zone.startsWith(u'-')) {
        // An offset from UTC: +08, +0800 or +08:00.
        const int sign = zone.front() == u'-' ? -1 : 1;
        const QString digits = zone.mid(1).toString().remove(u':');
        const int offsetMinutes
            = digits.left(2).toInt() * 60 + (digits.size() > 2 ? digits.mid(2).toInt() : 0);
        result = result.addSecs(-sign * offsetMinutes * 60);
    }
    return result;
}

void DateOrderDetector::add(QStringView text)
{
    const SlashParts parts = slashParts(text.trimmed());
    if (!parts.ok)
        return;
    if (parts.first > 12 && parts.second <= 12)
        m_dayFirstSeen = true;
    else if (parts.second > 12 && parts.first <= 12)
        m_monthFirstSeen = true;
}

DateOrder DateOrderDetector::order() const
{
    if (m_dayFirstSeen == m_monthFirstSeen)
        return DateOrder::Unknown;
    return m_dayFirstSeen ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

namespace {

// The common case, plain digits with at most a minus and a decimal mark ("-1234.5"), without
// the allocations of the general parser below; nullopt sends everything else there.
std::optional<qint64> plainAmount(QStringView text, int decimals, QChar decimalMark)
{
    const bool negative = !text.isEmpty() && text.front() == u'-';
    qsizetype i = negative ? 1 : 0;
    qint64 value = 0;
    int digits = 0;
    int decimalsSeen = -1;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == decimalMark.unicode() && decimalsSeen < 0) {
            decimalsSeen = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (decimalsSeen >= 0 && ++decimalsSeen > decimals)
            return std::nullopt;
        if (++digits > 18)
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    if (digits == 0 || digits + decimals - qMax(decimalsSeen, 0) > 18)
        return std::nullopt;
    for (int d = qMax(decimalsSeen, 0); d < decimals; ++d)
        value *= 10;
    return negative ? -value : value;
}

} // namespace

std::optional<qint64> amount(QStringView raw, int decimals, QChar decimalMark, QString *error)
{
    if (const auto plain = plainAmount(raw.trimmed(), decimals, decimalMark))
        return plain;
    auto failed = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = raw.trimmed().toString();
    if (text.isEmpty())
        return failed(ParseText::tr("The amount is empty."));
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    }
    static const QRegularExpression currency(
        QStringLiteral(R"(^(RMB|CNY|USD|EUR|GBP)\s*|\s*(RMB|CNY|USD|EUR|GBP|元)$)"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(currency);
    QString cleaned;
    const QChar groupMark = decimalMark == u',' ? u'.' : u',';
    int decimalsSeen = -1;
    QList<int> groups{0};
    for (const QChar c : std::as_const(text)) {
        if (c == u'¥' || c == u'￥' || c == u'$' || c == u'€' || c == u'£' || c.isSpace()
            || c == QChar(0x00A0) || c == u'\'')
            continue;
        if ((c == u'-' || c == u'+') && cleaned.isEmpty() && decimalsSeen < 0) {
            negative = negative != (c == u'-');
            continue;
        }
        if (c == groupMark && decimalsSeen < 0) {
            groups.append(0);
            continue;
        }
        if (c == decimalMark) {
            if (decimalsSeen >= 0)
                return failed(ParseText::tr("\"%1\" has two decimal marks.").arg(raw));
            decimalsSeen = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return failed(ParseText::tr("\"%1\" is not an amount.").arg(raw));
        if (decimalsSeen >= 0) {
            if (++decimalsSeen > decimals)
                return failed(
                    ParseText::tr("\"%1\" has more than %2 decimal places.").arg(raw).arg(decimals));
        } else {
            ++groups.last();
        }
        cleaned += c;
    }
    if (cleaned.isEmpty())
        return failed(ParseText::tr("\"%1\" is not an amount.").arg(raw));
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i] != 3 || groups[0] == 0 || groups[0] > 3)
            return failed(ParseText::tr("\"%1\" has misplaced thousands separators.").arg(raw));
    }
    for (int i = qMax(decimalsSeen, 0); i < decimals; ++i)
        cleaned += u'0';
    bool ok = false;
    const qint64 value = cleaned.toLongLong(&ok);
    if (!ok || cleaned.size() > 18)
        return failed(ParseText::tr("\"%1\" is too large.").arg(raw));
    return negative ? -value : value;
}

std::optional<qint64> integer(QStringView text, QString *error)
{
    return amount(text, 0, u'.', error);
}

std::optional<bool> boolean(QStringView raw)
{
    const QString t = raw.trimmed().toString().toLower();
    if (t == u"1" || t == u"true" || t == u"yes" || t == u"y" || t == u"是" || t == u"t")
        return true;
    if (t == u"0" || t == u"false" || t == u"no" || t == u"n" || t == u"否" || t == u"f")
        return false;
    return std::nullopt;
}

QString unneutralise(const QString &text)
{
    // Skip any apostrophes an export doubled, then check what they stand before.
    qsizetype quotes = 0;
    while (quotes < text.size() && text.at(quotes) == u'\'')
        ++quotes;
    if (quotes == 0 || quotes == text.size())
        return text;
    const QChar next = text.at(quotes);
    if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r')
        return text.mid(1);
    return text;
}

} // namespace sb::core::parse
