// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncstate.h"

#include "core/exchange/syncpackage.h"
#include "core/storage/database.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

std::optional<QString> textOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

// The natural key of a record, for people reading the conflict list ("C000123", "SO-17/2").
class KeyLookup final
{
public:
    explicit KeyLookup(const Database &db) : m_db(db) { }

    QString operator()(const QString &entity, const QString &id)
    {
        const syncpackage::SyncTable *table = syncpackage::findTable(entity);
        if (!table)
            return {};
        auto it = m_queries.find(table->table);
        if (it == m_queries.end()) {
            // Names come from the fixed table list, never from stored text.
            it = m_queries.insert(
                table->table,
                m_db.prepare(QStringLiteral("SELECT ") + syncpackage::columnList(table->keyColumns)
                             + QStringLiteral(" FROM ") + table->table + QStringLiteral(" WHERE id = ?")));
        }
        QSqlQuery &q = *it;
        q.bindValue(0, id);
        Database::exec(q, SyncText::tr("read a record"));
        QStringList parts;
        if (q.next()) {
            for (int i = 0; i < int(table->keyColumns.size()); ++i)
                parts.append(q.value(i).toString());
        }
        q.finish();
        return parts.join(u'/');
    }

private:
    const Database &m_db;
    QHash<QString, QSqlQuery> m_queries;
};

void cell(CsvWriter &out, const std::optional<QString> &value)
{
    if (value)
        out.text(*value);
    else
        out.raw({});
}

} // namespace

QList<SyncConflict> syncConflicts(const Database &db, bool onlyUnreviewed)
{
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT seq, detected_at, entity, record_id, field, local_value, "
                                    "remote_value, winner_office, package, "
                                    "reviewed FROM sync_conflicts WHERE reviewed = 0 OR ? = 0 ORDER BY seq"));
    q.addBindValue(onlyUnreviewed ? 1 : 0);
    Database::exec(q, SyncText::tr("read the sync conflicts"));
    QList<SyncConflict> list;
    while (q.next()) {
        SyncConflict c;
        c.seq = q.value(0).toLongLong();
        c.detectedAt = q.value(1).toString();
        c.entity = q.value(2).toString();
        c.recordId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.localValue = textOf(q.value(5));
        c.remoteValue = textOf(q.value(6));
        c.winnerOffice = q.value(7).toString();
        c.package = q.value(8).toString();
        c.reviewed = q.value(9).toInt() != 0;
        list.append(c);
    }
    fillRecordKeys(db, list);
    return list;
}

void fillRecordKeys(const Database &db, QList<SyncConflict> &conflicts)
{
    KeyLookup key(db);
    for (SyncConflict &c : conflicts)
        c.recordKey = key(c.entity, c.recordId);
}

int markSyncConflictsReviewed(Database &db, const QList<qint64> &seqs)
{
    WriteScope scope(db);
    int changed = 0;
    if (seqs.isEmpty()) {
        QSqlQuery q = db.prepare(QStringLiteral("UPDATE sync_conflicts SET reviewed = 1 WHERE reviewed = 0"));
        Database::exec(q, SyncText::tr("mark the sync conflicts reviewed"));
        changed = q.numRowsAffected();
    } else {
        QSqlQuery q = db.prepare(
            QStringLiteral("UPDATE sync_conflicts SET reviewed = 1 WHERE seq = ? AND reviewed = 0"));
        for (const qint64 seq : seqs) {
            q.bindValue(0, seq);
            Database::exec(q, SyncText::tr("mark a sync conflict reviewed"));
            changed += q.numRowsAffected();
        }
    }
    scope.commit();
    return changed;
}

void exportSyncConflicts(const Database &db, const QString &path, bool onlyUnreviewed,
                         CsvWriter::Encoding encoding)
{
    db.refuseOwnFile(path);
    const QList<SyncConflict> conflicts = syncConflicts(db, onlyUnreviewed);
    CsvWriter out(path, encoding);
    for (const char *column : {"seq", "detected_at", "entity", "record_key", "record_id", "field",
                               "local_value", "remote_value", "winner_office", "package", "reviewed"})
        out.text(QString::fromLatin1(column));
    out.endRow();
    for (const SyncConflict &c : conflicts) {
        out.raw(QString::number(c.seq));
        out.text(c.detectedAt);
        out.text(c.entity);
        out.text(c.recordKey);
        out.text(c.recordId);
        out.text(c.field);
        cell(out, c.localValue);
        cell(out, c.remoteValue);
        out.text(c.winnerOffice);
        out.text(c.package);
        out.raw(c.reviewed ? QStringLiteral("1") : QStringLiteral("0"));
        out.endRow();
    }
    out.commit();
}

QList<SyncPeer> syncPeers(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
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
