// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvwriter.h"
#include "core/storage/syncconflictstore.h"
#include "core/storage/syncledgerstore.h"

#include <QList>
#include <QString>

namespace sb::core {

class Database;

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
