// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    sb::ui::prepareApplication();
    QApplication app(argc, argv);
    return sb::ui::runApplication(app);
}
