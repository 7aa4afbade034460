// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sb::cli {

/// The workspace used when neither --db nor SALESBENCH_DB names one: the same
/// default the desktop app opens.
QString defaultWorkspacePath();

/// Runs `salesbench-cli [--db FILE] COMMAND ...` and returns the exit code:
/// 0 ok, 1 usage error, 2 input data rejected, 3 database error.
int run(const QStringList &arguments);

} // namespace sb::cli
