// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Another office this workspace exchanges packages with (table sync_peers).
struct SyncPeer
{
    QString officeId; ///< empty for packages written without a destination
    qint64 lastSentSeq = 0;
    QString lastSentAt;
    qint64 lastReceivedSeq = 0;
    QString lastReceivedAt;
};

/// A package imported from another office (table sync_received).
struct SyncReceivedPackage
{
    QString packageId; ///< empty for packages of versions without package ids
    QString receivedAt; ///< UTC
};

/// Package numbers exchanged with each other office: sync_peers (the last
/// package sent to and received from each) and sync_received (every package
/// imported). Each call runs one statement, inside the caller's transaction if any.
class SyncLedgerStore final
{
public:
    explicit SyncLedgerStore(const Database &db);

    /// The number of the last package sent to `peer` ('' = without destination), 0 if none.
    qint64 lastSent(const QString &peer) const;
    /// Records package `sequence` as the last one sent to `peer`, at `at`.
    void saveSent(const QString &peer, qint64 sequence, const QString &at) const;
    /// The number of the last (highest) package imported from `office`, 0 if none.
    qint64 lastReceived(const QString &office) const;
    /// Records package `sequence` as the last one imported from `office`, at `at`.
    void saveLastReceived(const QString &office, qint64 sequence, const QString &at) const;
    /// Package `sequence` from `office` as imported here, or nullopt when it was not.
    std::optional<SyncReceivedPackage> received(const QString &office, qint64 sequence) const;
    /// Records package `sequence` from `office` (id `packageId`) as imported at `at`.
    void saveReceived(const QString &office, qint64 sequence, const QString &packageId,
                      const QString &at) const;
    /// Forgets the packages from `office` numbered after `sequence`.
    void forgetReceivedAfter(const QString &office, qint64 sequence) const;
    /// The offices packages were exchanged with, by office id.
    QList<SyncPeer> peers() const;

private:
    const Database &m_db;
};

} // namespace sb::core
