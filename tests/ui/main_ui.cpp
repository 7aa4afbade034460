// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "ui/application.h"

#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    // Widget tests never need a display; test discovery at build time runs this too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    sb::ui::prepareApplication();
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
