// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/importrunstore.h"

#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

} // namespace

namespace importlog {

const QString &stampExpression()
{
    static const QString sql = QStringLiteral("version || '|' || updated_at || '|' || updated_by_office");
    return sql;
}

qint64 startRun(const Database &db, const QString &entity, const QString &fileName)
{
    QSqlQuery run = db.prepare(QStringLiteral(
        "INSERT INTO import_runs (started_at, user_name, entity, file_name) VALUES (?, ?, ?, ?)"));
    run.addBindValue(Database::nowUtc());
    run.addBindValue(Database::userName());
    run.addBindValue(entity);
    run.addBindValue(fileName);
    Database::exec(run, ImportText::tr("start the import log"));
    return run.lastInsertId().toLongLong();
}

void finishRun(const Database &db, qint64 seq, qint64 inserted, qint64 updated, qint64 skipped)
{
    QSqlQuery counts = db.prepare(
        QStringLiteral("UPDATE import_runs SET inserted = ?, updated = ?, skipped = ? WHERE seq = ?"));
    counts.addBindValue(inserted);
    counts.addBindValue(updated);
    counts.addBindValue(skipped);
    counts.addBindValue(seq);
    Database::exec(counts, ImportText::tr("finish the import log"));
}

std::optional<StoredImportRun> latestRun(const Database &db, bool notUndone)
{
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT seq, started_at, entity, file_name, inserted, updated, undone "
                                    "FROM import_runs ")
                     + (notUndone ? QStringLiteral("WHERE undone = 0") : QString())
                     + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    Database::exec(q, ImportText::tr("read the import log"));
    if (!q.next())
        return std::nullopt;
    return StoredImportRun{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong(),
                           q.value(6).toBool()};
}

void markUndone(const Database &db, qint64 seq)
{
    QSqlQuery done = db.prepare(QStringLiteral("UPDATE import_runs SET undone = 1 WHERE seq = ?"));
    done.addBindValue(seq);
    Database::exec(done, ImportText::tr("finish undoing the import"));
}

void recordStamps(const Database &db, qint64 runSeq, const QSet<QString> &tables)
{
    // The lines of orders this import created are written without a log row each (the bulk
    // path); log them now, so that a line added later to such an order is told apart from them.
    QSqlQuery lines = db.prepare(QStringLiteral(
        "INSERT INTO import_changes (run_seq, entity, record_id, action) "
        "SELECT ?, 'order_lines', l.id, 'insert' FROM import_changes o JOIN order_lines l ON l.order_id = "
        "o.record_id "
        "WHERE o.run_seq = ? AND o.entity = 'orders' AND o.action = 'insert' "
        "AND NOT EXISTS (SELECT 1 FROM import_changes x WHERE x.run_seq = ? AND x.record_id = l.id)"));
    lines.addBindValue(runSeq);
    lines.addBindValue(runSeq);
    lines.addBindValue(runSeq);
    Database::exec(lines, ImportText::tr("finish the import log"));
    for (const QString &table : tables) {
        // Table names come from the caller's fixed set.
        QSqlQuery q = db.prepare(QStringLiteral("UPDATE import_changes SET after_stamp = (SELECT ")
                                 + stampExpression() + QStringLiteral(" FROM ") + table
                                 + QStringLiteral(" t WHERE t.id = import_changes.record_id) "
                                                  "WHERE run_seq = ? AND entity = ?"));
        q.addBindValue(runSeq);
        q.addBindValue(table);
        Database::exec(q, ImportText::tr("finish the import log"));
    }
}

} // namespace importlog

ImportChangeLog::ImportChangeLog(const Database &db, qint64 runSeq) : m_db(db), m_runSeq(runSeq) { }

ImportChangeLog::~ImportChangeLog() = default;

void ImportChangeLog::record(const QString &table, const QString &id, const QString &action,
                             const QString &previousJson)
{
    if (!m_insert)
        m_insert
            = std::make_unique<SqliteStatement>(m_db,
                                                "INSERT INTO import_changes (run_seq, entity, record_id, "
                                                "action, previous_json) VALUES (?, ?, ?, ?, ?)");
    m_insert->bind(1, m_runSeq);
    m_insert->bind(2, table);
    m_insert->bind(3, id);
    m_insert->bind(4, action);
    previousJson.isNull() ? m_insert->bindNull(5) : m_insert->bind(5, previousJson);
    m_insert->run();
}

ImportRowSavepoint::ImportRowSavepoint(const Database &db)
    : m_begin(std::make_unique<SqliteStatement>(db, "SAVEPOINT import_row")),
      m_rollback(std::make_unique<SqliteStatement>(db, "ROLLBACK TO import_row")),
      m_release(std::make_unique<SqliteStatement>(db, "RELEASE import_row"))
{
}

ImportRowSavepoint::~ImportRowSavepoint() = default;

void ImportRowSavepoint::begin()
{
    m_begin->run();
}

void ImportRowSavepoint::rollback()
{
    m_rollback->run();
}

void ImportRowSavepoint::release()
{
    m_release->run();
}

} // namespace sb::core
