// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSaveFile>
#include <QString>
#include <QStringEncoder>

namespace sb::core {

/// Writes CSV that spreadsheets open correctly: comma, CRLF, text quoted, cells a
/// spreadsheet would run as a formula neutralised with an apostrophe. The file is
/// written through QSaveFile, so a failure never leaves half a file, and is readable
/// by its owner only (0600) from its creation: exports and reports hold personal data.
class CsvWriter final
{
public:
    enum class Encoding {
        Utf8Bom,
        Utf8,
        Gb18030
    };

    /// Opens `path` for writing; throws Error::Database naming the file and the reason when it cannot.
    CsvWriter(const QString &path, Encoding encoding);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// A text cell: always quoted; a leading = + - @ tab or CR gets an apostrophe.
    void text(QStringView value);
    /// text() for valid UTF-8 bytes (e.g. straight from the database), without a QString.
    void textUtf8(QByteArrayView value);
    /// A cell written as it is (numbers, ISO dates); empty for a missing value.
    void raw(QStringView value);
    /// raw() for valid UTF-8 bytes.
    void rawUtf8(QByteArrayView value);
    /// An integer cell.
    void number(qint64 value);
    /// A fixed-point cell, value / 10^decimals with trailing zeros dropped down to
    /// keepAtLeast decimals: the form of money::toDecimalString() (2, 2) and
    /// money::price4ToString() (4, 2), written without a QString.
    void fixed(qint64 value, int decimals, int keepAtLeast);
    /// Ends the current row with CRLF.
    void endRow();
    /// Flushes and commits the file; throws Error::Database naming the file and the
    /// system's reason on failure. Without commit() the destructor discards everything.
    void commit();

    /// The text cell as it would be written (without quotes), for tests and previews.
    static QString neutralised(QStringView value);
    /// Parses an encoding name: utf-8-bom, utf-8, gb18030.
    static std::optional<Encoding> encodingFromName(const QString &name);

private:
    void separator();
    void flushIfLarge();
    void write();
    void writeBytes(QByteArrayView bytes);
    [[noreturn]] void fail(const QString &reason);

    QSaveFile m_file;
    QStringEncoder m_encoder; ///< GB18030 only: the cells are collected as UTF-8
    QByteArray m_pending; ///< UTF-8
    bool m_firstCell = true;
};

} // namespace sb::core
