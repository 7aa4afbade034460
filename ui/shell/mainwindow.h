// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/pageregistry.h"
#include "ui/shell/builtinpages.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace sb::ui {

class ExchangeActions;
class HistoryDialog;
class Page;
class Workspace;
class WorkspaceActions;
class WorkspaceSession;

/// The application window: navigation list, the current page, menus and a
/// status bar that tells which workspace is open and how.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PageRegistry pages = builtinPages(), QWidget *parent = nullptr);
    ~MainWindow() override;

    /// When false (screenshots, tests), problems are printed instead of shown in
    /// message boxes, and a locked workspace is opened read-only without asking.
    void setInteractive(bool interactive);
    bool isInteractive() const;
    /// When false, closing the window does not save its geometry (screenshots).
    void setPersistState(bool persist) { m_persistState = persist; }
    void restoreWindowState();

    /// Opens a workspace file, offering read-only when another process holds it.
    bool openWorkspace(const QString &path);
    /// Opens the demo workspace, generating it first when missing.
    bool openDemoWorkspace();
    /// Replaces the open workspace (nullptr closes it). Pages are rebuilt and the undo history cleared.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace *workspace() const;
    QUndoStack *undoStack() const;
    /// The workspace, its undo history and the messages, as the window's commands use them.
    WorkspaceSession *session() const { return m_session; }
    /// Import, export and office sync commands (File and Sync menus).
    ExchangeActions *exchangeActions() const { return m_exchange; }

    const PageRegistry &pages() const { return m_registry; }
    /// Shows the page with this --page name; false when there is none.
    bool showPage(const QString &name);
    QString currentPageName() const;
    /// The page with this name if it has been created, else nullptr.
    Page *page(const QString &name) const { return m_pages.value(name); }
    /// The page on screen, or nullptr while no workspace is open.
    Page *currentPage() const;

    /// Shows a message to the user, or prints it when not interactive.
    void inform(const QString &title, const QString &text, bool isError = false);
    /// Opens (or raises) the change history of the whole workspace (View → Change history).
    HistoryDialog *showHistory();
    /// Opens the change history of some records (a page asked for it, e.g. Orders → History).
    HistoryDialog *showRecordHistory(const QStringList &recordIds, const QString &description);

signals:
    /// A workspace was opened or closed.
    void workspaceChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A CSV file dropped on the window opens the import wizard with it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildCentralArea();
    void buildMenus();
    void buildStatusBar();
    void clearPages();
    void updateWorkspaceState();
    void updateSummary();
    void showAbout();

    PageRegistry m_registry;
    WorkspaceSession *m_session;
    QString m_pageToRestore; ///< the page shown before the workspace was replaced
    WorkspaceActions *m_actions = nullptr;
    ExchangeActions *m_exchange = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QHash<QString, Page *> m_pages;
    QActionGroup *m_pageActions = nullptr;
    QAction *m_historyAction = nullptr;
    QMenu *m_settingsMenu = nullptr; ///< the workspace's sales settings (lost reasons, lead model …)
    QPointer<HistoryDialog> m_history;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_networkLabel = nullptr;
    bool m_persistState = true;
};

} // namespace sb::ui
