// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace sb::core::privatefiles {

namespace {
void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

#ifdef Q_OS_UNIX
QString systemError(int code)
{
    return qt_error_string(code);
}
#endif

// Makes one folder whose parent exists: 0700 from mkdir itself. One made meanwhile by
// another process is fine.
bool makeOneDir(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    if (::mkdir(QFile::encodeName(path).constData(), 0700) == 0)
        return true;
    const int code = errno;
    if (code == EEXIST && QFileInfo(path).isDir())
        return true;
    setError(error, systemError(code));
    return false;
#else
    if (QDir().mkdir(path, FolderPermissions) || QFileInfo(path).isDir())
        return true;
    setError(error, QStringLiteral("mkdir failed"));
    return false;
#endif
}
} // namespace

bool open(QFileDevice &file, QIODevice::OpenMode mode)
{
    return file.open(mode) && restrictToOwner(file);
}

bool restrictToOwner(QFileDevice &file)
{
    return file.setPermissions(FilePermissions);
}

bool restrictToOwner(const QString &path, QString *error)
{
    const bool folder = QFileInfo(path).isDir();
#ifdef Q_OS_UNIX
    if (::chmod(QFile::encodeName(path).constData(), folder ? 0700 : 0600) == 0)
        return true;
    setError(error, systemError(errno));
    return false;
#else
    QFile file(path);
    if (file.setPermissions(folder ? FolderPermissions : FilePermissions))
        return true;
    setError(error, file.errorString());
    return false;
#endif
}

bool createFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    // The mode given to open(2) is the file's from its first moment (a umask only narrows it).
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        setError(error, systemError(errno));
        return false;
    }
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FilePermissions))
        return true;
    setError(error, file.errorString());
    return false;
#endif
}

bool makePrivateDir(const QString &path, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders, outermost first; the ones that exist are left as they are.
    QStringList missing;
    for (QString current = absolute; !QFileInfo::exists(current);) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!makeOneDir(folder, error))
            return false;
    }
    if (QFileInfo(absolute).isDir())
        return true;
#ifdef Q_OS_UNIX
    setError(error, systemError(ENOTDIR));
#else
    setError(error, QStringLiteral("not a folder"));
#endif
    return false;
}

} // namespace sb::core::privatefiles
