// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/workspaceactions.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/icons.h"
#include "ui/common/workspace.h"
#include "ui/common/workspacepaths.h"
#include "ui/common/workspacesession.h"
#include "ui/shell/demoworkspace.h"
#include "ui/shell/recentworkspaces.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace sb::ui {

WorkspaceActions::WorkspaceActions(WorkspaceSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_new = new QAction(icon(QStringLiteral("new-workspace")), tr("&New workspace…"), this);
    connect(m_new, &QAction::triggered, this, &WorkspaceActions::newWorkspace);
    m_open = new QAction(icon(QStringLiteral("open")), tr("&Open workspace…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &WorkspaceActions::chooseAndOpen);
    m_openDemo = new QAction(icon(QStringLiteral("demo")), tr("Open &demo workspace"), this);
    connect(m_openDemo, &QAction::triggered, this, &WorkspaceActions::openDemo);
    m_resetDemo = new QAction(tr("R&eset demo workspace…"), this);
    connect(m_resetDemo, &QAction::triggered, this, &WorkspaceActions::resetDemo);
    m_backup = new QAction(icon(QStringLiteral("backup")), tr("&Back up workspace…"), this);
    connect(m_backup, &QAction::triggered, this, &WorkspaceActions::backup);
    m_restore = new QAction(tr("&Restore from backup…"), this);
    connect(m_restore, &QAction::triggered, this, &WorkspaceActions::restore);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &WorkspaceActions::updateActions);
    updateActions();
}

void WorkspaceActions::fillFileMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    QMenu *recent = menu->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    menu->addSeparator();
    menu->addAction(m_openDemo);
    menu->addAction(m_resetDemo);
    menu->addSeparator();
    menu->addAction(m_backup);
    menu->addAction(m_restore);
    menu->addSeparator();
    m_quit = menu->addAction(tr("&Quit"), m_session.window(), &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
}

void WorkspaceActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList paths = RecentWorkspaces::list();
    int number = 1;
    for (const QString &path : paths) {
        const QString text
            = QStringLiteral("&%1 %2   (%3)")
                  .arg(number++)
                  .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path()));
        menu->addAction(text, this, [this, path] { open(path); });
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear list"), this, [] { RecentWorkspaces::clear(); });
    clear->setEnabled(!paths.isEmpty());
}

void WorkspaceActions::updateActions()
{
    const Workspace *workspace = m_session.workspace();
    m_backup->setEnabled(workspace != nullptr);
    m_restore->setEnabled(workspace != nullptr && !workspace->isReadOnly());
}

bool WorkspaceActions::confirm(const QString &title, const QString &text)
{
    if (!m_session.isInteractive())
        return true;
    return QMessageBox::question(m_session.window(), title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool WorkspaceActions::open(const QString &path)
{
    if (const Workspace *current = m_session.workspace(); current && isSameFile(current->path(), path))
        return true;
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = Workspace::open(path, core::Database::Mode::ReadWrite);
    } catch (const core::Error &e) {
        if (e.kind() != core::Error::Kind::Locked) {
            m_session.inform(tr("Cannot open the workspace"), e.message(), true);
            return false;
        }
        if (!m_session.isInteractive()) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        } else if (QMessageBox::warning(m_session.window(), tr("Workspace in use"), e.message(),
                                        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open)
                   != QMessageBox::Open) {
            return false;
        }
        try {
            workspace = Workspace::open(path, core::Database::Mode::ReadOnly);
        } catch (const core::Error &readOnlyError) {
            m_session.inform(tr("Cannot open the workspace"), readOnlyError.message(), true);
            return false;
        }
    }
    const bool demo = workspace->isDemo();
    const QStringList notices = workspace->database().notices();
    m_session.setWorkspace(std::move(workspace));
    if (!notices.isEmpty())
        m_session.showStatus(notices.join(u' '), 15000);
    if (!demo)
        RecentWorkspaces::add(path);
    return true;
}

bool WorkspaceActions::openDemo()
{
    const DemoWorkspace::Result result = DemoWorkspace::ensure(m_session.window(), demoWorkspacePath());
    if (result.outcome == DemoWorkspace::Outcome::Failed)
        m_session.inform(tr("Cannot create the demo workspace"), result.error, true);
    return result.outcome == DemoWorkspace::Outcome::Ready && open(demoWorkspacePath());
}

void WorkspaceActions::resetDemo()
{
    if (!confirm(tr("Reset demo workspace"),
                 tr("Delete the demo workspace and create it afresh? Changes made in the demo are lost.")))
        return;
    const QString path = demoWorkspacePath();
    if (const Workspace *current = m_session.workspace(); current && current->isDemo())
        m_session.setWorkspace(nullptr);
    if (!removeWorkspaceFiles(path)) {
        m_session.inform(tr("Reset demo workspace"),
                         tr("The demo workspace is in use by another program and cannot be replaced."), true);
        return;
    }
    const DemoWorkspace::Result result = DemoWorkspace::create(m_session.window(), path);
    if (result.outcome == DemoWorkspace::Outcome::Failed)
        m_session.inform(tr("Cannot create the demo workspace"), result.error, true);
    if (result.outcome == DemoWorkspace::Outcome::Ready)
        open(path);
}

void WorkspaceActions::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(
        m_session.window(), tr("New workspace"), QFileInfo(defaultWorkspacePath()).absolutePath(),
        workspaceFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".salesbench");
    if (QFileInfo::exists(path)
        && !confirm(tr("New workspace"),
                    tr("%1 already exists. Open it instead?").arg(QDir::toNativeSeparators(path))))
        return;
    open(path);
}

void WorkspaceActions::chooseAndOpen()
{
    const Workspace *current = m_session.workspace();
    const QString start = current ? QFileInfo(current->path()).absolutePath()
                                  : QFileInfo(defaultWorkspacePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_session.window(), tr("Open workspace"), start,
                                                      workspaceFileFilter());
    if (!path.isEmpty())
        open(path);
}

void WorkspaceActions::backup()
{
    const Workspace *workspace = m_session.workspace();
    if (!workspace)
        return;
    const QFileInfo info(workspace->path());
    const QString suggested = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QStringLiteral("-backup-%1.salesbench").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(m_session.window(), tr("Back up workspace"), suggested,
                                                      workspaceFileFilter());
    if (file.isEmpty())
        return;
    if (isSameFile(file, workspace->path())) {
        m_session.inform(tr("Back up workspace"), tr("Choose a file other than the workspace itself."), true);
        return;
    }
    const core::Database &db = workspace->database();
    const TaskResult result = BackgroundJob::runWithProgress(m_session.window(), tr("Writing the backup…"),
                                                             [&db, file](const TaskProgress &) {
                                                                 // The worker needs a connection of its own;
                                                                 // it shares the workspace's lock.
                                                                 db.openConnection()->backupTo(file);
                                                             });
    if (result.status == TaskResult::Status::Failed)
        m_session.inform(tr("Back up workspace"), result.error, true);
    else if (result.status == TaskResult::Status::Done)
        m_session.showStatus(tr("Backup written to %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void WorkspaceActions::restore()
{
    const Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly())
        return;
    const QString path = workspace->path();
    const QString backupFile = QFileDialog::getOpenFileName(
        m_session.window(), tr("Restore from backup"), QFileInfo(path).absolutePath(), workspaceFileFilter());
    if (backupFile.isEmpty())
        return;
    if (!confirm(
            tr("Restore from backup"),
            tr("Replace the workspace %1 with the backup %2? A copy of the workspace as it is now is kept "
               "beside it, so the restore can be undone.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backupFile))))
        return;
    restoreFrom(backupFile, path, true);
}

void WorkspaceActions::restoreFrom(const QString &backupFile, const QString &path, bool offerUndo)
{
    // Restoring needs the workspace closed (and its lock free) in this process.
    m_session.setWorkspace(nullptr);
    auto restored = std::make_shared<core::Database::RestoreResult>();
    const TaskResult result = BackgroundJob::runWithProgress(
        m_session.window(), tr("Restoring the backup…"), [backupFile, path, restored](const TaskProgress &) {
            *restored = core::Database::restore(backupFile, path);
        });
    if (result.status == TaskResult::Status::Failed)
        m_session.inform(tr("Restore from backup"), result.error, true);
    open(path);
    if (result.status != TaskResult::Status::Done)
        return;
    const QString previous = restored->previousCopy;
    const QString text
        = tr("The workspace was restored from %1. The next sync package to each office carries "
             "every record.")
              .arg(QDir::toNativeSeparators(backupFile));
    if (previous.isEmpty() || !offerUndo) {
        m_session.showStatus(text, 10000);
        return;
    }
    const QString kept = tr("The workspace as it was is kept in %1.").arg(QDir::toNativeSeparators(previous));
    if (!m_session.isInteractive()) {
        m_session.showStatus(text + u' ' + kept, 10000);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Restore from backup"), text, QMessageBox::Ok,
                    m_session.window());
    box.setInformativeText(kept);
    QPushButton *undo = box.addButton(tr("&Undo restore"), QMessageBox::ResetRole);
    box.exec();
    if (box.clickedButton() == undo)
        restoreFrom(previous, path, false);
}

} // namespace sb::ui
