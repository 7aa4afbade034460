// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::cli {

/// What every command gets from the global options.
struct CommandContext
{
    QString workspacePath; ///< --db, SALESBENCH_DB or the app's default workspace
};

/// Runs a command. `arguments` holds the command's own arguments, preceded by a
/// program name as QCommandLineParser expects. Returns the process exit code;
/// sb::core::Error escapes to the dispatcher, which maps it to its exit code.
using CommandFunction = int (*)(const CommandContext &context, const QStringList &arguments);

/// One entry of the command table.
struct Command
{
    const char *name; ///< what the user types
    const char *summary; ///< one line for --help, translated on display
    CommandFunction run;
};

/// Every command, in the order the program's --help lists them (commandtable.cpp).
const QList<Command> &commandTable();

} // namespace sb::cli
