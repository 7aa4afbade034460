// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvreader.h"

#include <QCoreApplication>
#include <QLocale>

namespace sb::core {

namespace {

/// Translations in the "sb::core::CsvReader" context, spelled CsvReaderText::tr() so that
/// lupdate files them under the context the program asks for.
class CsvReaderText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::CsvReader)
};

QStringDecoder decoderFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return QStringDecoder(QStringDecoder::Utf8);
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case TextEncoding::Gb18030:
        return QStringDecoder("GB18030");
    case TextEncoding::Windows1252:
        return QStringDecoder("windows-1252");
    }
    return QStringDecoder(QStringDecoder::Utf8);
}

constexpr qint64 ChunkSize = 256 * 1024;

} // namespace

namespace textencoding {

QString name(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> fromName(const QString &text)
{
    const QString n = text.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-8-bom")
        return TextEncoding::Utf8Bom;
    if (n == u"utf-16le" || n == u"utf-16")
        return TextEncoding::Utf16Le;
    if (n == u"utf-16be")
        return TextEncoding::Utf16Be;
    if (n == u"gb18030" || n == u"gbk" || n == u"gb2312")
        return TextEncoding::Gb18030;
    if (n == u"windows-1252" || n == u"cp1252" || n == u"latin1" || n == u"iso-8859-1")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

TextEncoding legacyFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? TextEncoding::Gb18030 : TextEncoding::Windows1252;
}

TextEncoding detect(QIODevice &device, const QLocale &locale)
{
    device.seek(0);
    const QByteArray head = device.peek(4);
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16Le;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16Be;
    // Strict UTF-8 over the whole file: a legacy file can look like UTF-8 for megabytes.
    QStringDecoder utf8(QStringDecoder::Utf8);
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty())
            break;
        const QString decoded = utf8.decode(chunk); // decode() is lazy: convert to run it
        if (utf8.hasError())
            break;
    }
    const QString tail = utf8.decode(QByteArray());
    const bool valid = !utf8.hasError();
    device.seek(0);
    return valid ? TextEncoding::Utf8 : legacyFor(locale);
}

} // namespace textencoding

CsvReader::CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter)
    : m_device(device), m_encoding(encoding), m_decoder(decoderFor(encoding)), m_delimiter(delimiter)
{
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    // Count candidates outside quotes on each of the first lines; prefer the one
    // that appears the same number of times on every line.
    const QChar candidates[] = {u',', u';', u'\t'};
    QChar best = u',';
    double bestScore = 0;
    for (const QChar candidate : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (const QChar c : sample) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++count;
            else if (!quoted && c == u'\n') {
                counts.append(count);
                count = 0;
                if (counts.size() >= 20)
                    break;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        int consistent = 0;
        for (int n : counts)
            consistent += n == counts.first() ? 1 : 0;
        const double score = counts.first() * double(consistent) / counts.size();
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device.read(ChunkSize);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        m_eof = true;
        m_buffer += m_decoder.decode(QByteArray());
    } else {
        m_buffer += m_decoder.decode(bytes);
    }
    // The decoder reads ahead of the parser: remember the error and report it at
    // the replacement character, so the message names the row that holds the bytes.
    if (m_decoder.hasError())
        m_decodeError = true;
    // A stray last byte of UTF-16 is reported when the parser gets there.
    if (m_eof && (m_encoding == TextEncoding::Utf16Le || m_encoding == TextEncoding::Utf16Be)
        && m_bytesRead % 2 != 0)
        m_decodeError = true;
    return m_pos < m_buffer.size() || !m_eof;
}

void CsvReader::fail(int column, const QString &message)
{
    failAt(m_line, column, message);
}

void CsvReader::failAt(qint64 row, int column, const QString &message)
{
    if (!m_error)
        m_error = CsvIssue{row, column, message};
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 4096 && fill()) { }
        if (m_error)
            return false;
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_pos = 1;
        // Excel's "sep=;" first line names the delimiter.
        const QStringView rest = QStringView(m_buffer).mid(m_pos);
        if (rest.startsWith(u"sep=", Qt::CaseInsensitive) && rest.size() >= 5) {
            const QChar named = rest.at(4);
            if (named == u'"' || (named.unicode() < 0x20 && named != u'\t')) {
                m_delimiter = u',';
                fail(1, CsvReaderText::tr("The sep= line names a character that cannot separate fields."));
                return false;
            }
            m_delimiter = named;
            const qsizetype eol = rest.indexOf(u'\n');
            m_pos += eol < 0 ? rest.size() : eol + 1;
            ++m_line;
        } else if (m_delimiter.isNull()) {
            m_delimiter = detectDelimiter(rest.left(64 * 1024));
        }
    }

    enum class State {
        Start,
        Unquoted,
        Quoted,
        AfterQuote
    } state = State::Start;
    QString field;
    bool any = false;
    m_recordRow = m_line;
    auto column = [&] { return int(fields.size()) + 1; };
    // Copies the plain characters after the current one in one go, up to the next character
    // the state machine must see (quote, line end, a replacement character, the delimiter
    // outside quotes): appending character by character dominated reading large files.
    auto takeRun = [&](bool quoted) {
        const QChar *data = m_buffer.constData();
        const qsizetype start = m_pos;
        const qsizetype end = m_buffer.size();
        while (m_pos < end) {
            const QChar d = data[m_pos];
            if (d == u'"' || d == u'\r' || d == u'\n' || d == QChar::ReplacementCharacter
                || (!quoted && d == m_delimiter))
                break;
            ++m_pos;
        }
        field.append(QStringView(data + start, m_pos - start));
    };
    auto endLine = [&](QChar c) {
        ++m_line;
        if (c == u'\r') {
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                ++m_pos;
        }
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error)
                return false;
            if (m_decodeError) {
                fail(column(),
                     CsvReaderText::tr("The file is not valid %1 text; choose another encoding.")
                         .arg(textencoding::name(m_encoding)));
                return false;
            }
            if (state == State::Quoted) {
                m_line = m_recordRow;
                fail(column(),
                     CsvReaderText::tr("A quoted field is never closed; check the quotes in this row."));
                return false;
            }
            if (!any)
                return false;
            fields.append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (m_decodeError && c == QChar::ReplacementCharacter) {
            fail(column(),
                 CsvReaderText::tr("The file is not valid %1 text here; choose another encoding.")
                     .arg(textencoding::name(m_encoding)));
            return false;
        }
        switch (state) {
        case State::Start:
            if (c == u'"') {
                state = State::Quoted;
                any = true;
            } else if (c == m_delimiter) {
                fields.append(QString());
                any = true;
            } else if (c == u'\r' || c == u'\n') {
                endLine(c);
                if (!any) { // skip blank lines
                    m_recordRow = m_line;
                    continue;
                }
                fields.append(field);
                return true;
            } else {
                field += c;
                takeRun(false);
                state = State::Unquoted;
                any = true;
            }
            break;
        case State::Unquoted:
            if (c == m_delimiter) {
                fields.append(field);
                field.clear();
                state = State::Start;
            } else if (c == u'\r' || c == u'\n') {
                endLine(c);
                fields.append(field);
                return true;
            } else if (c == u'"') {
                fail(
                    column(),
                    CsvReaderText::tr("A quote appears inside an unquoted field; enclose the field in quotes "
                                      "and double the quote."));
                return false;
            } else {
                field += c;
                takeRun(false);
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::AfterQuote;
            } else {
                if (c == u'\n' || (c == u'\r' && (m_pos >= m_buffer.size() || m_buffer.at(m_pos) != u'\n')))
                    ++m_line;
                field += c;
                takeRun(true);
            }
            break;
        case State::AfterQuote:
            if (c == u'"') {
                field += c;
                state = State::Quoted;
            } else if (c == m_delimiter) {
                fields.append(field);
                field.clear();
                state = State::Start;
            } else if (c == u'\r' || c == u'\n') {
                endLine(c);
                fields.append(field);
                return true;
            } else {
                fail(column(), CsvReaderText::tr("Unexpected text after a closing quote."));
                return false;
            }
            break;
        }
        if (field.size() > MaxFieldLength) {
            failAt(m_recordRow, column(),
                   CsvReaderText::tr("A field is longer than %1 characters.").arg(MaxFieldLength));
            return false;
        }
    }
}

} // namespace sb::core
