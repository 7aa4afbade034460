// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sb::test {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs salesbench-cli with the given arguments and waits for it.
ProcessResult runCli(const QStringList &args, int timeoutMs = 300000);

} // namespace sb::test
