// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncconflictstore.h"

#include "core/storage/database.h"
#include "core/storage/syncvalues.h"

#include <QCoreApplication>

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

// Columns: seq, detected_at, entity, record_id, field, local_value, remote_value,
// winner_office, package, reviewed.
QList<SyncConflict> conflictsOf(QSqlQuery &q)
{
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
    q.finish();
    return list;
}

} // namespace

SyncConflictStore::SyncConflictStore(const Database &db) : m_db(db) { }

QList<SyncConflict> SyncConflictStore::list(bool onlyUnreviewed) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT seq, detected_at, entity, record_id, field, local_value, "
                       "remote_value, winner_office, package, "
                       "reviewed FROM sync_conflicts WHERE reviewed = 0 OR ? = 0 ORDER BY seq"));
    q.addBindValue(onlyUnreviewed ? 1 : 0);
    return conflictsOf(q);
}

QList<SyncConflict> SyncConflictStore::listAfter(qint64 seq) const
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT seq, detected_at, entity, record_id, field, local_value, "
                                      "remote_value, winner_office, package, "
                                      "reviewed FROM sync_conflicts WHERE seq > ? ORDER BY seq"));
    q.addBindValue(seq);
    return conflictsOf(q);
}

bool SyncConflictStore::contains(const SyncConflict &c)
{
    if (!m_known)
        m_known = m_db.prepare(
            QStringLiteral("SELECT local_value, remote_value, winner_office FROM sync_conflicts "
                           "WHERE entity = ? AND record_id = ? AND field = ?"));
    QSqlQuery &known = *m_known;
    known.bindValue(0, c.entity);
    known.bindValue(1, c.recordId);
    known.bindValue(2, c.field);
    Database::exec(known, SyncText::tr("read the sync conflicts"));
    bool listed = false;
    while (!listed && known.next())
        listed = syncvalues::fromStored(known.value(0)) == c.localValue
            && syncvalues::fromStored(known.value(1)) == c.remoteValue
            && known.value(2).toString() == c.winnerOffice;
    known.finish();
    return listed;
}

qint64 SyncConflictStore::add(const SyncConflict &c)
{
    if (!m_insert)
        m_insert = m_db.prepare(
            QStringLiteral("INSERT INTO sync_conflicts (detected_at, entity, record_id, field, local_value, "
                           "remote_value, winner_office, package) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &insert = *m_insert;
    insert.bindValue(0, c.detectedAt);
    insert.bindValue(1, c.entity);
    insert.bindValue(2, c.recordId);
    insert.bindValue(3, c.field);
    insert.bindValue(4, syncvalues::toBindable(c.localValue));
    insert.bindValue(5, syncvalues::toBindable(c.remoteValue));
    insert.bindValue(6, c.winnerOffice);
    insert.bindValue(7, c.package);
    Database::exec(insert, SyncText::tr("record a sync conflict"));
    return insert.lastInsertId().toLongLong();
}

int SyncConflictStore::markAllReviewed()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sync_conflicts SET reviewed = 1 WHERE reviewed = 0"));
    Database::exec(q, SyncText::tr("mark the sync conflicts reviewed"));
    return q.numRowsAffected();
}

int SyncConflictStore::markReviewed(const QList<qint64> &seqs)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE sync_conflicts SET reviewed = 1 WHERE seq = ? AND reviewed = 0"));
    int changed = 0;
    for (const qint64 seq : seqs) {
        q.bindValue(0, seq);
        Database::exec(q, SyncText::tr("mark a sync conflict reviewed"));
        changed += q.numRowsAffected();
    }
    return changed;
}

} // namespace sb::core
