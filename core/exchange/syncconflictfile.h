// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncstate.h"

#include <QList>
#include <QString>

namespace sb::core {
class Database;
}

/// conflicts.csv of a sync package: the conflicts an office resolved while
/// importing the other office's packages, sent back to that office so that each
/// conflict is listed in both, whichever office met it. A conflict both offices
/// met (packages written at the same time) is listed once in each.
namespace sb::core::syncconflictfile {

/// "conflicts.csv".
QString fileName();

/// Writes to `path` the conflicts found here in packages from `peer` that were
/// not sent to it yet, and remembers them as sent (inside the caller's
/// transaction). Returns the number of rows. Nothing for a package without a destination.
qint64 write(Database &db, const QString &peer, const QString &path);

/// Lists the conflicts of `path` here, seen from this office: this office's
/// value is the local one. Conflicts already listed are skipped. Returns those
/// added. Throws Error::Data when the file does not hold `expectedRows` rows
/// (edited after it was written).
QList<SyncConflict> read(Database &db, const QString &path, qint64 expectedRows);

} // namespace sb::core::syncconflictfile
