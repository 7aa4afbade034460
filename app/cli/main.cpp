// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBench"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESBENCH_VERSION));
    return sb::cli::run(QCoreApplication::arguments());
}
