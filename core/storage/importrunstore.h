// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace sb::core {

class Database;
class SqliteStatement;

/// One import in the import log (import_runs), as stored.
struct StoredImportRun
{
    qint64 seq = 0;
    QString startedAt;
    QString entity;
    QString fileName;
    qint64 inserted = 0;
    qint64 updated = 0;
    bool undone = false;
};

/// The import log: import_runs holds one row per import, import_changes one row per
/// record an import created or changed (with its values before), which is what undo
/// works from. Failures throw sb::core::Error.
namespace importlog {

/// SQL for a record's stamp as text, "version|updated_at|updated_by_office": what
/// undo compares to see whether a record changed after the import.
const QString &stampExpression();

/// Starts the log of an import by the current user; returns the run's seq.
qint64 startRun(const Database &db, const QString &entity, const QString &fileName);
/// Writes the counts of a run that commits.
void finishRun(const Database &db, qint64 seq, qint64 inserted, qint64 updated, qint64 skipped);
/// The latest run, or the latest not undone yet when `notUndone`.
std::optional<StoredImportRun> latestRun(const Database &db, bool notUndone);
/// Marks a run as undone.
void markUndone(const Database &db, qint64 seq);
/// Logs the lines of the orders run `runSeq` created (the bulk path writes them unlogged),
/// then stores, for each record the run logged in one of `tables`, its stamp
/// ("version|updated_at|updated_by_office") as the import leaves it.
void recordStamps(const Database &db, qint64 runSeq, const QSet<QString> &tables);

} // namespace importlog

/// Appends to import_changes for one run, with one statement prepared at the first
/// record and reused for the rest: a large import logs every record.
class ImportChangeLog final
{
public:
    ImportChangeLog(const Database &db, qint64 runSeq);
    ~ImportChangeLog();
    ImportChangeLog(const ImportChangeLog &) = delete;
    ImportChangeLog &operator=(const ImportChangeLog &) = delete;

    /// Logs a change: `action` "insert" (with a null `previousJson`) or "update".
    void record(const QString &table, const QString &id, const QString &action, const QString &previousJson);

private:
    const Database &m_db;
    const qint64 m_runSeq;
    std::unique_ptr<SqliteStatement> m_insert;
};

/// A savepoint per imported row, so a refused row leaves nothing half-written while
/// the import's transaction goes on; its statements are prepared once per import.
class ImportRowSavepoint final
{
public:
    explicit ImportRowSavepoint(const Database &db);
    ~ImportRowSavepoint();
    ImportRowSavepoint(const ImportRowSavepoint &) = delete;
    ImportRowSavepoint &operator=(const ImportRowSavepoint &) = delete;

    void begin();
    /// Takes back what the row wrote (release() must still follow).
    void rollback();
    void release();

private:
    std::unique_ptr<SqliteStatement> m_begin, m_rollback, m_release;
};

} // namespace sb::core
