// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/application.h"

#include <QApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // R10 backstop: all this process creates (journals, temporary files too) is owner-only.
    ::umask(077);
#endif
    sb::ui::prepareApplication();
    QApplication app(argc, argv);
    return sb::ui::runApplication(app);
}
