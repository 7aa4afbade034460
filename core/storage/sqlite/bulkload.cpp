// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/bulkload.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitestatement.h"

namespace sb::core::bulkload {

void deferForeignKeys(const Database &db)
{
    SqliteStatement(db, "PRAGMA defer_foreign_keys = ON").run();
}

LargeCacheScope::LargeCacheScope(const Database &db) : m_db(db)
{
    m_db.execute(QStringLiteral("PRAGMA cache_size = -262144"));
}

LargeCacheScope::~LargeCacheScope()
{
    try {
        m_db.execute(QStringLiteral("PRAGMA cache_size = -2000"));
    } catch (const Error &) {
        // The connection keeps the larger cache; harmless.
    }
}

} // namespace sb::core::bulkload
