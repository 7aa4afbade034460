// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace sb::cli::console {

namespace {
void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void outBytes(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void err(const QString &text)
{
    std::fflush(stdout);
    write(stderr, text.toUtf8());
}

void error(const QString &message)
{
    // One line: messages from lower layers may carry line breaks.
    QString line = message.trimmed();
    line.replace(u'\n', u' ');
    err(programName() + QStringLiteral(": ") + line + u'\n');
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

} // namespace sb::cli::console
