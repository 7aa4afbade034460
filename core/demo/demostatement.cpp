// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demostatement.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

#include <sqlite3.h>

namespace sb::core::demo {

DemoStatement::DemoStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr), "prepare");
    m_count = sqlite3_bind_parameter_count(m_stmt);
}

DemoStatement::~DemoStatement()
{
    sqlite3_finalize(m_stmt);
}

DemoStatement &DemoStatement::text(const QByteArray &value)
{
    check(sqlite3_bind_text(m_stmt, m_next++, value.constData(), int(value.size()), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

DemoStatement &DemoStatement::literal(const char *value)
{
    check(sqlite3_bind_text(m_stmt, m_next++, value, -1, SQLITE_STATIC), "bind");
    return *this;
}

DemoStatement &DemoStatement::integer(qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, m_next++, value), "bind");
    return *this;
}

DemoStatement &DemoStatement::null()
{
    check(sqlite3_bind_null(m_stmt, m_next++), "bind");
    return *this;
}

DemoStatement &DemoStatement::stamps(const QByteArray &createdAt, const QByteArray &updatedAt,
                                     const char *office)
{
    return text(createdAt).text(updatedAt).literal(office);
}

void DemoStatement::run()
{
    if (m_next != m_count + 1)
        throw Error(Error::Kind::Database,
                    QStringLiteral("Demo statement bound %1 of %2 values: %3")
                        .arg(m_next - 1)
                        .arg(m_count)
                        .arg(QString::fromUtf8(sqlite3_sql(m_stmt))));
    const int rc = sqlite3_step(m_stmt);
    m_next = 1;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    fail(rc, "write", message);
}

void DemoStatement::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK)
        fail(rc, what, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void DemoStatement::fail(int rc, const char *what, const QString &message)
{
    // Constraint failures mean the data were refused; anything else is the database's fault.
    const auto kind = (rc & 0xff) == SQLITE_CONSTRAINT ? Error::Kind::Data : Error::Kind::Database;
    throw Error(kind,
                QCoreApplication::translate("sb::core::Demo", "Cannot %1 demo data: %2")
                    .arg(QString::fromLatin1(what), message));
}

} // namespace sb::core::demo
