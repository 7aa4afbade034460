// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspacesession.h"

#include "ui/common/workspace.h"

#include <QDialog>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

#include <cstdio>
#include <utility>

namespace sb::ui {

WorkspaceSession::WorkspaceSession(QWidget *window)
    : QObject(window), m_window(window), m_undoStack(new QUndoStack(this))
{
}

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_undoStack->clear();
    closeWorkspaceDialogs();
    emit workspaceAboutToChange();
    m_workspace = std::move(workspace);
    if (m_workspace) {
        connect(
            m_workspace.get(), &Workspace::errorReported, this,
            [this](const QString &message) { inform(tr("SalesBench"), message, true); },
            Qt::QueuedConnection);
    }
    emit workspaceChanged();
}

void WorkspaceSession::inform(const QString &title, const QString &text, bool isError)
{
    if (!m_interactive) {
        std::fprintf(stderr, "%s\n", qPrintable(text));
        return;
    }
    if (isError)
        QMessageBox::warning(m_window, title, text);
    else
        QMessageBox::information(m_window, title, text);
}

void WorkspaceSession::openWorkspaceDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->open();
}

void WorkspaceSession::closeWorkspaceDialogs()
{
    const QList<QPointer<QDialog>> dialogs = std::exchange(m_dialogs, {});
    for (const QPointer<QDialog> &dialog : dialogs)
        delete dialog.data();
}

void WorkspaceSession::showStatus(const QString &text, int timeoutMs)
{
    emit statusRequested(text, timeoutMs);
}

} // namespace sb::ui
