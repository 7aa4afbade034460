// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::ui {

/// The workspace a new user gets: AppDataLocation/workspace.salesbench.
QString defaultWorkspacePath();
/// The trainer demo workspace, kept apart from real data: AppDataLocation/demo/demo.salesbench.
QString demoWorkspacePath();
/// True when both paths name the same file.
bool isSameFile(const QString &a, const QString &b);
/// The file name filter for workspace dialogs.
QString workspaceFileFilter();
/// Removes a workspace file with its WAL and shared-memory companions; false when
/// another process holds it or the file cannot be removed.
bool removeWorkspaceFiles(const QString &path);

} // namespace sb::ui
