// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/domain/error.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlite/sqlitehandle.h"
#include "core/storage/workspacefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Database" context, spelled DatabaseText::tr() so that
/// lupdate files them under the context the program asks for.
class DatabaseText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("salesbench-%1").arg(counter.fetch_add(1));
}

} // namespace

Database::Database(QString path, Mode mode)
    : m_path(std::move(path)), m_mode(mode), m_connectionName(nextConnectionName())
{
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::ReadWrite && !QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::Database,
                    DatabaseText::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // The real file: a workspace reached through a symlink or `..` is locked, backed up
    // and restored as the file it is, never as the link.
    const QString absolute = workspacefiles::canonicalFilePath(path);
    std::unique_ptr<Database> db(new Database(absolute, mode));

    if (mode == Mode::ReadWrite)
        db->m_lock = workspacefiles::lockWorkspace(absolute, &db->m_notices);
    else if (!QFileInfo::exists(absolute))
        throw Error(Error::Kind::Database,
                    DatabaseText::tr("The workspace %1 does not exist.").arg(absolute));
    // Without the lock (read-only), only files of processes that no longer run.
    const QStringList leftovers = workspacefiles::removeLeftovers(absolute, mode == Mode::ReadWrite);
    if (!leftovers.isEmpty())
        db->m_notices.append(DatabaseText::tr("Removed %n unfinished file(s) of an interrupted backup or "
                                              "restore beside the workspace.",
                                              nullptr, int(leftovers.size())));
    if (mode == Mode::ReadWrite && !QFileInfo::exists(absolute))
        workspacefiles::createPrivateFile(absolute);

    db->configure();
    if (mode == Mode::ReadWrite) {
        const int before = db->schemaVersion();
        if (before > migrations::latestVersion())
            throw Error(Error::Kind::Database,
                        DatabaseText::tr("The workspace %1 was written by a newer SalesBench (schema %2; "
                                         "this version reads up to %3).")
                            .arg(absolute)
                            .arg(before)
                            .arg(migrations::latestVersion()));
        if (before > 0 && before < migrations::latestVersion())
            db->backupTo(absolute + QStringLiteral(".before-migration-v%1.bak").arg(before));
        QSqlDatabase conn = db->connection();
        migrations::migrate(conn);
        db->ensureOffice();
    } else if (db->schemaVersion() != migrations::latestVersion()) {
        throw Error(
            Error::Kind::Database,
            DatabaseText::tr("The workspace %1 needs an upgrade; open it for writing once.").arg(absolute));
    }
    return db;
}

std::unique_ptr<Database> Database::openConnection() const
{
    std::unique_ptr<Database> db(new Database(m_path, m_mode));
    db->m_lock = m_lock;
    db->configure();
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::configure()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        throw Error(Error::Kind::Database,
                    DatabaseText::tr("Cannot open the workspace %1: %2").arg(m_path, db.lastError().text()));
    // Reading the header catches a file that is not a database before anything else.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            throw Error(Error::Kind::Database,
                        DatabaseText::tr("%1 is not a SalesBench workspace: %2")
                            .arg(m_path, probe.lastError().databaseText()));
    }
    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_mode == Mode::ReadWrite)
        execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    execute(QStringLiteral("PRAGMA synchronous = FULL"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw Error(Error::Kind::Database,
                    DatabaseText::tr("Cannot read the schema version: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

void Database::ensureOffice()
{
    if (!setting(QStringLiteral("office_id")).isEmpty())
        return;
    // Short enough to read in reports, random enough that two offices never collide.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8).toUpper();
    Transaction tx(*this);
    setSetting(QStringLiteral("office_id"), id);
    setSetting(QStringLiteral("number_prefix"), id.left(4));
    tx.commit();
}

QString Database::officeId() const
{
    return setting(QStringLiteral("office_id"));
}

QString Database::numberPrefix() const
{
    return setting(QStringLiteral("number_prefix"));
}

QString Database::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    exec(q, DatabaseText::tr("read setting"));
    return q.next() ? q.value(0).toString() : fallback;
}

void Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    exec(q, DatabaseText::tr("save setting"));
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw Error(Error::Kind::Database,
                    DatabaseText::tr("Cannot prepare a statement: %1").arg(q.lastError().text()));
    return q;
}

void Database::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return;
    const QSqlError error = query.lastError();
    throw Error(sqlite::isConstraintViolation(error) ? Error::Kind::Data : Error::Kind::Database,
                DatabaseText::tr("Cannot %1: %2").arg(what, error.databaseText()));
}

void Database::execute(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throw Error(Error::Kind::Database,
                    DatabaseText::tr("Statement failed: %1").arg(q.lastError().text()));
}

void Database::backupTo(const QString &file) const
{
    const QString target = workspacefiles::canonicalFilePath(file);
    if (workspacefiles::isSameFile(target, m_path))
        throw Error(Error::Kind::Usage, DatabaseText::tr("The backup file cannot be the workspace itself."));
    refuseOwnFile(target);
    // Another workspace that is open somewhere would go on writing into a file that no longer has a name.
    if (QFileInfo::exists(target)) {
        QLockFile other(target + QStringLiteral(".lock"));
        other.setStaleLockTime(0);
        if (!other.tryLock(0))
            throw Error(
                Error::Kind::Locked,
                DatabaseText::tr("The backup file %1 is a workspace in use: %2")
                    .arg(QDir::toNativeSeparators(target), workspacefiles::lockHolderMessage(target, other)));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Database, DatabaseText::tr("Cannot create the folder %1.").arg(folder));
    if (QFileInfo(target).isDir())
        throw Error(
            Error::Kind::Usage,
            DatabaseText::tr("%1 is a folder; name the backup file.").arg(QDir::toNativeSeparators(target)));
    workspacefiles::removeLeftovers(target);
    // VACUUM INTO writes into an empty file created private (0600) beforehand; the copy
    // is checked, then renamed over the target, so a half-written backup never has its name.
    const QString temp = workspacefiles::workInProgressName(target, QStringLiteral("partial"));
    workspacefiles::createPrivateFile(temp);
    try {
        QSqlQuery q = prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        exec(q, DatabaseText::tr("write the backup"));
        QString verdict;
        {
            workspacefiles::SideConnection copy(temp, true);
            verdict = copy.isOpen() ? copy.value(QStringLiteral("PRAGMA integrity_check")).toString()
                                    : copy.errorText();
        }
        if (verdict != QStringLiteral("ok"))
            throw Error(
                Error::Kind::Database,
                DatabaseText::tr("The backup %1 failed its integrity check (%2).").arg(file, verdict));
        // rename(2) replaces the target atomically; the workspace itself was excluded above.
        if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
            throw Error(Error::Kind::Database,
                        DatabaseText::tr("Cannot write the backup to %1: %2")
                            .arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    } catch (...) {
        workspacefiles::removeWithJournals(temp);
        throw;
    }
}

void Database::refuseOwnFile(const QString &file) const
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        if (workspacefiles::isSameFile(file, m_path + QLatin1String(suffix)))
            throw Error(Error::Kind::Usage,
                        DatabaseText::tr("%1 is the workspace or one of its own files; choose another file.")
                            .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())));
    }
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {q.lastError().text()};
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems.append(line);
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return problems << q.lastError().text();
    while (q.next())
        problems.append(DatabaseText::tr("Table %1, row %2 refers to a missing row in %3.")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return problems;
}

bool Database::isOnNetworkShare() const
{
    const QByteArray type = QStorageInfo(QFileInfo(m_path).absolutePath()).fileSystemType().toLower();
    return type.startsWith("nfs") || type == "cifs" || type == "smbfs" || type == "smb3"
        || type.startsWith("fuse.sshfs") || type == "9p";
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Database::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Database::Transaction::Transaction(const Database &db) : m_db(db)
{
    if (!m_db.connection().transaction())
        throw Error(
            Error::Kind::Database,
            DatabaseText::tr("Cannot start a transaction: %1").arg(m_db.connection().lastError().text()));
}

Database::Transaction::~Transaction()
{
    if (!m_done)
        m_db.connection().rollback();
}

void Database::Transaction::commit()
{
    if (!m_db.connection().commit())
        throw Error(
            Error::Kind::Database,
            DatabaseText::tr("Cannot save the changes: %1").arg(m_db.connection().lastError().text()));
    m_done = true;
}

} // namespace sb::core
