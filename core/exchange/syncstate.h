// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvwriter.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// One field both offices changed (table sync_conflicts): the value that lost
/// is kept here for the user to review.
struct SyncConflict
{
    qint64 seq = 0;
    QString detectedAt; ///< UTC
    QString entity; ///< "customer", "order", … (the audit log's entity names)
    QString recordId;
    QString recordKey; ///< the record's natural key (code, number, …) when it still exists
    QString field; ///< column; "deleted" for a deletion against an edit
    std::optional<QString> localValue; ///< this office's value before the import
    std::optional<QString> remoteValue; ///< the other office's value
    QString winnerOffice; ///< the office whose value was kept
    QString package; ///< "OFFICE#sequence" of the package that brought it
    bool reviewed = false;
};

/// Another office this workspace exchanges packages with (table sync_peers).
struct SyncPeer
{
    QString officeId; ///< empty for packages written without a destination
    qint64 lastSentSeq = 0;
    QString lastSentAt;
    qint64 lastReceivedSeq = 0;
    QString lastReceivedAt;
};

/// Conflicts found by sync imports, oldest first; only those not yet reviewed when asked.
QList<SyncConflict> syncConflicts(const Database &db, bool onlyUnreviewed = false);

/// Fills in each conflict's recordKey (the record's natural key) from the workspace.
void fillRecordKeys(const Database &db, QList<SyncConflict> &conflicts);

/// Marks conflicts as reviewed (all of them when `seqs` is empty); returns how many changed.
int markSyncConflictsReviewed(Database &db, const QList<qint64> &seqs = {});

/// Writes the conflicts as CSV for a spreadsheet (header: seq, detected_at,
/// entity, record_key, record_id, field, local_value, remote_value,
/// winner_office, package, reviewed). Throws Error::Database on a write failure.
void exportSyncConflicts(const Database &db, const QString &path, bool onlyUnreviewed = false,
                         CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8Bom);

/// The offices packages were exchanged with, by office id.
QList<SyncPeer> syncPeers(const Database &db);

} // namespace sb::core
