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
/// commit(), by rename, so a failure never leaves half a workbook.
class XlsxWriter final
{
public:
    XlsxWriter(const QString &path, const QString &sheetName, const QStringList &headers);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

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
    /// Closes the workbook and moves it into place; throws Error::Database on failure.
    void commit();

private:
    QString m_path;
    QString m_tempPath;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_price = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    quint32 m_row = 1;
    quint16 m_column = 0;
};

} // namespace sb::core
