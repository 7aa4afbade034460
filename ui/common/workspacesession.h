// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QDialog;
class QUndoStack;
class QWidget;

namespace sb::ui {

class Workspace;

/// The open workspace as the window's commands see it: the workspace itself,
/// its undo history, the widget dialogs open over, and the ways to tell the
/// user something. Menus and their actions (File, Sync) work through it rather
/// than through the main window, which listens to its signals.
class WorkspaceSession final : public QObject
{
    Q_OBJECT

public:
    /// `window` is the parent of the dialogs the commands open.
    explicit WorkspaceSession(QWidget *window);
    ~WorkspaceSession() override;

    /// The open workspace, or nullptr.
    Workspace *workspace() const { return m_workspace.get(); }
    /// Replaces the open workspace (nullptr closes it): listeners drop what reads the
    /// old one on workspaceAboutToChange(), the undo history is cleared, then
    /// workspaceChanged() is emitted.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    QUndoStack *undoStack() const { return m_undoStack; }
    QWidget *window() const { return m_window; }

    /// When false (screenshots, tests), messages are printed instead of shown in
    /// message boxes, and a locked workspace is opened read-only without asking.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    /// Shows a message to the user, or prints it when not interactive.
    void inform(const QString &title, const QString &text, bool isError = false);
    /// A passing note in the window's status bar, for `timeoutMs` milliseconds.
    void showStatus(const QString &text, int timeoutMs);

    /// Opens `dialog` window-modal, to be deleted when it closes, as a dialog that
    /// reads the open workspace: it is also deleted before the workspace is
    /// replaced or closed, and before the window goes (closeWorkspaceDialogs()).
    void openWorkspaceDialog(QDialog *dialog);
    /// Deletes the dialogs opened with openWorkspaceDialog() that are still open.
    void closeWorkspaceDialogs();

signals:
    /// The open workspace is about to be replaced or closed: let go of everything that reads it.
    void workspaceAboutToChange();
    /// A workspace was opened or closed.
    void workspaceChanged();
    void statusRequested(const QString &text, int timeoutMs);

private:
    QPointer<QWidget> m_window;
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    QList<QPointer<QDialog>> m_dialogs;
    bool m_interactive = true;
};

} // namespace sb::ui
