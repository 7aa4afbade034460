// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqliteexportcursor.h"

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Exporter" context, spelled ExporterText::tr() so that
/// lupdate files them under the context the program asks for.
class ExporterText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Exporter)
};

} // namespace

SqliteExportCursor::SqliteExportCursor(const Database &db, const char *sql, QString what)
    : m_db(db.handle()), m_what(std::move(what))
{
    if (!m_db)
        throw Error(Error::Kind::Database, ExporterText::tr("The workspace connection is not open."));
    // Through a memory map instead of a copy per page, for as long as the export runs.
    // SQLite caps the size at its compile-time limit.
    sqlite3_stmt *pragma = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA mmap_size", -1, &pragma, nullptr) == SQLITE_OK
        && sqlite3_step(pragma) == SQLITE_ROW)
        m_previousMmap = sqlite3_column_int64(pragma, 0);
    sqlite3_finalize(pragma);
    setMmapSize(qint64(1) << 40);
    m_mapped = true;
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        setMmapSize(m_previousMmap);
        throw Error(Error::Kind::Database, ExporterText::tr("Cannot read %1: %2").arg(m_what, message));
    }
}

SqliteExportCursor::~SqliteExportCursor()
{
    sqlite3_finalize(m_stmt);
    if (m_mapped)
        setMmapSize(m_previousMmap);
}

// Without the map the export still works, only slower: a failure here is not an error.
// A pragma takes no bound parameters; the number is this class's own, never input.
void SqliteExportCursor::setMmapSize(qint64 bytes)
{
    const QByteArray sql = "PRAGMA mmap_size = " + QByteArray::number(bytes);
    sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

bool SqliteExportCursor::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw Error(Error::Kind::Database,
                ExporterText::tr("Cannot read %1: %2").arg(m_what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

bool SqliteExportCursor::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteExportCursor::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString SqliteExportCursor::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqliteExportCursor::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace sb::core
