// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace sb::core {

/// One open workspace: a SQLite file with the pragmas, schema and lock the
/// product needs. Not thread-safe: a worker thread opens its own connection
/// with openConnection(). All failures are thrown as sb::core::Error.
class Database final
{
public:
    enum class Mode {
        ReadWrite, ///< takes the workspace lock, creates and migrates the schema
        ReadOnly, ///< no lock; the file must exist and be current
    };

    /// Opens or creates a workspace file. Throws Error::Locked when another
    /// process holds it, naming host, process and since when.
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// A second connection to the same file for a worker thread; it shares the
    /// lock of this object, so it must not outlive it.
    std::unique_ptr<Database> openConnection() const;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase connection() const;
    /// The native handle for bulk paths that need the C API.
    sqlite3 *handle() const;

    int schemaVersion() const;
    /// This workspace's office id (created on first open).
    QString officeId() const;
    /// Prefix for numbers people read (order and quote numbers), unique per office.
    QString numberPrefix() const;
    /// Name recorded in history and the audit log (OS user).
    static QString userName();

    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

    /// Prepares a statement; throws Error::Database on failure.
    QSqlQuery prepare(const QString &sql) const;
    /// Executes a prepared statement; throws Error::Data for constraint
    /// violations and Error::Database otherwise. `what` names the operation.
    static void exec(QSqlQuery &query, const QString &what);
    /// Runs a statement without parameters.
    void execute(const QString &sql) const;

    /// Copies the workspace into `file` with VACUUM INTO, then checks the copy. The
    /// copy is private (0600) and appears under its name only when complete; `file`
    /// must not be the workspace itself (also through symlinks or hard links).
    void backupTo(const QString &file) const;
    /// Throws Error::Usage when `file` is the workspace or one of its own files (WAL,
    /// shared memory, journal, lock), also through symlinks or hard links: no export,
    /// report or backup may be written over them.
    void refuseOwnFile(const QString &file) const;

    /// What a restore did.
    struct RestoreResult
    {
        QString workspace; ///< the real file that was replaced (symlinks resolved)
        QString previousCopy; ///< a checked copy of what it held before; empty when there was no workspace
        int backupVersion = 0; ///< the backup's schema version before it was migrated
    };
    /// Replaces the workspace at `workspacePath` with `backupFile`: the backup must be
    /// a sound SalesBench workspace; it is copied, the copy migrated and checked, and
    /// only then swapped in. What the workspace held before is kept as a checked copy
    /// beside it (RestoreResult::previousCopy), so a restore can itself be undone.
    /// Sync package numbers continue after the higher of both files', and the next
    /// package to each office carries every record. The workspace must not be open
    /// in this process; its lock is taken meanwhile. Throws Error::Data for an
    /// unusable backup; the workspace is then untouched.
    static RestoreResult restore(const QString &backupFile, const QString &workspacePath);

    /// Things the user should know about how the workspace was opened (a lock left by
    /// a dead process taken over, leftovers of a killed backup removed); may be empty.
    const QStringList &notices() const { return m_notices; }

    /// Problems found by integrity_check and foreign_key_check; empty when sound.
    QStringList integrityProblems() const;

    /// True when the file sits on a network file system, where WAL is unsafe.
    bool isOnNetworkShare() const;

    /// UTC now, ISO 8601 with milliseconds ("2025-03-01T08:00:00.000Z").
    static QString nowUtc();
    /// A new record id (UUID without braces).
    static QString newId();

    /// Explicit transaction scope: rolls back unless commit() is called.
    class Transaction final
    {
    public:
        explicit Transaction(const Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        const Database &m_db;
        bool m_done = false;
    };

private:
    Database(QString path, Mode mode);
    void configure();
    void ensureOffice();

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    std::shared_ptr<QLockFile> m_lock;
    QStringList m_notices;
};

} // namespace sb::core
