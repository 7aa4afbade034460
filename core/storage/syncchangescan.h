// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/syncvalues.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// The records of one synced table that a peer office has not been sent in their
/// current state (every record for a full package), tombstones first, then by id;
/// each with the record as that office last sent it here (the base of its next
/// merge). markSent() then remembers them as sent (table sync_shadow).
class SyncChangeScan final
{
public:
    /// Starts the scan. `columns` are the table's columns in table order; `peer` is
    /// the destination office ('' for packages without one). Table and column names
    /// come from the fixed list of synced tables and the schema, never from input.
    SyncChangeScan(const Database &db, const QString &table, const QStringList &columns, const QString &peer,
                   bool full);

    /// Moves to the next record; false at the end.
    bool next();
    /// The current record's cells, in column order.
    const SyncValues &row() const { return m_row; }
    /// True when the workspace stores the current record's cell `column` as an integer.
    bool isInteger(int column) const { return m_integer.at(column); }
    /// The current record as the peer last sent it (JSON), or nullopt.
    const SyncValue &base() const { return m_base; }

    /// Remembers every record the scan selects as sent to the peer in its current
    /// state. Run after the scan, in the same transaction, so nothing changed them since.
    void markSent();

private:
    const Database &m_db;
    QString m_table;
    QString m_peer;
    QString m_from; ///< the FROM and WHERE clauses both statements share
    qsizetype m_columnCount = 0;
    QSqlQuery m_query;
    SyncValues m_row;
    QList<bool> m_integer;
    SyncValue m_base;
};

} // namespace sb::core
