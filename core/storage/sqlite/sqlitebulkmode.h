// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace sb::core {

class Database;

/// A 256 MiB page cache while it lives, then the connection's own size again: one
/// import transaction touches many pages of UUID-keyed indexes, and with SQLite's
/// default 2 MiB they spill and are read back. Best effort, like SqliteBulkMode.
class SqliteLargeCache final
{
public:
    explicit SqliteLargeCache(const Database &db);
    ~SqliteLargeCache();
    SqliteLargeCache(const SqliteLargeCache &) = delete;
    SqliteLargeCache &operator=(const SqliteLargeCache &) = delete;

private:
    const Database &m_db;
    qint64 m_cacheSize = -2000;
};

/// Foreign keys are checked when the current transaction commits instead of at each
/// statement, so rows may go in before the rows they refer to. Throws sb::core::Error.
void sqliteDeferForeignKeys(const Database &db);

/// Connection settings for a bulk load into an empty workspace, restored when it
/// ends: a large page cache, and a rollback journal instead of WAL, so that each
/// page is written once rather than to the WAL and then again to the file (an
/// empty database needs almost nothing in the rollback journal). Best effort:
/// when another connection holds the file the load simply runs in WAL mode.
/// Construct it before the load's transaction begins and end it after it ends.
class SqliteBulkMode final
{
public:
    explicit SqliteBulkMode(const Database &db);
    ~SqliteBulkMode();
    SqliteBulkMode(const SqliteBulkMode &) = delete;
    SqliteBulkMode &operator=(const SqliteBulkMode &) = delete;

private:
    const Database &m_db;
    SqliteLargeCache m_cache;
    bool m_leftWal = false;
};

/// The indexes of some tables, dropped inside the current transaction for a bulk
/// load and created again once the rows are in: building an index in one sorted
/// pass is much cheaper than inserting millions of random UUIDs into it. Nothing
/// is restored on destruction; rolling the transaction back brings them back.
class SqliteDroppedIndexes final
{
public:
    /// Drops every index of the named tables (the automatic ones of UNIQUE and
    /// PRIMARY KEY constraints stay).
    SqliteDroppedIndexes(const Database &db, const QStringList &tables);
    SqliteDroppedIndexes(const SqliteDroppedIndexes &) = delete;
    SqliteDroppedIndexes &operator=(const SqliteDroppedIndexes &) = delete;

    /// How many indexes were dropped.
    qsizetype size() const { return m_statements.size(); }
    /// Creates them again in name order, calling afterEach after each one (for
    /// progress; it may throw to cancel).
    void recreate(const std::function<void()> &afterEach = {});

private:
    const Database &m_db;
    QStringList m_statements;
};

} // namespace sb::core
