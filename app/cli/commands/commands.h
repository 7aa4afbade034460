// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

// One function per command; commandtable.cpp registers them.
namespace sb::cli::commands {

int init(const CommandContext &context, const QStringList &arguments);
int demo(const CommandContext &context, const QStringList &arguments);
int check(const CommandContext &context, const QStringList &arguments);
int backup(const CommandContext &context, const QStringList &arguments);
int restore(const CommandContext &context, const QStringList &arguments);
int abc(const CommandContext &context, const QStringList &arguments);
int funnel(const CommandContext &context, const QStringList &arguments);
int inventory(const CommandContext &context, const QStringList &arguments);
int importData(const CommandContext &context, const QStringList &arguments); // `import`
int importLog(const CommandContext &context, const QStringList &arguments);
int undoImport(const CommandContext &context, const QStringList &arguments);
int exportData(const CommandContext &context, const QStringList &arguments); // `export` is a keyword
int syncExport(const CommandContext &context, const QStringList &arguments);
int syncImport(const CommandContext &context, const QStringList &arguments);

} // namespace sb::cli::commands
