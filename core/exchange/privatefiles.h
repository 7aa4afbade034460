// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>

/// Files that hold personal data (exports, reports, backups, sync packages) are readable
/// by their owner only, whatever the umask: 0600 for files and 0700 for the folders
/// made for them, from the moment they exist rather than chmod'ed once the data is in.
/// The functions return false on failure and put the system's reason into `error`
/// (e.g. "No space left on device"); callers name the file in their own message.
namespace sb::core::privatefiles {

/// 0600.
inline constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
/// 0700.
inline constexpr QFileDevice::Permissions FolderPermissions = FilePermissions | QFileDevice::ExeOwner;

/// Opens `file` (a QSaveFile or QFile) with `mode` and limits it to its owner before the
/// first byte is written. On failure file.errorString() says why and nothing may be
/// written; a QSaveFile drops its temporary file when destroyed without commit().
bool open(QFileDevice &file, QIODevice::OpenMode mode = QIODevice::WriteOnly);

/// Limits an open file to its owner, through its descriptor; a QSaveFile's temporary file.
bool restrictToOwner(QFileDevice &file);

/// Limits the existing file (0600) or folder (0700) at `path` to its owner.
bool restrictToOwner(const QString &path, QString *error = nullptr);

/// Creates the empty file `path` with 0600 (fails when it exists), for writers that then
/// open it by name themselves (libxlsxwriter, SQLite's VACUUM INTO): they keep the mode.
bool createFile(const QString &path, QString *error = nullptr);

/// Creates the folder `path` and its missing parents, each made 0700 by mkdir itself.
/// Folders that already exist keep their permissions (the user chose them). True when
/// `path` is a folder afterwards.
bool makePrivateDir(const QString &path, QString *error = nullptr);

} // namespace sb::core::privatefiles
