// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/storage/consistencycheck.h"

#include <QDir>

namespace sb::cli::commands {

int check(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("check"),
        CliText::tr("Checks the workspace file (SQLite integrity and foreign keys) and the consistency "
                    "of its data: order and line amounts, opportunity stages and history, closed deals, "
                    "references to deleted records, unique keys, target splits. Prints one line per "
                    "problem; exits 0 when there is none and 2 otherwise. Reads only: the workspace "
                    "may be open in the app meanwhile."));
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    QList<core::ConsistencyProblem> problems;
    for (const QString &problem : db->integrityProblems())
        problems.append({QStringLiteral("sqlite"), QStringLiteral("integrity"), problem});
    // Domain checks on a damaged file would only repeat what integrity_check says.
    if (problems.isEmpty())
        problems += core::findConsistencyProblems(*db);

    const QString path = QDir::toNativeSeparators(db->path());
    if (const auto format = cmd.format()) {
        core::TableOutput output;
        output.addField(QStringLiteral("workspace"), CliText::tr("Workspace"), path);
        output.addJsonField(QStringLiteral("ok"), problems.isEmpty(), CliText::tr("Result"),
                            problems.isEmpty() ? CliText::tr("OK")
                                               : CliText::tr("%n problem(s)", nullptr, int(problems.size())));
        const int table = output.addTable(QStringLiteral("problems"), CliText::tr("Problems"),
                                          {{QStringLiteral("table"), CliText::tr("Table")},
                                           {QStringLiteral("key"), CliText::tr("Key")},
                                           {QStringLiteral("problem"), CliText::tr("Problem")}});
        for (const core::ConsistencyProblem &problem : std::as_const(problems))
            output.addRow(table, {problem.table, problem.key, problem.message});
        console::outBytes(output.render(*format));
    } else if (problems.isEmpty()) {
        console::out(CliText::tr("OK: %1 passed the integrity and consistency checks.").arg(path) + u'\n');
    } else {
        QString text;
        for (const core::ConsistencyProblem &problem : std::as_const(problems))
            text += problem.toString() + u'\n';
        console::out(text);
    }
    if (problems.isEmpty())
        return 0;
    console::error(CliText::tr("%n problem(s) found in %1.", nullptr, int(problems.size())).arg(path));
    return 2;
}

} // namespace sb::cli::commands
