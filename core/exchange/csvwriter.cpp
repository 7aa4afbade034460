// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvwriter.h"

#include "core/domain/error.h"
#include "core/exchange/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <charconv>
#include <iterator>

namespace sb::core {

namespace {
constexpr qsizetype FlushThreshold = 1 << 20;

bool isTrigger(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A value that already starts with an apostrophe before a trigger gets one more,
// so that removing one apostrophe on import gives the stored value back. The
// characters looked at are ASCII, so UTF-8 bytes and UTF-16 text answer alike.
char16_t code(QChar c)
{
    return c.unicode();
}

char16_t code(char c)
{
    return uchar(c);
}

template<typename View>
bool needsNeutralising(View value)
{
    if (value.isEmpty())
        return false;
    if (isTrigger(code(value.front())))
        return true;
    return value.size() >= 2 && code(value.front()) == u'\'' && isTrigger(code(value.at(1)));
}
} // namespace

CsvWriter::CsvWriter(const QString &path, Encoding encoding)
    : m_file(path), m_encoder(encoding == Encoding::Gb18030 ? QStringEncoder("GB18030") : QStringEncoder())
{
    if (encoding == Encoding::Gb18030 && !m_encoder.isValid())
        throw Error(Error::Kind::Usage,
                    QCoreApplication::translate("sb::core::CsvWriter", "This system cannot write GB18030."));
    // Unbuffered: the writer collects its own chunks, and a failed write reports the
    // system's reason at once instead of at a later flush that loses it. Exports and
    // reports hold personal data: owner-only before the first byte.
    if (!privatefiles::open(m_file, QIODevice::WriteOnly | QIODevice::Unbuffered))
        fail(m_file.errorString());
    if (encoding == Encoding::Utf8Bom)
        writeBytes("\xEF\xBB\xBF");
    m_pending.reserve(FlushThreshold + 4096);
}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

QString CsvWriter::neutralised(QStringView value)
{
    return needsNeutralising(value) ? u'\'' + value.toString() : value.toString();
}

std::optional<CsvWriter::Encoding> CsvWriter::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8-bom" || n == u"utf8-bom" || n.isEmpty())
        return Encoding::Utf8Bom;
    if (n == u"utf-8" || n == u"utf8")
        return Encoding::Utf8;
    if (n == u"gb18030" || n == u"gbk")
        return Encoding::Gb18030;
    return std::nullopt;
}

void CsvWriter::separator()
{
    if (!m_firstCell)
        m_pending += ',';
    m_firstCell = false;
}

void CsvWriter::text(QStringView value)
{
    textUtf8(value.toUtf8());
}

void CsvWriter::textUtf8(QByteArrayView value)
{
    separator();
    m_pending += '"';
    if (needsNeutralising(value))
        m_pending += '\'';
    // A quote byte is always the character itself in UTF-8: doubling bytes doubles quotes.
    for (qsizetype quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"')) {
        m_pending += value.first(quote + 1);
        m_pending += '"';
        value = value.sliced(quote + 1);
    }
    m_pending += value;
    m_pending += '"';
}

void CsvWriter::raw(QStringView value)
{
    rawUtf8(value.toUtf8());
}

void CsvWriter::rawUtf8(QByteArrayView value)
{
    separator();
    m_pending += value;
}

void CsvWriter::number(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    rawUtf8(QByteArrayView(digits, end - digits));
}

void CsvWriter::fixed(qint64 value, int decimals, int keepAtLeast)
{
    Q_ASSERT(decimals >= 0 && decimals <= 18 && keepAtLeast >= 0);
    // Unsigned, so that the smallest value does not overflow on negation.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    quint64 fraction = magnitude % scale;
    int digits = decimals;
    while (digits > keepAtLeast && fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }
    char text[48];
    char *p = text;
    if (negative)
        *p++ = '-';
    p = std::to_chars(p, std::end(text), magnitude / scale).ptr;
    if (digits > 0) {
        *p++ = '.';
        for (int i = digits - 1; i >= 0; --i, fraction /= 10)
            p[i] = char('0' + fraction % 10);
        p += digits;
    }
    rawUtf8(QByteArrayView(text, p - text));
}

void CsvWriter::endRow()
{
    m_pending += "\r\n";
    m_firstCell = true;
    flushIfLarge();
}

void CsvWriter::flushIfLarge()
{
    if (m_pending.size() >= FlushThreshold)
        write();
}

void CsvWriter::write()
{
    if (m_encoder.isValid())
        writeBytes(QByteArray(m_encoder.encode(QString::fromUtf8(m_pending))));
    else
        writeBytes(m_pending);
    m_pending.clear();
}

void CsvWriter::writeBytes(QByteArrayView bytes)
{
    // A short write is retried so that the call that fails says why (disk full, quota).
    while (!bytes.isEmpty()) {
        const qint64 written = m_file.write(bytes.data(), bytes.size());
        if (written <= 0)
            fail(m_file.errorString());
        bytes = bytes.sliced(written);
    }
}

void CsvWriter::fail(const QString &reason)
{
    // The destructor drops the temporary file: nothing half written is left behind.
    throw Error(Error::Kind::Database,
                QCoreApplication::translate("sb::core::CsvWriter", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(QFileInfo(m_file.fileName()).absoluteFilePath()), reason));
}

void CsvWriter::commit()
{
    if (!m_pending.isEmpty())
        write();
    if (m_encoder.isValid() && m_encoder.hasError())
        fail(QCoreApplication::translate("sb::core::CsvWriter", "the text cannot be encoded in GB18030"));
    if (!m_file.commit())
        fail(m_file.errorString());
}

} // namespace sb::core
