// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/syncvalues.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::core {

class Database;

/// The records of one synced business table as a sync import reads and writes
/// them: whole, by id, every column in table order. The statements are prepared
/// once, for every row of a package.
class SyncRecordTable final
{
public:
    /// `columns` are the table's columns in table order, id first. Table and column
    /// names come from the fixed list of synced tables and the schema, never from a package.
    SyncRecordTable(const Database &db, const QString &table, const QStringList &columns);

    /// The record `id`, or nullopt when the table has none.
    std::optional<SyncValues> find(const QString &id);
    /// Inserts `row`. Throws Error::Data when a constraint refuses it.
    void insert(const SyncValues &row);
    /// Overwrites every column of the record whose id is `row`'s first cell.
    /// Throws Error::Data when a constraint refuses it.
    void update(const SyncValues &row);

private:
    qsizetype m_columnCount = 0;
    QSqlQuery m_select;
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

} // namespace sb::core
