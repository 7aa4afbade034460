// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlitestatement.h"

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sb::core {

SqliteStatement::SqliteStatement(const Database &db, const char *sql) : SqliteStatement(db, sql, nullptr) { }

SqliteStatement::SqliteStatement(const Database &db, const char *sql, FailureText failureText)
    : m_db(db.handle()), m_failureText(failureText)
{
    if (!m_db)
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("sb::core::Database", "The workspace is not open."));
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, Phase::Prepare);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail(int rc) const
{
    fail(rc, Phase::Step);
}

void SqliteStatement::fail(int rc, Phase phase) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const bool constraint = (rc & 0xff) == SQLITE_CONSTRAINT;
    throw Error(
        constraint ? Error::Kind::Data : Error::Kind::Database,
        m_failureText
            ? m_failureText(phase, message)
            : QCoreApplication::translate("sb::core::Database", "Cannot save the data: %1").arg(message));
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc, Phase::Bind);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // An empty view may have no data pointer, which SQLite would bind as NULL.
    const char *data = utf8.data() ? utf8.data() : "";
    const int rc = sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail(rc, Phase::Bind);
}

void SqliteStatement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc, Phase::Bind);
}

void SqliteStatement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(rc, Phase::Bind);
}

void SqliteStatement::bindUtf8Copy(int index, QByteArrayView utf8)
{
    const char *data = utf8.data() ? utf8.data() : "";
    const int rc = sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc, Phase::Bind);
}

int SqliteStatement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

QString SqliteStatement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(m_stmt));
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc, Phase::Step);
}

void SqliteStatement::run()
{
    while (step()) { }
    reset();
}

void SqliteStatement::runKeepingBindings()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace sb::core
