// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqliteimportschema.h"

#include "core/storage/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace sb::core::sqliteschema {

QSet<QString> columns(const Database &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery q(db.connection());
    // The table name comes from the caller's fixed set or from the schema.
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns.insert(q.value(1).toString());
    }
    return columns;
}

QList<SchemaReference> businessReferences(const Database &db)
{
    QStringList children;
    {
        QSqlQuery tables(db.connection());
        if (tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
            while (tables.next())
                children.append(tables.value(0).toString());
        }
    }
    QList<SchemaReference> list;
    for (const QString &child : std::as_const(children)) {
        // Only the business tables: their records are live or tombstones.
        if (!columns(db, child).contains(QStringLiteral("deleted")))
            continue;
        QSqlQuery q(db.connection());
        // The table name comes from the schema itself.
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(child)))
            continue;
        while (q.next())
            list.append({child, q.value(3).toString(), q.value(2).toString()});
    }
    return list;
}

} // namespace sb::core::sqliteschema
