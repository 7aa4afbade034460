// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace sb::core {

class Database;

/// A statement prepared once on the native handle for bulk paths (imports,
/// exports), where Qt's per-value boxing costs more than the work itself.
/// Parameters are bound by position (1-based); failures throw sb::core::Error.
class SqliteStatement final
{
public:
    /// The step a failure happened in, for callers that word their own messages.
    enum class Phase {
        Prepare,
        Bind,
        Step,
    };
    /// Words a failure from its phase and SQLite's message (translated by the caller).
    using FailureText = QString (*)(Phase phase, const QString &detail);

    SqliteStatement(const Database &db, const char *sql);
    /// As above; failures are worded by failureText instead of "Cannot save the
    /// data: …" when it is not null.
    SqliteStatement(const Database &db, const char *sql, FailureText failureText);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, const QString &value);
    /// Binds text that is UTF-8 already (ids, timestamps) without copying it: the
    /// bytes must stay valid and unchanged until the statement is run or reset.
    void bindUtf8(int index, QByteArrayView utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);
    /// Binds text that is UTF-8 already, copied: the bytes may change or go away
    /// right after the call. A null view binds the empty text, as bindUtf8() does.
    void bindUtf8Copy(int index, QByteArrayView utf8);

    /// The number of parameters, which is the largest index to bind.
    int parameterCount() const;
    /// The statement's SQL text, for messages.
    QString sql() const;

    /// Steps once: true when a row is available, false when done.
    bool step();
    /// Runs a statement that returns no rows, then resets it.
    void run();
    /// As run(), but the bindings stay: for bulk paths that bind every value again
    /// before the next run, where SQLite then reuses the text buffers.
    void runKeepingBindings();
    /// Resets for the next execution and clears the bindings.
    void reset();

    QString text(int column) const;
    /// The column's text as UTF-8 bytes, without decoding.
    QByteArray utf8(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail(int rc) const;
    [[noreturn]] void fail(int rc, Phase phase) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    FailureText m_failureText = nullptr;
};

} // namespace sb::core
