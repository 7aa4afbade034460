// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"
#include "core/reports/tableoutput.h"
#include "core/storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace sb::cli {

/// The options of one command: QCommandLineParser plus what every command shares
/// (--help, --db, optionally --format) and the exit codes of the contract.
class CommandLine final
{
public:
    /// `syntax` follows the command name in the usage line, e.g. "FILE".
    CommandLine(const CommandContext &context, const QString &name, const QString &description,
                const QString &syntax = {});

    QCommandLineParser &parser() { return m_parser; }
    /// Adds --format table|json|csv; format() then reports the choice.
    void addFormatOption();

    /// Parses the command's arguments. Returns the exit code to return at once (0
    /// after printing --help, 1 after a usage error), or nullopt to go on.
    std::optional<int> parse(const QStringList &arguments, qsizetype minPositional, qsizetype maxPositional);

    QStringList positional() const { return m_parser.positionalArguments(); }
    /// The --format given, if any.
    std::optional<core::TableOutput::Format> format() const { return m_format; }
    /// The workspace the command works on (global --db or the command's own).
    const QString &workspacePath() const { return m_workspacePath; }

    /// Prints the message and the command's usage on stderr; returns exit code 1.
    int usageError(const QString &message) const;
    /// The command's --help text.
    QString helpText() const;

    /// Opens the workspace; failures are thrown as sb::core::Error naming the file.
    std::unique_ptr<core::Database> openWorkspace(core::Database::Mode mode) const;

private:
    QString usageLine() const;

    QCommandLineParser m_parser;
    QString m_name;
    QString m_syntax;
    QString m_workspacePath;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_formatOption;
    bool m_hasFormat = false;
    std::optional<core::TableOutput::Format> m_format;
};

} // namespace sb::cli
