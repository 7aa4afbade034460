// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlitebulkstatement.h"

#include "core/domain/error.h"

#include <QLatin1StringView>
#include <QString>

namespace sb::core {

SqliteBulkStatement::SqliteBulkStatement(const Database &db, const char *sql,
                                         SqliteStatement::FailureText failureText, const char *label)
    : m_statement(db, sql, failureText), m_label(label), m_count(m_statement.parameterCount())
{
}

SqliteBulkStatement &SqliteBulkStatement::text(const QByteArray &utf8)
{
    m_statement.bindUtf8Copy(m_next++, utf8);
    return *this;
}

SqliteBulkStatement &SqliteBulkStatement::literal(const char *utf8)
{
    if (utf8)
        m_statement.bindUtf8(m_next++, QByteArrayView(utf8));
    else
        m_statement.bindNull(m_next++);
    return *this;
}

SqliteBulkStatement &SqliteBulkStatement::integer(qint64 value)
{
    m_statement.bind(m_next++, value);
    return *this;
}

SqliteBulkStatement &SqliteBulkStatement::null()
{
    m_statement.bindNull(m_next++);
    return *this;
}

SqliteBulkStatement &SqliteBulkStatement::stamps(const QByteArray &createdAt, const QByteArray &updatedAt,
                                                 const char *office)
{
    return text(createdAt).text(updatedAt).literal(office);
}

void SqliteBulkStatement::run()
{
    if (m_next != m_count + 1)
        throw Error(Error::Kind::Database,
                    QStringLiteral("%1 bound %2 of %3 values: %4")
                        .arg(QLatin1StringView(m_label))
                        .arg(m_next - 1)
                        .arg(m_count)
                        .arg(m_statement.sql()));
    m_next = 1;
    m_statement.runKeepingBindings();
}

} // namespace sb::core
