// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sb::core {

class Database;

/// SQLite settings for bulk writes (imports): how the engine is asked to take many
/// rows in one transaction.
namespace bulkload {

/// Foreign keys are checked when the current transaction commits instead of at each
/// statement, so rows may go in before the rows they refer to.
void deferForeignKeys(const Database &db);

/// A 256 MiB page cache while it lives, then SQLite's default again: one transaction
/// touches many pages of UUID-keyed indexes, and with the default 2 MiB they spill and
/// are read back.
class LargeCacheScope final
{
public:
    explicit LargeCacheScope(const Database &db);
    ~LargeCacheScope();
    LargeCacheScope(const LargeCacheScope &) = delete;
    LargeCacheScope &operator=(const LargeCacheScope &) = delete;

private:
    const Database &m_db;
};

} // namespace bulkload

} // namespace sb::core
