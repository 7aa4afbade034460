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

/// Runs salesbench-cli with the given arguments and waits for it, in the C.UTF-8 locale
/// (English messages) whatever the locale of the test run.
ProcessResult runCli(const QStringList &args, int timeoutMs = 300000);
/// Runs salesbench-cli with LC_ALL and LANG set to `locale` (e.g. "zh_CN.UTF-8").
ProcessResult runCliInLocale(const QString &locale, const QStringList &args, int timeoutMs = 300000);

} // namespace sb::test
