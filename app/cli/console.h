// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sb::cli {

/// The program name used in messages and usage lines.
inline QString programName()
{
    return QStringLiteral("salesbench-cli");
}

/// Translations in the "sb::cli" context, spelled CliText::tr() so that
/// lupdate files them under the context the program asks for.
class CliText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

/// Standard output and error, written as UTF-8 without buffering surprises
/// between the two (each write is flushed).
namespace console {
void out(const QString &text);
void outBytes(const QByteArray &bytes);
void err(const QString &text);
/// One error line on stderr: "salesbench-cli: message".
void error(const QString &message);
/// True when standard error is a terminal (progress can redraw one line).
bool stderrIsTerminal();
} // namespace console

} // namespace sb::cli
