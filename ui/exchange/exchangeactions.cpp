// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exchangeactions.h"

#include "core/domain/error.h"
#include "core/exchange/importer.h"
#include "core/exchange/syncexport.h"
#include "core/exchange/syncimport.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/workspace.h"
#include "ui/common/workspacesession.h"
#include "ui/exchange/entitynames.h"
#include "ui/exchange/exportdialog.h"
#include "ui/exchange/importwizard.h"
#include "ui/exchange/syncconflictsdialog.h"
#include "ui/exchange/syncexportdialog.h"
#include "ui/exchange/syncimportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

#include <memory>

namespace sb::ui {

namespace {

bool confirm(const WorkspaceSession &session, const QString &title, const QString &text)
{
    if (!session.isInteractive())
        return true;
    return QMessageBox::question(session.window(), title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace

ExchangeActions::ExchangeActions(WorkspaceSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_import = new QAction(tr("&Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] { openImportWizard(); });
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::openExportDialog);
    m_undoImport = new QAction(tr("Undo &last import…"), this);
    m_undoImport->setObjectName(QStringLiteral("undoImportAction"));
    connect(m_undoImport, &QAction::triggered, this, &ExchangeActions::undoLastImport);

    m_syncExport = new QAction(tr("&Export package…"), this);
    m_syncExport->setObjectName(QStringLiteral("syncExportAction"));
    connect(m_syncExport, &QAction::triggered, this, &ExchangeActions::exportSyncPackage);
    m_syncImport = new QAction(tr("&Import package…"), this);
    m_syncImport->setObjectName(QStringLiteral("syncImportAction"));
    connect(m_syncImport, &QAction::triggered, this, &ExchangeActions::importSyncPackage);
    m_conflicts = new QAction(tr("&Conflicts…"), this);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    connect(m_conflicts, &QAction::triggered, this, &ExchangeActions::showConflicts);

    connect(&session, &WorkspaceSession::workspaceChanged, this, &ExchangeActions::updateActions);
    updateActions();
}

void ExchangeActions::fillFileMenu(QMenu *menu, QAction *before)
{
    menu->insertActions(before, {m_import, m_export, m_undoImport});
    menu->insertSeparator(before);
}

void ExchangeActions::fillSyncMenu(QMenu *menu)
{
    menu->addAction(m_syncExport);
    menu->addAction(m_syncImport);
    menu->addSeparator();
    menu->addAction(m_conflicts);
}

void ExchangeActions::updateActions()
{
    const Workspace *workspace = m_session.workspace();
    const bool open = workspace != nullptr;
    const bool writable = open && !workspace->isReadOnly();
    m_import->setEnabled(writable);
    m_undoImport->setEnabled(writable);
    m_export->setEnabled(open);
    m_syncExport->setEnabled(writable); // an export records what was sent
    m_syncImport->setEnabled(writable);
    m_conflicts->setEnabled(open);
}

QString ExchangeActions::droppableCsv(const QMimeData *mime) const
{
    const Workspace *workspace = m_session.workspace();
    if (!mime || !mime->hasUrls() || !workspace || workspace->isReadOnly())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QFileInfo info(urls.first().toLocalFile());
    const QString suffix = info.suffix().toLower();
    if (suffix != u"csv" && suffix != u"txt" && suffix != u"tsv")
        return {};
    return info.absoluteFilePath();
}

void ExchangeActions::openImportWizard(const QString &file)
{
    Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly()) {
        m_session.inform(tr("Import"), tr("Open a workspace for writing to import into it."), true);
        return;
    }
    auto *wizard = new ImportWizard(*workspace, m_session.window());
    if (!file.isEmpty())
        wizard->setFile(file);
    // Window-modal: the workspace cannot be closed under the wizard.
    m_session.openWorkspaceDialog(wizard);
}

void ExchangeActions::openExportDialog()
{
    const Workspace *workspace = m_session.workspace();
    if (!workspace)
        return;
    m_session.openWorkspaceDialog(new ExportDialog(workspace->database(), m_session.window()));
}

void ExchangeActions::undoLastImport()
{
    Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly())
        return;
    std::optional<core::ImportRun> last;
    QList<core::UndoKeptRecord> obstacles;
    try {
        last = core::undoableImport(workspace->database());
        if (last)
            obstacles = core::undoObstacles(workspace->database());
    } catch (const core::Error &e) {
        m_session.inform(tr("Undo last import"), e.message(), true);
        return;
    }
    if (!last) {
        m_session.inform(tr("Undo last import"), tr("There is no import to undo."));
        return;
    }
    const QLocale locale;
    const QString question
        = tr("Undo the import of %1 from %2 (%3)? The %4 record(s) it added are removed and the %5 it "
             "updated get their previous values back.")
              .arg(EntityNames::title(last->entity), last->fileName, last->startedAt,
                   locale.toString(last->inserted), locale.toString(last->updated));
    if (obstacles.isEmpty()) {
        if (!confirm(m_session, tr("Undo last import"), question))
            return;
    } else {
        QStringList lines;
        for (const core::UndoKeptRecord &record : std::as_const(obstacles))
            lines.append(record.text());
        QMessageBox box(QMessageBox::Warning, tr("Undo last import"),
                        question + QStringLiteral("\n\n")
                            + tr("%n record(s) changed or were used after the import. They are left as they "
                                 "are; everything else is undone.",
                                 nullptr, int(obstacles.size())),
                        QMessageBox::Cancel, m_session.window());
        box.setDetailedText(lines.join(u'\n'));
        QPushButton *undoRest = box.addButton(tr("Undo the rest"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        if (!m_session.isInteractive() || (box.exec(), box.clickedButton() != undoRest))
            return;
    }
    const core::Database &db = workspace->database();
    auto undone = std::make_shared<core::UndoImportResult>();
    const bool force = !obstacles.isEmpty();
    const TaskResult result = BackgroundJob::runWithProgress(
        m_session.window(), tr("Undoing the import…"), [&db, undone, force](const TaskProgress &) {
            const std::unique_ptr<core::Database> connection = db.openConnection();
            core::UndoImportOptions options;
            options.force = force;
            *undone = core::undoLastImport(*connection, options);
        });
    if (result.status == TaskResult::Status::Failed) {
        m_session.inform(tr("Undo last import"), result.error, true);
        return;
    }
    // The undo runs to its end once started: one transaction, no cancel point.
    for (const QString &entity : EntityNames::affected(last->entity))
        workspace->notifyChanged(entity);
    m_session.showStatus(
        undone->kept.isEmpty()
            ? tr("The import of %1 was undone.").arg(last->fileName)
            : tr("The import of %1 was undone; %n record(s) changed since were left as they are.", nullptr,
                 int(undone->kept.size()))
                  .arg(last->fileName),
        8000);
}

void ExchangeActions::exportSyncPackage()
{
    Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly())
        return;
    SyncExportDialog dialog(workspace->database(), m_session.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString dir = dialog.packageFolder();
    const core::SyncExportOptions options = dialog.options();
    const core::Database &db = workspace->database();
    auto written = std::make_shared<core::SyncExportResult>();
    const TaskResult result
        = BackgroundJob::runWithProgress(m_session.window(), tr("Writing the sync package…"),
                                         [&db, dir, options, written](const TaskProgress &) {
                                             const std::unique_ptr<core::Database> connection
                                                 = db.openConnection();
                                             *written = core::exportSyncPackage(*connection, dir, options);
                                         });
    if (result.status == TaskResult::Status::Failed) {
        m_session.inform(tr("Export sync package"), result.error, true);
        return;
    }
    // Cancel cannot stop a package half-way: report what was written.
    if (written->dir.isEmpty())
        return;
    const QLocale locale;
    m_session.inform(
        tr("Export sync package"),
        tr("Package %1 written to %2: %3 record(s), %4 of them deletions. Send the whole folder to "
           "the other office.")
            .arg(written->sequence)
            .arg(QDir::toNativeSeparators(written->dir), locale.toString(written->rows),
                 locale.toString(written->tombstones)));
}

void ExchangeActions::importSyncPackage()
{
    Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly())
        return;
    const QString dir = QFileDialog::getExistingDirectory(m_session.window(), tr("Import sync package"),
                                                          QFileInfo(workspace->path()).absolutePath());
    if (!dir.isEmpty())
        importSyncPackageFrom(dir);
}

std::optional<core::SyncImportResult> ExchangeActions::importSyncPackageFrom(const QString &dir)
{
    Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly())
        return std::nullopt;
    const core::Database &db = workspace->database();
    auto outcome = std::make_shared<core::SyncImportResult>();
    const auto runImport = [&](bool dryRun) {
        return BackgroundJob::runWithProgress(
            m_session.window(), dryRun ? tr("Checking the sync package…") : tr("Importing the sync package…"),
            [&db, dir, dryRun, outcome](const TaskProgress &progress) {
                const std::unique_ptr<core::Database> connection = db.openConnection();
                *outcome = core::importSyncPackage(*connection, dir, dryRun, progress);
            });
    };
    TaskResult result = runImport(true);
    if (result.status == TaskResult::Status::Failed) {
        m_session.inform(tr("Import sync package"), result.error, true);
        return std::nullopt;
    }
    if (result.status != TaskResult::Status::Done)
        return std::nullopt;
    if (outcome->alreadyImported) {
        m_session.inform(tr("Import sync package"), outcome->summary());
        return std::nullopt;
    }
    SyncImportDialog preview(*outcome, m_session.window());
    if (preview.exec() != QDialog::Accepted)
        return std::nullopt;
    *outcome = {};
    result = runImport(false);
    if (result.status == TaskResult::Status::Failed) {
        m_session.inform(tr("Import sync package"), result.error, true);
        return std::nullopt;
    }
    // One transaction: a cancelled import changed nothing, and Cancel pressed after the
    // commit comes too late to matter. What counts is whether it committed.
    if (!outcome->committed)
        return std::nullopt;
    workspace->notifyChanged(QStringLiteral("*"));
    QString done = outcome->summary();
    if (!outcome->warnings.isEmpty())
        done += u"\n\n" + outcome->warnings.join(u'\n');
    if (!outcome->conflicts.isEmpty())
        done += u"\n\n" + tr("Fields both offices changed are listed under Sync → Conflicts.");
    m_session.inform(tr("Import sync package"), done);
    m_session.showStatus(outcome->summary(), 8000);
    return *outcome;
}

void ExchangeActions::showConflicts()
{
    Workspace *workspace = m_session.workspace();
    if (!workspace)
        return;
    m_session.openWorkspaceDialog(new SyncConflictsDialog(workspace->database(), m_session.window()));
}

} // namespace sb::ui
