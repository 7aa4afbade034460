// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes → CsvReader over a QBuffer, in every encoding and delimiter.
// The first byte chooses the encoding (or detection) and the delimiter; the rest is the file.
#include "fuzz/fuzzcheck.h"

#include "core/exchange/csvreader.h"

#include <QBuffer>
#include <QLocale>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

using namespace sb::core;

namespace {

// Line breaks as an editor counts them (CRLF, CR and LF each one), in the decoded text.
qint64 lineBreaks(const QString &text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++n;
    }
    return n;
}

QString decodeAll(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return QStringDecoder(QStringDecoder::Utf8).decode(bytes);
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE).decode(bytes);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE).decode(bytes);
    case TextEncoding::Gb18030:
        return QStringDecoder("GB18030").decode(bytes);
    case TextEncoding::Windows1252:
        return QStringDecoder("windows-1252").decode(bytes);
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const TextEncoding encodings[]
        = {TextEncoding::Utf8,    TextEncoding::Utf8Bom, TextEncoding::Utf16Le,
           TextEncoding::Utf16Be, TextEncoding::Gb18030, TextEncoding::Windows1252};
    static const QChar delimiters[] = {QChar(), u',', u';', u'\t'};
    const unsigned selector = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);

    TextEncoding encoding = encodings[selector % 6];
    if (selector / 24 % 2 == 1) {
        const QLocale locale
            = selector >= 128 ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English);
        encoding = textencoding::detect(buffer, locale);
        SB_FUZZ_CHECK(buffer.pos() == 0);
    }
    const qint64 maxRow = lineBreaks(decodeAll(bytes, encoding)) + 2; // + a "sep=" line

    CsvReader reader(buffer, encoding, delimiters[selector / 6 % 4]);
    QStringList fields;
    qint64 lastRow = 0;
    while (reader.next(fields)) {
        SB_FUZZ_CHECK(!fields.isEmpty());
        SB_FUZZ_CHECK(reader.row() > lastRow);
        SB_FUZZ_CHECK(reader.row() <= maxRow);
        lastRow = reader.row();
        for (const QString &field : std::as_const(fields))
            SB_FUZZ_CHECK(field.size() <= CsvReader::MaxFieldLength);
        // A delimiter is a visible separator, never NUL, a quote or a line break (even from a "sep=" line).
        const QChar delimiter = reader.delimiter();
        SB_FUZZ_CHECK(!delimiter.isNull() && delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n');
    }
    if (const auto issue = reader.error()) {
        SB_FUZZ_CHECK(issue->row >= 1 && issue->row <= maxRow);
        SB_FUZZ_CHECK(issue->row >= lastRow);
        SB_FUZZ_CHECK(issue->column >= 0);
        SB_FUZZ_CHECK(!issue->message.isEmpty());
    }
    // Once finished, the reader stays finished.
    SB_FUZZ_CHECK(!reader.next(fields));
    SB_FUZZ_CHECK(reader.bytesRead() <= bytes.size());
    return 0;
}
