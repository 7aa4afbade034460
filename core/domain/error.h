// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace sb::core {

/// An error that reaches the user: what went wrong and where, in words.
class Error final : public std::exception
{
public:
    enum class Kind {
        Usage, ///< the request itself is malformed (CLI exit code 1)
        Data, ///< input data rejected, nothing written (exit code 2)
        Database, ///< the workspace could not be read or written (exit code 3)
        Locked, ///< another process holds the workspace (exit code 3)
    };

    Error(Kind kind, QString message)
        : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
    {
    }

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    /// The process exit code the command-line contract assigns to this kind.
    int exitCode() const noexcept
    {
        switch (m_kind) {
        case Kind::Usage:
            return 1;
        case Kind::Data:
            return 2;
        case Kind::Database:
        case Kind::Locked:
            return 3;
        }
        return 3;
    }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace sb::core
