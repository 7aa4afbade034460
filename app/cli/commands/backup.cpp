// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/domain/error.h"
#include "core/storage/workspacefiles.h"

#include <QDir>
#include <QFileInfo>

namespace sb::cli::commands {

int backup(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("backup"),
        CliText::tr("Copies the workspace into FILE and checks the copy. Reads only: the workspace "
                    "may be open in the app meanwhile."),
        QStringLiteral("FILE"));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The backup file to write."));
    if (const auto exit = cmd.parse(arguments, 1, 1))
        return *exit;
    const QString file = cmd.positional().constFirst();

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    if (core::workspacefiles::isSameFile(file, db->path()))
        return cmd.usageError(CliText::tr("The backup file cannot be the workspace itself."));
    try {
        db->backupTo(file);
    } catch (const core::Error &error) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (error.kind() == core::Error::Kind::Usage || error.message().contains(absolute)
            || error.message().contains(file))
            throw;
        throw core::Error(error.kind(),
                          CliText::tr("Cannot write the backup %1: %2")
                              .arg(QDir::toNativeSeparators(absolute), error.message()));
    }
    console::out(CliText::tr("Backed up %1 to %2.")
                     .arg(QDir::toNativeSeparators(db->path()),
                          QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
                 + u'\n');
    return 0;
}

int restore(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("restore"),
        CliText::tr("Replaces the workspace with the backup FILE after checking that it is a sound "
                    "SalesBench workspace; a backup from an older version is migrated first. What the "
                    "workspace held is kept as a copy beside it (restoring that copy takes the restore "
                    "back). Nobody may have the workspace open meanwhile."),
        QStringLiteral("FILE"));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The backup file to restore."));
    if (const auto exit = cmd.parse(arguments, 1, 1))
        return *exit;
    const QString file = cmd.positional().constFirst();
    const QString workspace = core::workspacefiles::canonicalFilePath(cmd.workspacePath());
    if (core::workspacefiles::isSameFile(file, workspace))
        return cmd.usageError(CliText::tr("The backup file cannot be the workspace itself."));

    // Database::restore takes the workspace lock itself; nothing here holds it open.
    const core::Database::RestoreResult restored = core::Database::restore(file, workspace);
    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);
    console::out(CliText::tr("Restored %1 from %2 (schema version %3, office %4).")
                     .arg(QDir::toNativeSeparators(restored.workspace),
                          QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
                     .arg(db->schemaVersion())
                     .arg(db->officeId())
                 + u'\n');
    if (!restored.previousCopy.isEmpty())
        console::out(CliText::tr("The workspace as it was before is kept in %1; restore that file to take "
                                 "this restore back.")
                         .arg(QDir::toNativeSeparators(restored.previousCopy))
                     + u'\n');
    console::out(
        CliText::tr("The next sync package to each office carries every record the backup holds, so "
                    "the other offices take its state of them; records created after the backup stay "
                    "in the offices that received them.")
        + u'\n');
    return 0;
}

} // namespace sb::cli::commands
