// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace sb::core {

/// Text encodings the importer reads.
enum class TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Gb18030,
    Windows1252
};

namespace textencoding {
/// Stable name: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, windows-1252.
QString name(TextEncoding encoding);
std::optional<TextEncoding> fromName(const QString &name);
/// The legacy code page for a locale: GB18030 for Chinese, Windows-1252 otherwise.
TextEncoding legacyFor(const QLocale &locale);
/// Detects the encoding of a whole device (rewinds it): BOM → UTF-8/UTF-16;
/// else strict UTF-8 over every byte; else the locale's legacy code page.
TextEncoding detect(QIODevice &device, const QLocale &locale);
} // namespace textencoding

/// A problem in a file, with where it is (1-based; column 0 when the whole row is meant).
struct CsvIssue
{
    qint64 row = 0;
    int column = 0;
    QString message;
};

/// Streaming RFC 4180 reader with Excel's dialects: quoted CR/LF, doubled quotes,
/// BOM, a `sep=` first line, comma/semicolon/tab. Memory does not grow with the
/// file: records are decoded chunk by chunk. Row numbers are physical line numbers
/// of the record's first line, so messages match what an editor shows.
class CsvReader final
{
public:
    /// `delimiter` 0 means detect from the first lines (and a `sep=` line).
    CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter = QChar());

    /// Reads the next record into `fields`; false at the end of the file or on an
    /// error (then error() is set and reading stops).
    bool next(QStringList &fields);
    /// The line number where the last returned record started.
    qint64 row() const { return m_recordRow; }
    std::optional<CsvIssue> error() const { return m_error; }
    QChar delimiter() const { return m_delimiter; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

    /// Longest field accepted (characters); a longer one is an error naming the cell.
    static constexpr qsizetype MaxFieldLength = 1024 * 1024;

    /// Detects the delimiter from a sample of decoded text (comma when unsure).
    static QChar detectDelimiter(QStringView sample);

private:
    bool fill();
    void fail(int column, const QString &message);
    void failAt(qint64 row, int column, const QString &message);

    QIODevice &m_device;
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_decodeError = false; ///< the decoder met bytes it could not read; reported where they are
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    QChar m_delimiter;
    qint64 m_line = 1;
    qint64 m_recordRow = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    std::optional<CsvIssue> m_error;
};

} // namespace sb::core
