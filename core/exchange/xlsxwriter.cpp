// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/xlsxwriter.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cstdio>

namespace sb::core {

namespace {
/// Translations in the "sb::core::XlsxWriter" context, spelled XlsxWriterText::tr() so that
/// lupdate files them under the context the program asks for.
class XlsxWriterText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::XlsxWriter)
};

// East Asian characters take about two columns of width in a spreadsheet.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}
} // namespace

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName, const QStringList &headers)
    : m_path(path),
      m_tempPath(path + QStringLiteral(".partial-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    m_book = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!m_book)
        throw Error(Error::Kind::Database, XlsxWriterText::tr("Cannot write %1.").arg(path));
    m_sheet = workbook_add_worksheet(m_book, sheetName.left(31).toUtf8().constData());
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDCE6F1);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    m_money = workbook_add_format(m_book);
    format_set_num_format(m_money, "#,##0.00");
    m_price = workbook_add_format(m_book);
    format_set_num_format(m_price, "#,##0.00##");
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_book);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");

    // Column widths must be set before rows are streamed in constant-memory mode,
    // so they come from the headers plus a margin for typical content.
    for (int i = 0; i < headers.size(); ++i) {
        worksheet_write_string(m_sheet, 0, lxw_col_t(i), headers[i].toUtf8().constData(), m_header);
        worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), double(qMax<qsizetype>(12, displayWidth(headers[i]) + 4)), nullptr);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (!headers.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, 0, lxw_col_t(headers.size() - 1));
}

XlsxWriter::~XlsxWriter()
{
    if (m_book) {
        workbook_close(m_book);
        QFile::remove(m_tempPath);
    }
}

void XlsxWriter::text(const QString &value)
{
    if (!value.isEmpty())
        worksheet_write_string(m_sheet, m_row, m_column, value.toUtf8().constData(), nullptr);
    ++m_column;
}

void XlsxWriter::integer(qint64 value)
{
    worksheet_write_number(m_sheet, m_row, m_column++, double(value), nullptr);
}

void XlsxWriter::money(qint64 minor)
{
    worksheet_write_number(m_sheet, m_row, m_column++, double(minor) / 100.0, m_money);
}

void XlsxWriter::price4(qint64 tenThousandths)
{
    worksheet_write_number(m_sheet, m_row, m_column++, double(tenThousandths) / 10000.0, m_price);
}

void XlsxWriter::date(const QString &iso)
{
    if (iso.size() == 10) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (d.isValid()) {
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
            worksheet_write_datetime(m_sheet, m_row, m_column++, &dt, m_date);
            return;
        }
    } else if (iso.size() > 10) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (t.isValid()) {
            const QDate d = t.date();
            const QTime tm = t.time();
            lxw_datetime dt{d.year(), d.month(), d.day(), tm.hour(), tm.minute(), tm.second() + tm.msec() / 1000.0};
            worksheet_write_datetime(m_sheet, m_row, m_column++, &dt, m_dateTime);
            return;
        }
    }
    text(iso);
}

void XlsxWriter::blank()
{
    ++m_column;
}

void XlsxWriter::endRow()
{
    ++m_row;
    m_column = 0;
}

void XlsxWriter::commit()
{
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_tempPath);
        throw Error(
            Error::Kind::Database,
            XlsxWriterText::tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::setPermissions(m_tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        QFile::remove(m_tempPath);
        throw Error(Error::Kind::Database, XlsxWriterText::tr("Cannot write %1.").arg(m_path));
    }
}

} // namespace sb::core
