// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/syncexport.h"
#include "core/exchange/syncimport.h"
#include "core/exchange/syncstate.h"

#include <QCommandLineOption>
#include <QDir>

namespace sb::cli::commands {

int syncExport(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("sync-export"),
        CliText::tr("Writes a sync package into the new folder DIR: the records this office changed since "
                    "the last package to that office (all records the first time), deletions as tombstones, "
                    "and a manifest with sequence numbers and SHA-256 checksums."),
        QStringLiteral("DIR"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("The office the package is for (its office id)."),
                                QStringLiteral("OFFICE"));
    const QCommandLineOption full(
        QStringLiteral("full"),
        CliText::tr("Send every record, not only the changes (after a lost package)."));
    cmd.parser().addOption(to);
    cmd.parser().addOption(full);
    cmd.parser().addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The package folder to create."));
    if (const auto exit = cmd.parse(arguments, 1, 1))
        return *exit;
    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);
    core::SyncExportOptions options;
    options.toOffice = cmd.parser().value(to);
    options.full = cmd.parser().isSet(full);
    const core::SyncExportResult result
        = core::exportSyncPackage(*db, cmd.positional().constFirst(), options);
    console::out(CliText::tr("Wrote package %1 #%2 (previous #%3) to %4: %5 records, %6 of them deletions.")
                     .arg(result.officeId)
                     .arg(result.sequence)
                     .arg(result.previousSequence)
                     .arg(QDir::toNativeSeparators(result.dir))
                     .arg(result.rows)
                     .arg(result.tombstones)
                 + u'\n');
    return 0;
}

int syncImport(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("sync-import"),
        CliText::tr("Imports a sync package folder from another office after checking its manifest and "
                    "checksums. Importing the same package twice changes nothing; a gap in the sequence is "
                    "reported. Conflicting edits are resolved the same way in both offices and listed."),
        QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliText::tr("Show what would change; write nothing."));
    const QCommandLineOption conflicts(QStringLiteral("conflicts"),
                                       CliText::tr("Also write the conflicts of this import to FILE (CSV)."),
                                       QStringLiteral("FILE"));
    cmd.parser().addOption(dryRun);
    cmd.parser().addOption(conflicts);
    cmd.parser().addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The package folder."));
    if (const auto exit = cmd.parse(arguments, 1, 1))
        return *exit;
    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);
    const core::SyncImportResult result
        = core::importSyncPackage(*db, cmd.positional().constFirst(), cmd.parser().isSet(dryRun));
    console::out(result.summary() + u'\n');
    for (const QString &warning : result.warnings)
        console::err(CliText::tr("warning: %1").arg(warning) + u'\n');
    for (const core::SyncConflict &c : result.conflicts)
        console::out(CliText::tr("conflict: %1 %2, field %3: kept %4's value; the other was \"%5\"")
                         .arg(c.entity, c.recordKey.isEmpty() ? c.recordId : c.recordKey, c.field,
                              c.winnerOffice,
                              c.winnerOffice == result.fromOffice ? c.localValue.value_or(QString())
                                                                  : c.remoteValue.value_or(QString()))
                     + u'\n');
    if (cmd.parser().isSet(conflicts))
        core::exportSyncConflicts(*db, cmd.parser().value(conflicts), true);
    return 0;
}

} // namespace sb::cli::commands
