// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncpackage.h"

#include <QList>
#include <QString>

namespace sb::core {

class Database;

/// What goes into a sync package.
struct SyncExportOptions
{
    /// The office the package is for (its office id). Empty: any office; then
    /// the package carries what changed since the last package without a destination.
    QString toOffice;
    /// Every record, not only those changed since the last package to that office
    /// (to start over after a lost package).
    bool full = false;
};

/// What an export wrote.
struct SyncExportResult
{
    QString dir; ///< the package folder (absolute)
    QString officeId; ///< this office
    QString toOffice;
    qint64 sequence = 0; ///< this package's number
    qint64 previousSequence = 0; ///< the previous package to the same destination (0: none)
    qint64 rows = 0; ///< records in the package, tombstones included
    qint64 tombstones = 0;
    QList<SyncTableCount> tables; ///< rows and tombstones (deleted) per table, in import order
};

/// Writes a sync package into the new folder `dir`: one CSV per business table
/// with the records this office has changed since the last package to
/// `options.toOffice` (all records in the first one), tombstones included,
/// plus bases.csv and manifest.json with row counts and SHA-256 checksums.
/// The folder is written as DIR.partial and renamed when complete; the office's
/// package counter and the per-office state (sync_peers, sync_shadow) are
/// saved in the same step. Throws Error::Usage when `dir` exists or the
/// destination is this office, Error::Database when a file cannot be written.
SyncExportResult exportSyncPackage(Database &db, const QString &dir, const SyncExportOptions &options = {});

/// Shorthand: the changes since the last package to `toOffice`.
SyncExportResult exportSyncPackage(Database &db, const QString &dir, const QString &toOffice);

} // namespace sb::core
