// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/xlsxwriter.h"

#include "core/domain/error.h"
#include "core/exchange/privatefiles.h"
#include "core/exchange/xlsxcheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <cerrno>
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

// The rows a worksheet holds, the header row included.
constexpr quint32 MaxRows = 1048576;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName, const QStringList &headers)
    : m_path(path),
      m_tempPath(path
                 + QStringLiteral(".partial-%1")
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))),
      m_sheetName(sheetName),
      m_headers(headers)
{
    // libxlsxwriter opens the file by name and truncates it, which keeps the mode of a
    // file that exists: created here, owner-only, before any data goes in.
    QString reason;
    if (!privatefiles::createFile(m_tempPath, &reason))
        throw Error(Error::Kind::Database,
                    XlsxWriterText::tr("Cannot write %1: %2").arg(native(path), reason));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    m_book = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!m_book) {
        QFile::remove(m_tempPath);
        throw Error(Error::Kind::Database, XlsxWriterText::tr("Cannot write %1.").arg(native(path)));
    }
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
        worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i),
                             double(qMax<qsizetype>(12, displayWidth(headers[i]) + 4)), nullptr);
    }
    if (!headers.isEmpty())
        m_rowsWithCells = m_lastRowWithCells = 1;
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

QString XlsxWriter::escaped(const QString &value)
{
    // Spreadsheets read _xHHHH_ in cell text as the character U+HHHH (ECMA-376 ST_Xstring);
    // writing the underscore as _x005F_ keeps the text as entered. The lookahead escapes
    // an underscore that ends one such sequence and starts the next as well.
    static const QRegularExpression code(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    if (!value.contains(QLatin1String("_x")))
        return value;
    QString out = value;
    return out.replace(code, QStringLiteral("_x005F_"));
}

void XlsxWriter::text(const QString &value)
{
    const quint16 column = m_column++;
    if (column == 0)
        m_rowKey = value;
    if (value.size() > MaxCellLength)
        throw Error(
            Error::Kind::Data,
            XlsxWriterText::tr("Cannot export %1 as XLSX: row %2 (%3), column %4 holds %5 characters, "
                               "more than the %6 a spreadsheet cell holds. Nothing was written; "
                               "export as CSV to keep the whole text.")
                .arg(m_sheetName, QString::number(m_row + 1), m_rowKey, columnName(column),
                     QString::number(value.size()), QString::number(MaxCellLength)));
    if (!value.isEmpty())
        check(worksheet_write_string(m_sheet, m_row, column, escaped(value).toUtf8().constData(), nullptr),
              column);
}

void XlsxWriter::integer(qint64 value)
{
    const quint16 column = m_column++;
    check(worksheet_write_number(m_sheet, m_row, column, double(value), nullptr), column);
}

void XlsxWriter::money(qint64 minor)
{
    const quint16 column = m_column++;
    check(worksheet_write_number(m_sheet, m_row, column, double(minor) / 100.0, m_money), column);
}

void XlsxWriter::price4(qint64 tenThousandths)
{
    const quint16 column = m_column++;
    check(worksheet_write_number(m_sheet, m_row, column, double(tenThousandths) / 10000.0, m_price), column);
}

void XlsxWriter::date(const QString &iso)
{
    if (iso.size() == 10) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (d.isValid()) {
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
            const quint16 column = m_column++;
            check(worksheet_write_datetime(m_sheet, m_row, column, &dt, m_date), column);
            return;
        }
    } else if (iso.size() > 10) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (t.isValid()) {
            const QDate d = t.date();
            const QTime tm = t.time();
            lxw_datetime dt{d.year(),  d.month(),   d.day(),
                            tm.hour(), tm.minute(), tm.second() + tm.msec() / 1000.0};
            const quint16 column = m_column++;
            check(worksheet_write_datetime(m_sheet, m_row, column, &dt, m_dateTime), column);
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
    m_rowKey.clear();
    // The rows go to a temporary file whose failed writes libxlsxwriter ignores: ask the
    // stream, while errno still says why.
    if (m_sheet->optimize_tmpfile && std::ferror(m_sheet->optimize_tmpfile))
        failWrite(qt_error_string(errno));
}

QString XlsxWriter::columnName(quint16 column) const
{
    return column < m_headers.size() ? m_headers.at(column) : QString::number(column + 1);
}

// Every cell libxlsxwriter refuses is an error: none is left out without a word.
void XlsxWriter::check(int error, quint16 column)
{
    if (error == LXW_NO_ERROR) {
        if (m_lastRowWithCells != m_row + 1) { // what the finished sheet must hold
            ++m_rowsWithCells;
            m_lastRowWithCells = m_row + 1;
        }
        return;
    }
    if (m_row >= MaxRows)
        throw Error(Error::Kind::Data,
                    XlsxWriterText::tr("Cannot export %1 as XLSX: it has more rows than the %2 a worksheet "
                                       "holds. Nothing was written; export as CSV instead.")
                        .arg(m_sheetName, QString::number(MaxRows - 1)));
    throw Error(
        Error::Kind::Data,
        XlsxWriterText::tr("Cannot export %1 as XLSX: row %2 (%3), column %4: %5. Nothing was written.")
            .arg(m_sheetName, QString::number(m_row + 1), m_rowKey, columnName(column),
                 QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

void XlsxWriter::failWrite(const QString &reason) const
{
    QFile::remove(m_tempPath);
    throw Error(Error::Kind::Database, XlsxWriterText::tr("Cannot write %1: %2").arg(native(m_path), reason));
}

void XlsxWriter::commit()
{
    if (FILE *rows = m_sheet->optimize_tmpfile; rows && (std::fflush(rows) != 0 || std::ferror(rows)))
        failWrite(qt_error_string(errno));
    // libxlsxwriter's codes do not say what the system refused (disk full, quota): errno does.
    errno = 0;
    const lxw_error error = workbook_close(m_book);
    const int systemError = errno;
    m_book = nullptr;
    const auto withSystemError = [systemError](QString reason) {
        return systemError == 0 ? reason
                                : reason + QStringLiteral(" (") + qt_error_string(systemError) + u')';
    };
    if (error != LXW_NO_ERROR)
        failWrite(withSystemError(QString::fromUtf8(lxw_strerror(error))));
    // The parts are assembled from temporary files whose failed writes go unnoticed: read it back.
    const QString problem = xlsxcheck::problem(m_tempPath, {m_rowsWithCells, m_lastRowWithCells});
    if (!problem.isEmpty())
        failWrite(withSystemError(XlsxWriterText::tr("the workbook came out incomplete: %1").arg(problem)));
    if (std::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        failWrite(qt_error_string(errno));
}

} // namespace sb::core
