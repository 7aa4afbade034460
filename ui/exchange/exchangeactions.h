// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncimport.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QMimeData;

namespace sb::ui {

class WorkspaceSession;

/// The exchange commands of the main window: File → Import from CSV, Export,
/// Undo last import, and the Sync menu (packages between offices, conflicts).
/// Also decides whether a drop on the window is a CSV file to import.
class ExchangeActions final : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(WorkspaceSession &session, QObject *parent);

    /// Adds the import and export actions to the File menu, before `before` (or at the end).
    void fillFileMenu(QMenu *menu, QAction *before = nullptr);
    void fillSyncMenu(QMenu *menu);

    /// Opens the import wizard, with `file` filled in when given.
    void openImportWizard(const QString &file = {});
    void openExportDialog();
    void undoLastImport();
    void exportSyncPackage();
    /// Asks for a package folder and imports it (importSyncPackageFrom()).
    void importSyncPackage();
    /// Checks the package in `dir` with a dry run, shows what it would change
    /// (SyncImportDialog) and imports it when the user agrees, with progress and
    /// Cancel. Returns the import's result, or nullopt when nothing was imported.
    std::optional<core::SyncImportResult> importSyncPackageFrom(const QString &dir);
    void showConflicts();

    /// The CSV file a drag carries, or empty when it carries none (or nothing can be imported now).
    QString droppableCsv(const QMimeData *mime) const;

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *undoImportAction() const { return m_undoImport; }

private:
    void updateActions();

    WorkspaceSession &m_session;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_undoImport = nullptr;
    QAction *m_syncExport = nullptr;
    QAction *m_syncImport = nullptr;
    QAction *m_conflicts = nullptr;
};

} // namespace sb::ui
