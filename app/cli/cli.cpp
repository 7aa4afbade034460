// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/command.h"
#include "app/cli/console.h"
#include "core/domain/error.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <exception>

namespace sb::cli {

namespace {

const Command *findCommand(const QString &name)
{
    const QList<Command> &table = commandTable();
    const auto it = std::find_if(table.cbegin(), table.cend(),
                                 [&name](const Command &c) { return name == QLatin1String(c.name); });
    return it == table.cend() ? nullptr : &*it;
}

QString usageLine()
{
    return CliText::tr("Usage: %1 [--db FILE] COMMAND [options]").arg(programName());
}

QString commandNames()
{
    QStringList names;
    for (const Command &command : commandTable())
        names.append(QLatin1String(command.name));
    return names.join(QStringLiteral(", "));
}

QString programHelp()
{
    QString text = usageLine() + u'\n'
        + CliText::tr("The SalesBench command line: workspaces, demo data, checks and backups.") + u"\n\n"
        + CliText::tr("Options:") + u'\n';
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("--db FILE"),
         CliText::tr("Workspace file (default: $SALESBENCH_DB, else %1).")
             .arg(QDir::toNativeSeparators(defaultWorkspacePath()))},
        {QStringLiteral("-h, --help"), CliText::tr("Show this help.")},
        {QStringLiteral("-v, --version"), CliText::tr("Show the version.")},
    };
    for (const auto &[name, description] : options)
        text += QStringLiteral("  %1  %2\n").arg(name, -14).arg(description);

    text += u'\n' + CliText::tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const Command &command : commandTable())
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const Command &command : commandTable())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), -int(width))
                    .arg(QCoreApplication::translate("sb::cli", command.summary));
    text += u'\n' + CliText::tr("Run '%1 COMMAND --help' for a command's options.").arg(programName()) + u'\n'
        + CliText::tr(
                "Exit codes: 0 ok, 1 usage error, 2 input data rejected (nothing written), 3 database error.")
        + u'\n';
    return text;
}

int usageError(const QString &message)
{
    console::error(message);
    console::err(usageLine() + u'\n' + CliText::tr("Commands: %1").arg(commandNames()) + u'\n'
                 + CliText::tr("Run '%1 --help' for more.").arg(programName()) + u'\n');
    return 1;
}

} // namespace

QString defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.salesbench");
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), CliText::tr("Workspace file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           CliText::tr("Show the version."));
    parser.addOptions({dbOption, helpOption, versionOption});
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("The command to run."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        console::out(programHelp());
        return 0;
    }
    if (parser.isSet(versionOption)) {
        console::out(programName() + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(CliText::tr("No command given."));
    const Command *command = findCommand(rest.first());
    if (!command)
        return usageError(CliText::tr("Unknown command '%1'.").arg(rest.first()));

    CommandContext context;
    context.workspacePath = parser.value(dbOption);
    if (context.workspacePath.isEmpty())
        context.workspacePath = qEnvironmentVariable("SALESBENCH_DB");
    if (context.workspacePath.isEmpty())
        context.workspacePath = defaultWorkspacePath();

    const QStringList commandArguments = QStringList{programName() + u' ' + rest.first()} + rest.mid(1);
    try {
        return command->run(context, commandArguments);
    } catch (const core::Error &error) {
        console::error(error.message());
        if (error.kind() == core::Error::Kind::Usage)
            console::err(CliText::tr("Run '%1 %2 --help' for the options.").arg(programName(), rest.first())
                         + u'\n');
        return error.exitCode();
    } catch (const std::exception &error) {
        console::error(CliText::tr("Unexpected failure: %1").arg(QString::fromLocal8Bit(error.what())));
        return 3;
    }
}

} // namespace sb::cli
