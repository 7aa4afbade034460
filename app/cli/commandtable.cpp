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
        {"import", QT_TRANSLATE_NOOP("sb::cli", "Import a CSV file (dry run, mapping, skip bad rows)"),
         &commands::importData},
        {"import-log", QT_TRANSLATE_NOOP("sb::cli", "Show the last import"), &commands::importLog},
        {"undo-import", QT_TRANSLATE_NOOP("sb::cli", "Undo the last import"), &commands::undoImport},
        {"export", QT_TRANSLATE_NOOP("sb::cli", "Export an entity, or all, to CSV or XLSX"),
         &commands::exportData},
        {"sync-export", QT_TRANSLATE_NOOP("sb::cli", "Write a sync package for another office"),
         &commands::syncExport},
        {"sync-import", QT_TRANSLATE_NOOP("sb::cli", "Import a sync package from another office"),
         &commands::syncImport},
        {"abc", QT_TRANSLATE_NOOP("sb::cli", "ABC customer segmentation by revenue"), &commands::abc},
        {"funnel",
         QT_TRANSLATE_NOOP("sb::cli", "Sales funnel: stage conversion, win rate, cycle, bottleneck"),
         &commands::funnel},
        {"inventory", QT_TRANSLATE_NOOP("sb::cli", "Inventory turnover and reorder suggestions"),
         &commands::inventory},
    };
    return table;
}

} // namespace sb::cli
