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

} // namespace sb::cli::commands
