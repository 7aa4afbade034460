// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspacepaths.h"

#include "core/storage/workspacefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace sb::ui {

QString defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.salesbench");
}

QString demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo/demo.salesbench");
}

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return core::workspacefiles::isSameFile(a, b);
}

QString workspaceFileFilter()
{
    return QCoreApplication::translate("sb::ui::WorkspacePaths",
                                       "SalesBench workspaces (*.salesbench);;All files (*)");
}

bool removeWorkspaceFiles(const QString &path)
{
    // Holding the lock while deleting keeps us from pulling the file from under another process.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return !QFileInfo::exists(path) || QFile::remove(path);
}

} // namespace sb::ui
