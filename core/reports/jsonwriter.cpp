// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/jsonwriter.h"

#include <QLocale>

namespace sb::core {

namespace {

constexpr qsizetype kIndent = 4;

} // namespace

JsonWriter::JsonWriter()
{
    m_out.reserve(4096);
    m_out += u'{';
    m_levels.append(Level{});
}

// The separator and indentation before a member or an element, then its key.
void JsonWriter::startItem(const char *key)
{
    Q_ASSERT(!m_levels.isEmpty());
    Level &level = m_levels.last();
    Q_ASSERT(level.array == (key == nullptr));
    const qsizetype depth = m_levels.size();
    // One item a line in the document and in its array members; on one line deeper down.
    const bool ownLine = depth == 1 || (depth == 2 && level.array);
    if (level.items > 0)
        m_out += u',';
    if (ownLine)
        m_out += u'\n' + QString(depth * kIndent, u' ');
    else if (level.items > 0 || !level.array)
        m_out += u' ';
    ++level.items;
    if (key) {
        m_out += string(QString::fromLatin1(key));
        m_out += QLatin1String(": ");
    }
}

void JsonWriter::member(const char *key, QStringView json)
{
    startItem(key);
    m_out += json;
}

void JsonWriter::element(QStringView json)
{
    startItem(nullptr);
    m_out += json;
}

void JsonWriter::open(const char *key, bool array)
{
    startItem(key);
    m_out += array ? u'[' : u'{';
    m_levels.append(Level{array, 0});
}

void JsonWriter::beginObject(const char *key)
{
    open(key, false);
}

void JsonWriter::beginArray(const char *key)
{
    open(key, true);
}

void JsonWriter::end()
{
    Q_ASSERT(m_levels.size() > 1);
    const Level level = m_levels.takeLast();
    const qsizetype depth = m_levels.size() + 1;
    if (level.items > 0 && (depth == 1 || (depth == 2 && level.array)))
        m_out += u'\n' + QString((depth - 1) * kIndent, u' ');
    else if (level.items > 0 && !level.array)
        m_out += u' ';
    m_out += level.array ? u']' : u'}';
}

QByteArray JsonWriter::finish()
{
    Q_ASSERT(m_levels.size() == 1);
    m_out += m_levels.last().items > 0 ? QLatin1String("\n}\n") : QLatin1String("}\n");
    m_levels.clear();
    return m_out.toUtf8();
}

QString JsonWriter::string(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    // Copies the runs between characters that need escaping in one go.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.sliced(runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += text.sliced(runStart);
    out += u'"';
    return out;
}

QString JsonWriter::number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString JsonWriter::number(const std::optional<double> &value)
{
    return value ? number(*value) : null();
}

QString JsonWriter::integer(qint64 value)
{
    return QString::number(value);
}

QString JsonWriter::date(const QDate &date)
{
    return date.isValid() ? string(date.toString(Qt::ISODate)) : null();
}

QString JsonWriter::null()
{
    return QStringLiteral("null");
}

} // namespace sb::core
