// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncpackage.h"
#include "core/exchange/syncstate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sb::core {

class Database;

/// What a sync import did (or, for a dry run, would do).
struct SyncImportResult
{
    QString fromOffice; ///< the office that wrote the package
    QString toOffice; ///< the destination it names (empty: any)
    qint64 sequence = 0;
    qint64 previousSequence = 0;
    QString createdAt; ///< when the package was written (UTC)
    bool dryRun = false;
    /// The package (or a later one from that office) was imported before; nothing was changed.
    bool alreadyImported = false;
    bool committed = false; ///< changes were saved (false for a dry run and when already imported)
    QString backupPath; ///< the backup taken before writing, when committed
    QStringList warnings; ///< e.g. missing packages before this one
    qint64 rows = 0; ///< rows in the package
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 unchanged = 0;
    QList<SyncTableCount> tables;
    QList<SyncConflict> conflicts; ///< found by this import (seq is 0 for a dry run)

    /// One line for a status bar or the command line.
    QString summary() const;
};

/// Progress of a sync import: package rows applied and rows in the package.
/// Returning false cancels: the import stops and nothing is changed.
using SyncProgress = std::function<bool(qint64 done, qint64 total)>;

/// Imports a sync package folder written by exportSyncPackage() in another office.
/// Checks first, before anything is written: the manifest (format, that it is
/// not this office's own package and is meant for this office), the schema
/// version (must equal this workspace's), and every file's row count and
/// SHA-256 (a mismatch means the file was edited, e.g. re-saved by a
/// spreadsheet: Error::Data, import it as an ordinary CSV import instead).
/// A package whose sequence was already imported changes nothing
/// (alreadyImported); a gap in the sequence is reported in `warnings` and the
/// package is still applied. Records are merged field by field with the rule of
/// syncmerge::merge(); conflicts go to sync_conflicts and the audit log.
/// Everything is one transaction, after a backup into the workspace's backups
/// folder; `dryRun` does the same work and rolls it back. `progress`, when
/// given, is told how far the import is and can cancel it (Error::Data, nothing written).
/// Throws Error::Data for a refused package (nothing written), Error::Database otherwise.
SyncImportResult importSyncPackage(Database &db, const QString &dir, bool dryRun = false,
                                   const SyncProgress &progress = {});

} // namespace sb::core
