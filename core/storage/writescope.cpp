// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/writescope.h"

#include "core/storage/sqlite/sqlitehandle.h"

#include <atomic>

namespace sb::core {

namespace {
QString nextSavepointName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sb_write_%1").arg(counter.fetch_add(1));
}
} // namespace

WriteScope::WriteScope(const Database &db) : m_db(db)
{
    if (inTransaction(db)) {
        // The name is generated here, never taken from input.
        m_savepoint = nextSavepointName();
        m_db.execute(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_transaction.emplace(db);
    }
}

WriteScope::~WriteScope()
{
    if (m_done || m_savepoint.isEmpty())
        return; // the Transaction member rolls itself back
    try {
        m_db.execute(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        m_db.execute(QStringLiteral("RELEASE ") + m_savepoint);
    } catch (...) {
        // A destructor must not throw; the outer transaction's owner sees the failure.
    }
}

void WriteScope::commit()
{
    if (m_transaction)
        m_transaction->commit();
    else
        m_db.execute(QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
}

bool WriteScope::inTransaction(const Database &db)
{
    return sqlite::inTransaction(db);
}

} // namespace sb::core
