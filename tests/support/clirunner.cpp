// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace sb::test {

ProcessResult runCli(const QStringList &args, int timeoutMs)
{
    return runCliInLocale(QStringLiteral("C.UTF-8"), args, timeoutMs);
}

ProcessResult runCliInLocale(const QString &locale, const QStringList &args, int timeoutMs)
{
    QProcess process;
    // The CLI's messages follow the locale; LANGUAGE would override LC_ALL for them.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SB_CLI_PATH), args);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace sb::test
