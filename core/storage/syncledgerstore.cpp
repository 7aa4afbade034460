// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncledgerstore.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

} // namespace

SyncLedgerStore::SyncLedgerStore(const Database &db) : m_db(db) { }

qint64 SyncLedgerStore::lastSent(const QString &peer) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT last_sent_seq FROM sync_peers WHERE office_id = ?"));
    q.addBindValue(peer);
    Database::exec(q, SyncText::tr("read the sync state"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void SyncLedgerStore::saveSent(const QString &peer, qint64 sequence, const QString &at) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO sync_peers (office_id, last_sent_seq, last_sent_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (office_id) DO UPDATE SET last_sent_seq = excluded.last_sent_seq, "
                       "last_sent_at = excluded.last_sent_at"));
    q.addBindValue(peer);
    q.addBindValue(sequence);
    q.addBindValue(at);
    Database::exec(q, SyncText::tr("save the sync state"));
}

qint64 SyncLedgerStore::lastReceived(const QString &office) const
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT last_received_seq FROM sync_peers WHERE office_id = ?"));
    q.addBindValue(office);
    Database::exec(q, SyncText::tr("read the sync state"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void SyncLedgerStore::saveLastReceived(const QString &office, qint64 sequence, const QString &at) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_peers (office_id, last_received_seq, last_received_at) VALUES (?, ?, ?) "
        "ON CONFLICT (office_id) DO UPDATE SET last_received_seq = excluded.last_received_seq, "
        "last_received_at = excluded.last_received_at"));
    q.addBindValue(office);
    q.addBindValue(sequence);
    q.addBindValue(at);
    Database::exec(q, SyncText::tr("save the sync state"));
}

std::optional<SyncReceivedPackage> SyncLedgerStore::received(const QString &office, qint64 sequence) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT package_id, received_at FROM sync_received WHERE office_id = ? AND sequence = ?"));
    q.addBindValue(office);
    q.addBindValue(sequence);
    Database::exec(q, SyncText::tr("read the sync state"));
    if (!q.next())
        return std::nullopt;
    return SyncReceivedPackage{q.value(0).toString(), q.value(1).toString()};
}

void SyncLedgerStore::saveReceived(const QString &office, qint64 sequence, const QString &packageId,
                                   const QString &at) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_received (office_id, sequence, package_id, received_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (office_id, sequence) DO UPDATE SET package_id = excluded.package_id, "
        "received_at = excluded.received_at"));
    q.addBindValue(office);
    q.addBindValue(sequence);
    // Never NULL: a package of an older version is remembered without an id.
    q.addBindValue(packageId.isNull() ? QStringLiteral("") : packageId);
    q.addBindValue(at);
    Database::exec(q, SyncText::tr("save the sync state"));
}

void SyncLedgerStore::forgetReceivedAfter(const QString &office, qint64 sequence) const
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("DELETE FROM sync_received WHERE office_id = ? AND sequence > ?"));
    q.addBindValue(office);
    q.addBindValue(sequence);
    Database::exec(q, SyncText::tr("save the sync state"));
}

QList<SyncPeer> SyncLedgerStore::peers() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT office_id, last_sent_seq, last_sent_at, last_received_seq, last_received_at FROM sync_peers "
        "ORDER BY office_id"));
    Database::exec(q, SyncText::tr("read the sync state"));
    QList<SyncPeer> peers;
    while (q.next()) {
        SyncPeer p;
        p.officeId = q.value(0).toString();
        p.lastSentSeq = q.value(1).toLongLong();
        p.lastSentAt = q.value(2).toString();
        p.lastReceivedSeq = q.value(3).toLongLong();
        p.lastReceivedAt = q.value(4).toString();
        peers.append(p);
    }
    return peers;
}

} // namespace sb::core
