// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// The natural keys of synced records, for people reading the conflict list
/// ("C000123", "SO-17/2"). One statement per table, prepared on first use.
class SyncRecordKeys final
{
public:
    explicit SyncRecordKeys(const Database &db);

    /// The `keyColumns` of record `id` in `table`, joined with '/'; empty when the
    /// record does not exist. Names come from the fixed list of synced tables, never from stored text.
    QString key(const QString &table, const QStringList &keyColumns, const QString &id);

private:
    const Database &m_db;
    QHash<QString, QSqlQuery> m_queries; ///< table → its statement
};

} // namespace sb::core
