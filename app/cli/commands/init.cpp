// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"

#include <QDir>
#include <QFileInfo>

namespace sb::cli::commands {

int init(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(context, QStringLiteral("init"),
                    CliText::tr("Creates the workspace, or migrates an existing one to the current schema, "
                                "and prints its path, schema version and office id."));
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;

    const bool existed = QFileInfo::exists(cmd.workspacePath());
    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);

    core::TableOutput output;
    output.addField(QStringLiteral("workspace"), CliText::tr("Workspace"),
                    QDir::toNativeSeparators(db->path()));
    output.addJsonField(QStringLiteral("created"), !existed, CliText::tr("Created"),
                        existed ? CliText::tr("no") : CliText::tr("yes"));
    output.addField(QStringLiteral("schema_version"), CliText::tr("Schema version"), db->schemaVersion(),
                    core::TableOutput::Type::Integer);
    output.addField(QStringLiteral("office_id"), CliText::tr("Office id"), db->officeId());
    console::outBytes(output.render(cmd.format().value_or(core::TableOutput::Format::Table)));
    if (db->isOnNetworkShare())
        console::error(
            CliText::tr("Warning: the workspace is on a network share, where SQLite's write-ahead log "
                        "is unsafe; keep it on a local disk."));
    return 0;
}

} // namespace sb::cli::commands
