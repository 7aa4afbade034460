// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sb::core {

/// Writes one worksheet of typed cells through libxlsxwriter: a bold, filled and
/// frozen header row, money with two decimals, dates as dates, column widths from
/// the content. Rows stream to disk (constant memory). The file appears only on
/// commit(), by rename, so a failure never leaves half a workbook; it is readable by
/// its owner only (0600) from its creation. No cell is dropped without a word: a text
/// longer than a cell holds, or more rows than a sheet holds, is an Error::Data naming
/// the sheet, row and column, and nothing is written.
class XlsxWriter final
{
public:
    /// The most characters a spreadsheet cell holds.
    static constexpr qsizetype MaxCellLength = 32767;

    /// Throws Error::Database naming the file when it cannot be created.
    XlsxWriter(const QString &path, const QString &sheetName, const QStringList &headers);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /// A text cell, as entered: a literal _xHHHH_ in it is escaped so that a spreadsheet
    /// does not read it as a character code. Throws Error::Data when it is too long.
    void text(const QString &value);
    void integer(qint64 value);
    /// Minor units shown with two decimals.
    void money(qint64 minor);
    /// A value with four decimals (unit prices).
    void price4(qint64 tenThousandths);
    /// An ISO date (yyyy-MM-dd) or timestamp; other text is written as text.
    void date(const QString &iso);
    void blank();
    void endRow();
    /// Closes the workbook, reads it back whole and moves it into place; throws
    /// Error::Database naming the file and, where the system gave one, its reason.
    void commit();

    /// `value` with every _xHHHH_ escaped as OOXML wants it (_x005F_ for the underscore).
    static QString escaped(const QString &value);

private:
    QString columnName(quint16 column) const;
    void check(int error, quint16 column);
    [[noreturn]] void failWrite(const QString &reason) const;

    QString m_path;
    QString m_tempPath;
    QString m_sheetName;
    QStringList m_headers;
    QString m_rowKey; ///< the row's first text cell (the record's id), for messages
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_price = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    quint32 m_row = 1;
    quint16 m_column = 0;
    quint32 m_rowsWithCells = 0; ///< rows libxlsxwriter took a cell for, the header included
    quint32 m_lastRowWithCells = 0; ///< 1-based; both are what the finished sheet must hold
};

} // namespace sb::core
