// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace sb::core::demo {

/// One prepared INSERT or UPDATE of the demo's bulk path, prepared once and
/// run many times. Values are bound in column order with the fluent setters;
/// run() steps, checks and resets. Failures throw sb::core::Error.
class DemoStatement final
{
public:
    DemoStatement(sqlite3 *db, const char *sql);
    ~DemoStatement();
    DemoStatement(const DemoStatement &) = delete;
    DemoStatement &operator=(const DemoStatement &) = delete;

    /// Binds UTF-8 text (copied).
    DemoStatement &text(const QByteArray &value);
    /// Binds UTF-8 text that lives for the whole run (a pool entry or a literal).
    DemoStatement &literal(const char *value);
    DemoStatement &integer(qint64 value);
    DemoStatement &null();
    /// Binds created_at, updated_at and updated_by_office.
    DemoStatement &stamps(const QByteArray &createdAt, const QByteArray &updatedAt, const char *office);

    /// Executes with the bound values; every parameter must have been bound.
    void run();

private:
    void check(int rc, const char *what) const;
    [[noreturn]] static void fail(int rc, const char *what, const QString &message);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
    int m_count = 0;
};

} // namespace sb::core::demo
