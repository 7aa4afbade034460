// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace sb::core::migrations {

/// The schema version this build writes.
int latestVersion();

/// Applies every migration newer than the file's user_version, each in its own
/// transaction that also sets user_version. Throws Error::Database on failure.
/// `upTo` stops at a given version (tests build earlier schemas with it).
void migrate(QSqlDatabase &db, int upTo = -1);

} // namespace sb::core::migrations
