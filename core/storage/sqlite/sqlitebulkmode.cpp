// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlitebulkmode.h"

#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitestatement.h"

#include <QSqlQuery>
#include <QVariant>

namespace sb::core {

namespace {

QString pragmaValue(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

SqliteLargeCache::SqliteLargeCache(const Database &db) : m_db(db)
{
    bool ok = false;
    const qint64 cache = pragmaValue(db, QStringLiteral("PRAGMA cache_size")).toLongLong(&ok);
    if (ok)
        m_cacheSize = cache;
    // 256 MiB at most; SQLite only allocates what the load really touches.
    pragmaValue(db, QStringLiteral("PRAGMA cache_size = -262144"));
}

SqliteLargeCache::~SqliteLargeCache()
{
    // A failure leaves the connection with the larger cache: harmless.
    pragmaValue(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

void sqliteDeferForeignKeys(const Database &db)
{
    SqliteStatement(db, "PRAGMA defer_foreign_keys = ON").run();
}

SqliteBulkMode::SqliteBulkMode(const Database &db) : m_db(db), m_cache(db)
{
    if (pragmaValue(db, QStringLiteral("PRAGMA journal_mode")) == u"wal")
        m_leftWal = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = DELETE")) == u"delete";
}

SqliteBulkMode::~SqliteBulkMode()
{
    // Failures are ignored: the workspace gets WAL again the next time it is opened.
    if (m_leftWal)
        pragmaValue(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
}

SqliteDroppedIndexes::SqliteDroppedIndexes(const Database &db, const QStringList &tables) : m_db(db)
{
    QStringList names;
    {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = "
                                                "'index' AND sql IS NOT NULL ORDER BY name"));
        Database::exec(q, QStringLiteral("list the indexes"));
        while (q.next()) {
            if (!tables.contains(q.value(1).toString()))
                continue;
            names.append(q.value(0).toString());
            m_statements.append(q.value(2).toString());
        }
    }
    // Index names come from sqlite_master, not from input; they cannot be bound.
    for (const QString &name : names)
        db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void SqliteDroppedIndexes::recreate(const std::function<void()> &afterEach)
{
    for (const QString &sql : std::as_const(m_statements)) {
        m_db.execute(sql);
        if (afterEach)
            afterEach();
    }
}

} // namespace sb::core
