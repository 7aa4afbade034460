// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncstate.h"

#include "core/exchange/syncpackage.h"
#include "core/storage/database.h"
#include "core/storage/syncrecordkeys.h"
#include "core/storage/writescope.h"

namespace sb::core {

namespace {

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
    QList<SyncConflict> list = SyncConflictStore(db).list(onlyUnreviewed);
    fillRecordKeys(db, list);
    return list;
}

void fillRecordKeys(const Database &db, QList<SyncConflict> &conflicts)
{
    SyncRecordKeys keys(db);
    for (SyncConflict &c : conflicts) {
        // The natural key of a record, for people reading the conflict list ("C000123", "SO-17/2").
        const syncpackage::SyncTable *table = syncpackage::findTable(c.entity);
        c.recordKey = table ? keys.key(table->table, table->keyColumns, c.recordId) : QString();
    }
}

int markSyncConflictsReviewed(Database &db, const QList<qint64> &seqs)
{
    WriteScope scope(db);
    SyncConflictStore store(db);
    const int changed = seqs.isEmpty() ? store.markAllReviewed() : store.markReviewed(seqs);
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
    return SyncLedgerStore(db).peers();
}

} // namespace sb::core
