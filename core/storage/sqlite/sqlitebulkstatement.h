// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlite/sqlitestatement.h"

#include <QByteArray>
#include <QtGlobal>

namespace sb::core {

class Database;

/// One INSERT or UPDATE of a bulk path (demo, and later imports and restores),
/// prepared once and run many times. Values are bound in parameter order with the
/// fluent setters; run() checks that every parameter got one, steps and resets.
/// Failures throw sb::core::Error.
class SqliteBulkStatement final
{
public:
    /// failureText words the failures (SqliteStatement's "Cannot save the data" when
    /// null); label names the statement in the untranslated error about a value left
    /// unbound, which only a programming mistake causes.
    SqliteBulkStatement(const Database &db, const char *sql,
                        SqliteStatement::FailureText failureText = nullptr, const char *label = "Statement");
    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    /// Binds UTF-8 text, copied; a null array binds the empty text.
    SqliteBulkStatement &text(const QByteArray &utf8);
    /// Binds UTF-8 text that lives for the whole load (a pool entry or a literal),
    /// without copying it; a null pointer binds NULL.
    SqliteBulkStatement &literal(const char *utf8);
    SqliteBulkStatement &integer(qint64 value);
    SqliteBulkStatement &null();
    /// Binds created_at, updated_at and updated_by_office, the last columns of every
    /// business table.
    SqliteBulkStatement &stamps(const QByteArray &createdAt, const QByteArray &updatedAt, const char *office);

    /// Executes with the bound values; every parameter must have been bound.
    void run();

    /// The underlying statement, for what the fluent setters do not cover.
    SqliteStatement &statement() { return m_statement; }

private:
    SqliteStatement m_statement;
    const char *m_label;
    int m_count = 0;
    int m_next = 1;
};

} // namespace sb::core
