// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace sb::core {

class Database;

/// A foreign key of a business table: childTable.childColumn refers to parentTable.
struct SchemaReference
{
    QString childTable;
    QString childColumn;
    QString parentTable;
};

/// What an undo of an import reads from SQLite's own catalogue. Both read the schema
/// as it is, so tables added by later migrations are covered without a list to keep.
namespace sqliteschema {

/// The columns of a table (empty when it cannot be read). `table` must be a schema name.
QSet<QString> columns(const Database &db, const QString &table);
/// Every foreign key of a business table (one with a `deleted` column: its records are
/// live or tombstones), in the catalogue's order.
QList<SchemaReference> businessReferences(const Database &db);

} // namespace sqliteschema

} // namespace sb::core
