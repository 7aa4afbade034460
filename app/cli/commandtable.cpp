// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command.h"
#include "app/cli/commands/commands.h"

#include <QtGlobal>

namespace sb::cli {

// Adding a command is one line here plus its commands/*.cpp file.
const QList<Command> &commandTable()
{
    static const QList<Command> table = {
        {"init", QT_TRANSLATE_NOOP("sb::cli", "Create the workspace or bring its schema up to date"),
         &commands::init},
        {"demo", QT_TRANSLATE_NOOP("sb::cli", "Fill an empty workspace with demo data"), &commands::demo},
        {"check", QT_TRANSLATE_NOOP("sb::cli", "Check the workspace's integrity and consistency"),
         &commands::check},
        {"backup", QT_TRANSLATE_NOOP("sb::cli", "Copy the workspace into a checked backup file"),
         &commands::backup},
        {"restore", QT_TRANSLATE_NOOP("sb::cli", "Replace the workspace with a backup"), &commands::restore},
    };
    return table;
}

} // namespace sb::cli
