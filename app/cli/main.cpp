// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "core/i18n/catalogue.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    // R10 backstop: all this process creates (journals, temporary files too) is owner-only.
    ::umask(077);
#endif
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBench"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESBENCH_VERSION));
    // Messages follow the system locale (LANG=zh_CN.UTF-8 gives Chinese), like the desktop
    // app; numbers, dates and the CSV and JSON outputs stay locale-independent.
    sb::core::Catalogue::install(app, sb::core::Catalogue::systemLanguage());
    return sb::cli::run(QCoreApplication::arguments());
}
