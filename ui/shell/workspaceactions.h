// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace sb::ui {

class WorkspaceSession;

/// The File menu's work: open, create and reset workspaces (the demo too),
/// recent workspaces, backup and restore. It hands open workspaces to the window.
class WorkspaceActions final : public QObject
{
    Q_OBJECT

public:
    WorkspaceActions(WorkspaceSession &session, QObject *parent);

    void fillFileMenu(QMenu *menu);

    /// Opens a workspace file read-write; when another process holds it, offers
    /// read-only (or takes it without asking when the window is not interactive).
    bool open(const QString &path);
    /// Opens the demo workspace, generating it first when missing.
    bool openDemo();
    /// Asks, then deletes the demo workspace and generates a new one.
    void resetDemo();
    void newWorkspace();
    void chooseAndOpen();
    void backup();
    void restore();
    /// Restores `backupFile` over the workspace at `path`; offers to undo it when `offerUndo`.
    void restoreFrom(const QString &backupFile, const QString &path, bool offerUndo);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openDemoAction() const { return m_openDemo; }
    /// File → Quit, the last item of the File menu (other commands are inserted before it).
    QAction *quitAction() const { return m_quit; }

private:
    void fillRecentMenu(QMenu *menu);
    bool confirm(const QString &title, const QString &text);
    void updateActions();

    WorkspaceSession &m_session;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_resetDemo = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace sb::ui
