// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/console.h"
#include "core/domain/error.h"

#include <QDir>
#include <QFileInfo>

namespace sb::cli {

CommandLine::CommandLine(const CommandContext &context, const QString &name, const QString &description,
                         const QString &syntax)
    : m_name(name),
      m_syntax(syntax),
      m_workspacePath(context.workspacePath),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help.")),
      m_dbOption(QStringLiteral("db"), CliText::tr("Workspace file (same as the global --db)."),
                 QStringLiteral("FILE")),
      m_formatOption(QStringLiteral("format"), CliText::tr("Output format: table, json or csv."),
                     QStringLiteral("FORMAT"))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_dbOption);
}

void CommandLine::addFormatOption()
{
    m_parser.addOption(m_formatOption);
    m_hasFormat = true;
}

std::optional<int> CommandLine::parse(const QStringList &arguments, qsizetype minPositional,
                                      qsizetype maxPositional)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        console::out(helpText());
        return 0;
    }
    if (m_parser.isSet(m_dbOption))
        m_workspacePath = m_parser.value(m_dbOption);
    if (m_workspacePath.isEmpty())
        return usageError(CliText::tr("No workspace file given."));
    if (m_hasFormat && m_parser.isSet(m_formatOption)) {
        m_format = core::TableOutput::formatFromName(m_parser.value(m_formatOption));
        if (!m_format)
            return usageError(CliText::tr("Unknown format '%1'; use table, json or csv.")
                                  .arg(m_parser.value(m_formatOption)));
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(m_syntax.isEmpty() ? CliText::tr("Missing argument.")
                                             : CliText::tr("Missing argument: %1.").arg(m_syntax));
    if (count > maxPositional)
        return usageError(
            CliText::tr("Unexpected argument '%1'.").arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

QString CommandLine::usageLine() const
{
    QString line = CliText::tr("Usage: %1 [--db FILE] %2 [options]").arg(programName(), m_name);
    if (!m_syntax.isEmpty())
        line += u' ' + m_syntax;
    return line;
}

int CommandLine::usageError(const QString &message) const
{
    console::error(message);
    console::err(usageLine() + u'\n'
                 + CliText::tr("Run '%1 %2 --help' for the options.").arg(programName(), m_name) + u'\n');
    return 1;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser's own usage line names the executable's path and not the
    // command; replace it with ours and keep the option list it formats.
    QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(u'\n');
    text.replace(0, firstBreak < 0 ? text.size() : firstBreak, usageLine());
    return text;
}

std::unique_ptr<core::Database> CommandLine::openWorkspace(core::Database::Mode mode) const
{
    try {
        auto db = core::Database::open(m_workspacePath, mode);
        for (const QString &notice : db->notices())
            console::err(notice + u'\n');
        return db;
    } catch (const core::Error &error) {
        const QString absolute = QFileInfo(m_workspacePath).absoluteFilePath();
        if (error.message().contains(absolute)
            || error.message().contains(QDir::toNativeSeparators(absolute)))
            throw;
        throw core::Error(error.kind(),
                          CliText::tr("Cannot open the workspace %1: %2")
                              .arg(QDir::toNativeSeparators(absolute), error.message()));
    }
}

} // namespace sb::cli
