// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/workspacefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Database" context, spelled RestoreText::tr() so that
/// lupdate files them under the context the program asks for.
class RestoreText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Database)
};

/// 'SBWS' in the SQLite header of every workspace since schema version 6.
constexpr qint64 ApplicationId = 0x53425753;

/// Tables every SalesBench workspace has had since schema version 1.
const QStringList &signatureTables()
{
    static const QStringList tables
        = {QStringLiteral("settings"),      QStringLiteral("teams"),      QStringLiteral("reps"),
           QStringLiteral("customers"),     QStringLiteral("contacts"),   QStringLiteral("products"),
           QStringLiteral("opportunities"), QStringLiteral("orders"),     QStringLiteral("order_lines"),
           QStringLiteral("audit_log"),     QStringLiteral("sync_peers"), QStringLiteral("import_runs"),
           QStringLiteral("import_changes")};
    return tables;
}

/// Why the open database is not a SalesBench workspace, or an empty string.
QString notAWorkspace(workspacefiles::SideConnection &db)
{
    const qint64 applicationId = db.value(QStringLiteral("PRAGMA application_id")).toLongLong();
    if (applicationId != 0 && applicationId != ApplicationId)
        return RestoreText::tr("it belongs to another program (application id %1)").arg(applicationId);
    QSqlQuery q(db.db());
    QStringList present;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (q.next())
            present.append(q.value(0).toString());
    }
    for (const QString &table : signatureTables()) {
        if (!present.contains(table))
            return RestoreText::tr("it has no %1 table").arg(table);
    }
    QSqlQuery office(db.db());
    if (!office.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'office_id'")) || !office.next()
        || office.value(0).toString().isEmpty())
        return RestoreText::tr("it has no office id");
    return {};
}

/// Sync counters of a workspace: package numbers must never repeat, also after a restore.
struct SyncCounters
{
    qint64 sequence = 0;
    QHash<QString, qint64> lastSent;
};

SyncCounters readCounters(workspacefiles::SideConnection &db)
{
    SyncCounters counters;
    counters.sequence
        = db.value(QStringLiteral("SELECT value FROM settings WHERE key = 'sync_sequence'")).toLongLong();
    QSqlQuery q(db.db());
    if (q.exec(QStringLiteral("SELECT office_id, last_sent_seq FROM sync_peers"))) {
        while (q.next())
            counters.lastSent.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counters;
}

void exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        throw Error(Error::Kind::Database, RestoreText::tr("Cannot %1: %2").arg(what, q.lastError().text()));
}

/// Carries the higher package numbers into the restored copy, and makes its next
/// package to every office carry every record: the other offices may hold newer
/// states of records than the backup, and must follow the restored ones.
void carryCounters(workspacefiles::SideConnection &copy, const SyncCounters &current)
{
    const SyncCounters restored = readCounters(copy);
    QSqlDatabase &db = copy.db();
    if (!db.transaction())
        throw Error(Error::Kind::Database, db.lastError().text());
    const QString what = RestoreText::tr("carry the sync package numbers over");
    if (current.sequence > restored.sequence) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('sync_sequence', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(current.sequence));
        exec(q, what);
    }
    for (auto it = current.lastSent.cbegin(); it != current.lastSent.cend(); ++it) {
        if (it.value() <= restored.lastSent.value(it.key(), 0))
            continue;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO sync_peers (office_id, last_sent_seq) VALUES (?, ?) "
                           "ON CONFLICT (office_id) DO UPDATE SET last_sent_seq = excluded.last_sent_seq"));
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        exec(q, what);
    }
    QSqlQuery shadow(db);
    shadow.prepare(QStringLiteral(
        "UPDATE sync_shadow SET known_version = NULL, known_updated_at = NULL, known_office = NULL"));
    exec(shadow, what);
    QSqlQuery stamp(db);
    stamp.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('restored_at', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    stamp.addBindValue(Database::nowUtc());
    exec(stamp, what);
    if (!db.commit())
        throw Error(Error::Kind::Database, db.lastError().text());
}

/// "<name>.before-restore-<UTC time>.<suffix>" beside the workspace, not yet taken
/// (the suffix stays last, so the file dialogs' filters show it).
QString previousCopyName(const QString &workspace)
{
    const QFileInfo info(workspace);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stem
        = info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".before-restore-") + stamp;
    QString name = stem + suffix;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = stem + QStringLiteral("-%1").arg(n) + suffix;
    return name;
}

/// Keeps what the workspace holds before it is replaced: a checked VACUUM INTO copy
/// (which takes in a WAL that was never checkpointed), or, when the file cannot be read
/// as a database (that may be why it is restored), the bytes of the file and its WAL.
QString keepPrevious(const QString &workspace, SyncCounters &counters)
{
    const QString kept = previousCopyName(workspace);
    workspacefiles::createPrivateFile(kept);
    bool copied = false;
    {
        workspacefiles::SideConnection current(workspace, false);
        if (current.isOpen() && current.value(QStringLiteral("PRAGMA quick_check")).toString() == u"ok") {
            counters = readCounters(current);
            QSqlQuery q(current.db());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(kept);
            copied = q.exec();
        }
        current.close(); // the last connection: SQLite checkpoints and removes the WAL
    }
    if (!copied) {
        QFile::remove(kept);
        for (const char *suffix : {"", "-wal"}) {
            const QString from = workspace + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::copy(from, kept + QLatin1String(suffix))) {
                workspacefiles::removeWithJournals(kept);
                throw Error(Error::Kind::Database,
                            RestoreText::tr("Cannot keep a copy of the workspace %1 before replacing it; "
                                            "nothing was changed.")
                                .arg(QDir::toNativeSeparators(workspace)));
            }
            QFile::setPermissions(kept + QLatin1String(suffix),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    return kept;
}

} // namespace

Database::RestoreResult Database::restore(const QString &backupFile, const QString &workspacePath)
{
    // A backup is a whole workspace: no size cap beyond the disk, but it must be a regular file.
    workspacefiles::requireRegularFile(backupFile, 0, RestoreText::tr("The backup"));
    const QString workspace = workspacefiles::canonicalFilePath(workspacePath);
    if (workspacefiles::isSameFile(backupFile, workspace))
        throw Error(Error::Kind::Usage, RestoreText::tr("The backup file cannot be the workspace itself."));
    const QString shownBackup = QDir::toNativeSeparators(QFileInfo(backupFile).absoluteFilePath());
    if (!QDir().mkpath(QFileInfo(workspace).absolutePath()))
        throw Error(Error::Kind::Database,
                    RestoreText::tr("Cannot create the folder %1.").arg(QFileInfo(workspace).absolutePath()));
    const auto lock = workspacefiles::lockWorkspace(workspace, nullptr);
    workspacefiles::removeLeftovers(workspace);

    const bool workspaceExists = QFileInfo::exists(workspace);
    const qint64 needed = QFileInfo(backupFile).size() + (workspaceExists ? QFileInfo(workspace).size() : 0);
    const QStorageInfo disk(QFileInfo(workspace).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed)
        throw Error(
            Error::Kind::Database,
            RestoreText::tr("Not enough free space beside the workspace to restore %1 (%2 bytes needed "
                            "for the restored copy and the copy of the current workspace).")
                .arg(shownBackup)
                .arg(needed));

    RestoreResult result;
    result.workspace = workspace;
    const QString staged = workspacefiles::workInProgressName(workspace, QStringLiteral("restoring"));
    workspacefiles::createPrivateFile(staged);
    QString kept;
    try {
        // 1. Check the backup and copy it beside the workspace; nothing else is touched yet.
        {
            workspacefiles::SideConnection source(backupFile, true);
            if (!source.isOpen())
                throw Error(Error::Kind::Data,
                            RestoreText::tr("%1 is not a usable SalesBench backup (%2).")
                                .arg(shownBackup, source.errorText()));
            const QVariant verdict = source.value(QStringLiteral("PRAGMA integrity_check"));
            if (!verdict.isValid())
                throw Error(Error::Kind::Data,
                            RestoreText::tr("%1 is not a usable SalesBench backup (not a database).")
                                .arg(shownBackup));
            if (verdict.toString() != u"ok")
                throw Error(Error::Kind::Data,
                            RestoreText::tr("%1 is not a usable SalesBench backup (%2).")
                                .arg(shownBackup, verdict.toString()));
            const QString why = notAWorkspace(source);
            if (!why.isEmpty())
                throw Error(Error::Kind::Data,
                            RestoreText::tr("%1 is not a SalesBench workspace: %2. Nothing was changed.")
                                .arg(shownBackup, why));
            result.backupVersion = source.value(QStringLiteral("PRAGMA user_version")).toInt();
            if (result.backupVersion < 1)
                throw Error(Error::Kind::Data,
                            RestoreText::tr("%1 is not a SalesBench workspace: it has no schema version.")
                                .arg(shownBackup));
            if (result.backupVersion > migrations::latestVersion())
                throw Error(
                    Error::Kind::Data,
                    RestoreText::tr("The backup %1 was written by a newer SalesBench.").arg(shownBackup));
            QSqlQuery copy(source.db());
            copy.prepare(QStringLiteral("VACUUM INTO ?"));
            copy.addBindValue(staged);
            if (!copy.exec())
                throw Error(Error::Kind::Database,
                            RestoreText::tr("Cannot copy the backup %1: %2")
                                .arg(shownBackup, copy.lastError().text()));
        }
        // 2. Bring the copy up to date and check it again.
        {
            workspacefiles::SideConnection copy(staged, false);
            if (!copy.isOpen())
                throw Error(Error::Kind::Database, copy.errorText());
            try {
                migrations::migrate(copy.db());
            } catch (const Error &e) {
                throw Error(
                    Error::Kind::Data,
                    RestoreText::tr("The backup %1 cannot be brought up to date (%2). Nothing was changed.")
                        .arg(shownBackup, e.message()));
            }
            const QString verdict = copy.value(QStringLiteral("PRAGMA integrity_check")).toString();
            if (verdict != u"ok")
                throw Error(
                    Error::Kind::Data,
                    RestoreText::tr("%1 is not a usable SalesBench backup (%2).").arg(shownBackup, verdict));
        }
        // 3. Keep what the workspace holds now, and carry its package numbers over.
        SyncCounters counters;
        if (workspaceExists && QFileInfo(workspace).size() > 0)
            kept = keepPrevious(workspace, counters);
        {
            workspacefiles::SideConnection copy(staged, false);
            carryCounters(copy, counters);
        }
        // 4. Swap. The old WAL belongs to the old file: it goes first (its content is in `kept`).
        QFile::remove(workspace + QStringLiteral("-wal"));
        QFile::remove(workspace + QStringLiteral("-shm"));
        if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(workspace).constData()) != 0)
            throw Error(
                Error::Kind::Database,
                RestoreText::tr("Cannot replace the workspace %1: %2")
                    .arg(QDir::toNativeSeparators(workspace), QString::fromLocal8Bit(std::strerror(errno))));
    } catch (...) {
        workspacefiles::removeWithJournals(staged);
        if (!kept.isEmpty())
            workspacefiles::removeWithJournals(kept); // the workspace was not replaced
        throw;
    }
    result.previousCopy = kept;
    return result;
}

} // namespace sb::core
