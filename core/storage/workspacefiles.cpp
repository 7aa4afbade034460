// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspacefiles.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <atomic>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#endif

namespace sb::core::workspacefiles {

namespace {

/// Translations in the "sb::core::Database" context, spelled FilesText::tr() so that
/// lupdate files them under the context the program asks for.
class FilesText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Database)
};

} // namespace

QString canonicalFilePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    // A dangling symlink names the file it would create.
    if (info.isSymLink())
        return canonicalFilePath(info.symLinkTarget());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool isSameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa
    { };
    struct stat sb
    { };
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return canonicalFilePath(a) == canonicalFilePath(b);
}

void requireRegularFile(const QString &path, qint64 maxBytes, const QString &what)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        throw Error(Error::Kind::Data, FilesText::tr("%1 %2 does not exist.").arg(what, shown));
    if (!info.isFile())
        throw Error(
            Error::Kind::Data,
            FilesText::tr("%1 %2 is not a regular file (a folder, device or pipe cannot be read as one).")
                .arg(what, shown));
    if (maxBytes > 0 && info.size() > maxBytes)
        throw Error(Error::Kind::Data,
                    FilesText::tr("%1 %2 is too large: %3 bytes, at most %4 are accepted.")
                        .arg(what, shown)
                        .arg(info.size())
                        .arg(maxBytes));
}

void createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    // open(2) with the mode: the file never exists with wider permissions, whatever the umask.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw Error(Error::Kind::Database,
                    FilesText::tr("Cannot create %1: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno))));
    ::fchmod(fd, 0600);
    ::close(fd);
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw Error(
            Error::Kind::Database,
            FilesText::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

QString workInProgressName(const QString &file, const QString &tag)
{
    return file + u'.' + tag + u'-' + QString::number(QCoreApplication::applicationPid()) + u'-'
        + QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void removeWithJournals(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

QStringList removeLeftovers(const QString &file, bool lockHeld)
{
    const QFileInfo info(file);
    const QDir folder = info.absoluteDir();
    const QString base = info.fileName();
    static const QRegularExpression pattern(
        QStringLiteral("^\\.(partial|restoring)-(\\d+)-[0-9a-f]{8}(-journal|-wal|-shm)?$"));
    QStringList removed;
    const QStringList candidates
        = folder.entryList({base + QStringLiteral(".partial-*"), base + QStringLiteral(".restoring*")},
                           QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        const QString rest = name.mid(base.size());
        const QRegularExpressionMatch match = pattern.match(rest);
        // The name written before work-in-progress files carried a process id.
        const bool oldRestoring = lockHeld && (rest == u".restoring" || rest == u".restoring-journal");
        if (!oldRestoring && (!match.hasMatch() || processIsAlive(match.captured(2).toLongLong())))
            continue;
        if (QFile::remove(folder.filePath(name)))
            removed.append(folder.filePath(name));
    }
    return removed;
}

bool processIsAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // unknown: leave the file
#endif
}

std::shared_ptr<QLockFile> lockWorkspace(const QString &canonicalPath, QStringList *notices)
{
    const QString lockPath = canonicalPath + QStringLiteral(".lock");
    auto lock = std::make_shared<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        throw Error(Error::Kind::Database,
                    FilesText::tr("Cannot create the lock file beside %1; is the folder writable?")
                        .arg(QDir::toNativeSeparators(canonicalPath)));
    qint64 pid = 0;
    QString host;
    QString app;
    const bool readable = lock->getLockInfo(&pid, &host, &app);
    QString why;
    if (!readable || pid <= 0)
        why = FilesText::tr("The lock file %1 was empty or unreadable (left by a power cut or a crash); "
                            "it was taken over.")
                  .arg(QDir::toNativeSeparators(lockPath));
    else if ((host.isEmpty() || host == QSysInfo::machineHostName()) && !processIsAlive(pid))
        why = FilesText::tr("The lock file %1 named process %2, which no longer runs on this computer; "
                            "it was taken over.")
                  .arg(QDir::toNativeSeparators(lockPath))
                  .arg(pid);
    if (!why.isEmpty() && lock->removeStaleLockFile() && lock->tryLock(0)) {
        if (notices)
            notices->append(why);
        return lock;
    }
    throw Error(Error::Kind::Locked, lockHolderMessage(canonicalPath, *lock));
}

QString lockHolderMessage(const QString &path, QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    lock.getLockInfo(&pid, &host, &app);
    const QDateTime since = QFileInfo(path + QStringLiteral(".lock")).lastModified();
    return FilesText::tr("The workspace %1 is in use by %2 (process %3) on %4 since %5. "
                         "Close it there, or open the workspace read-only.")
        .arg(QDir::toNativeSeparators(path), app.isEmpty() ? FilesText::tr("another program") : app,
             QString::number(pid), host.isEmpty() ? FilesText::tr("an unknown host") : host,
             since.toString(Qt::ISODate));
}

namespace {

QString nextSideConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("salesbench-side-%1").arg(counter.fetch_add(1));
}

} // namespace

SideConnection::SideConnection(const QString &path, bool readOnly) : m_name(nextSideConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_db.open();
}

SideConnection::~SideConnection()
{
    close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SideConnection::errorText() const
{
    return m_db.lastError().text();
}

QVariant SideConnection::value(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void SideConnection::close()
{
    if (m_db.isOpen())
        m_db.close();
}

} // namespace sb::core::workspacefiles
