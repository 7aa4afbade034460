// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

/// The files around a workspace and the checks every command that replaces,
/// copies or reads one needs: which real file a path names (symlinks, `..`,
/// bind mounts), whether two paths are the same file, inputs that must be
/// regular files of a sane size, files created private (0600) from the start,
/// and leftovers of killed backups and restores.
namespace sb::core::workspacefiles {

/// The real file `path` names: symlinks and `..` resolved, also for a file that
/// does not exist yet (through its folder).
QString canonicalFilePath(const QString &path);

/// True when both paths name the same file: same device and inode when both
/// exist (symlinks, hard links and bind mounts included), else the same canonical path.
bool isSameFile(const QString &a, const QString &b);

/// Throws Error::Data unless `path` (after symlinks) is a regular file of at most
/// `maxBytes` bytes (0: no limit): a FIFO, a device such as /dev/zero or a folder
/// would hang or exhaust memory. `what` names the file in the message ("The backup").
void requireRegularFile(const QString &path, qint64 maxBytes, const QString &what);

/// Creates an empty file readable and writable by its owner only (0600), whatever
/// the umask; fails when it exists. Throws Error::Database.
void createPrivateFile(const QString &path);

/// A new name beside `file` for work in progress: "<file>.<tag>-<pid>-<random>".
/// The process id lets a later run tell a leftover of a dead process from work
/// another program is doing right now.
QString workInProgressName(const QString &file, const QString &tag);

/// Removes `path` and the journal files SQLite may have left beside it.
void removeWithJournals(const QString &path);

/// Removes work-in-progress files of `file` ("<file>.partial-…", "<file>.restoring-…"
/// and their journals) left by processes that no longer run and, when `lockHeld`
/// (nobody else can be restoring it), the "<file>.restoring" older versions left.
/// Returns the names removed.
QStringList removeLeftovers(const QString &file, bool lockHeld = true);

/// True when a process with this id runs on this machine.
bool processIsAlive(qint64 pid);

/// Takes the lock of the workspace whose real file is `canonicalPath` (the lock file
/// sits beside the real file, so every path to it meets the same lock). A lock file
/// that is empty or unreadable (a power cut while it was written), or that names a
/// process of this machine that no longer runs, is taken over and a sentence saying
/// so is appended to `notices`. Throws Error::Locked naming the holder otherwise.
std::shared_ptr<QLockFile> lockWorkspace(const QString &canonicalPath, QStringList *notices);

/// The message for a workspace another process holds.
QString lockHolderMessage(const QString &path, QLockFile &lock);

/// A short-lived connection to a database file other than the open workspace (a
/// backup being checked, a copy being migrated); removed with the object.
class SideConnection final
{
public:
    SideConnection(const QString &path, bool readOnly);
    ~SideConnection();
    SideConnection(const SideConnection &) = delete;
    SideConnection &operator=(const SideConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    /// Why it did not open.
    QString errorText() const;
    QSqlDatabase &db() { return m_db; }
    /// The first value of a statement without parameters, or an invalid QVariant.
    QVariant value(const QString &sql);
    /// Closes it (SQLite checkpoints and removes a WAL when the last connection closes).
    void close();

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace sb::core::workspacefiles
