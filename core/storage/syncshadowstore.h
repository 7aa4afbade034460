// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/syncvalues.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// The rows of sync_shadow for one table and one peer office as an import uses
/// them: what the peer last sent of each record. The statements are prepared
/// once, for every row of a package. (An export marks what it sent through SyncChangeScan.)
class SyncShadowStore final
{
public:
    SyncShadowStore(const Database &db, const QString &table, const QString &peer);

    /// The record as last received from the peer (a JSON object of column → text
    /// or null), or nullopt when nothing was received.
    std::optional<QString> received(const QString &id);
    /// Remembers `json` as the record last received from the peer, and the peer's
    /// stamp (`version`, `updatedAt`, `office`) as the one it has of our record.
    void setReceived(const QString &id, const QString &json, const SyncValue &version,
                     const SyncValue &updatedAt, const SyncValue &office);

private:
    QString m_table;
    QString m_peer;
    QSqlQuery m_select;
    QSqlQuery m_received;
};

} // namespace sb::core
