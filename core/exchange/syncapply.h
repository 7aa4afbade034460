// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncimport.h"
#include "core/exchange/syncpackage.h"

#include <QString>

namespace sb::core {
class Database;
}

/// The part of a sync import that writes: records merged table by table.
namespace sb::core::syncapply {

/// Applies every table of the package in `dir`, whose manifest and checksums
/// were verified, inside the caller's transaction: new records are inserted,
/// known ones merged with syncmerge::merge() against the best common state
/// (sync_shadow, bases.csv); conflicts go to sync_conflicts and the audit log;
/// the shadow rows for the sending office are updated. `late` marks an older
/// package that was missing, whose records never replace a later state from
/// that office. Counts and conflicts are added to `result`. Throws Error::Data
/// when a row cannot be stored or a file does not match its manifest, or when
/// `progress` (told every few hundred rows) asks to cancel.
void applyPackage(Database &db, const QString &dir, const syncpackage::Manifest &manifest, bool late,
                  SyncImportResult &result, const SyncProgress &progress = {});

} // namespace sb::core::syncapply
