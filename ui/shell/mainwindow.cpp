// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "core/domain/error.h"
#include "ui/common/icons.h"
#include "ui/common/page.h"
#include "ui/common/settingvalue.h"
#include "ui/common/workspace.h"
#include "ui/common/workspacesession.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/funnel/stageprobabilitiesdialog.h"
#include "ui/history/historydialog.h"
#include "ui/opportunities/leadscoringdialog.h"
#include "ui/opportunities/lostreasonseditor.h"
#include "ui/shell/language.h"
#include "ui/shell/welcomepanel.h"
#include "ui/shell/workspaceactions.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

#include <cstdio>

namespace sb::ui {

namespace {

const SettingValue<QByteArray> geometrySetting(QStringLiteral("mainwindow/geometry"));
const SettingValue<QByteArray> stateSetting(QStringLiteral("mainwindow/state"));
const SettingValue<QString> pageSetting(QStringLiteral("mainwindow/page"));

constexpr int pageNameRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(PageRegistry pages, QWidget *parent)
    : QMainWindow(parent), m_registry(std::move(pages)), m_session(new WorkspaceSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(QStringLiteral("salesbench")));
    connect(m_session, &WorkspaceSession::workspaceAboutToChange, this, [this] {
        m_pageToRestore = currentPageName();
        delete m_history; // it reads the workspace that is going away
        clearPages();
    });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        updateWorkspaceState();
        emit workspaceChanged();
        if (m_session->workspace())
            showPage(m_pageToRestore.isEmpty() && !m_registry.pages().isEmpty()
                         ? m_registry.pages().first().name
                         : m_pageToRestore);
    });
    connect(m_session, &WorkspaceSession::statusRequested, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    m_actions = new WorkspaceActions(*m_session, this);
    m_exchange = new ExchangeActions(*m_session, this);
    setAcceptDrops(true);
    buildCentralArea();
    buildMenus();
    buildStatusBar();
    updateWorkspaceState();
    resize(1200, 760);
}

// Pages hold references to the workspace and the undo stack: destroy them first.
MainWindow::~MainWindow()
{
    m_session->closeWorkspaceDialogs();
    delete m_history;
    clearPages();
    m_session->undoStack()->clear();
}

void MainWindow::setInteractive(bool interactive)
{
    m_session->setInteractive(interactive);
}

bool MainWindow::isInteractive() const
{
    return m_session->isInteractive();
}

Workspace *MainWindow::workspace() const
{
    return m_session->workspace();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_session->undoStack();
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(geometrySetting.get());
    restoreState(stateSetting.get());
    const QString last = pageSetting.get();
    if (m_registry.find(last))
        showPage(last);
}

void MainWindow::buildCentralArea()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(1);
    m_navigation->setFixedWidth(190);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(alternate-base); padding-top: 10px;"
        " border-right: 1px solid palette(midlight); }"
        "QListWidget#navigation::item { padding: 7px 10px; border-radius: 4px; margin: 0 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    for (const PageDescriptor &page : m_registry.pages()) {
        auto *item = new QListWidgetItem(icon(page.icon), page.title(), m_navigation);
        item->setData(pageNameRole, page.name);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(m_navigation->item(row)->data(pageNameRole).toString());
    });

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePanel(m_actions, m_stack);
    m_stack->addWidget(m_welcome);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions->fillFileMenu(file);
    m_exchange->fillFileMenu(file, m_actions->quitAction());

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon(QStringLiteral("undo")));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(icon(QStringLiteral("redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Settings the workspace keeps for everyone working in it.
    m_settingsMenu = edit->addMenu(tr("Sales se&ttings"));
    m_settingsMenu->setObjectName(QStringLiteral("salesSettings"));
    const auto openDialog = [this](auto make) {
        return [this, make] {
            if (!m_session->workspace())
                return;
            m_session->openWorkspaceDialog(make(*m_session->workspace()));
        };
    };
    m_settingsMenu->addAction(tr("Lost &reasons…"), this, openDialog([this](Workspace &w) -> QDialog * {
                                  return new LostReasonsEditor(w, this);
                              }));
    m_settingsMenu->addAction(tr("Lead &scoring model…"), this, openDialog([this](Workspace &w) -> QDialog * {
                                  return new LeadScoringDialog(w, this);
                              }));
    m_settingsMenu->addAction(
        tr("Stage &probabilities…"), this,
        openDialog([this](Workspace &w) -> QDialog * { return new StageProbabilitiesDialog(w, this); }));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    int number = 1;
    for (const PageDescriptor &page : m_registry.pages()) {
        QAction *action = view->addAction(icon(page.icon), page.title());
        action->setCheckable(true);
        action->setData(page.name);
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = page.name] { showPage(name); });
    }
    view->addSeparator();
    m_historyAction = view->addAction(tr("Change &history…"), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("showHistory"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_historyAction->setToolTip(tr("Who changed what and when, for every record of the workspace"));
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString preferred = Language::preference();
    QStringList choices = {QString()};
    choices += Language::available();
    for (const QString &code : choices) {
        QAction *action
            = language->addAction(code.isEmpty() ? tr("System default") : Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == preferred
                           || (code.isEmpty() && !Language::available().contains(preferred)));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::setPreference(code);
            inform(tr("Language"), tr("The new language is used the next time SalesBench starts."));
        });
    }

    m_exchange->fillSyncMenu(menuBar()->addMenu(tr("&Sync")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(windowIcon(), tr("&About SalesBench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("workspacePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_networkLabel = new QLabel(this);
    m_networkLabel->setObjectName(QStringLiteral("networkWarning"));
    m_networkLabel->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: 600;"));
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnly"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #c62828; font-weight: 600;"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("recordCount"));
    m_officeLabel = new QLabel(this);
    m_officeLabel->setObjectName(QStringLiteral("officeId"));
    for (QLabel *label : {m_pathLabel, m_networkLabel, m_readOnlyLabel, m_summaryLabel, m_officeLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_officeLabel);
}

bool MainWindow::openWorkspace(const QString &path)
{
    return m_actions->open(path);
}

bool MainWindow::openDemoWorkspace()
{
    return m_actions->openDemo();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_session->setWorkspace(std::move(workspace));
}

void MainWindow::clearPages()
{
    for (Page *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
}

bool MainWindow::showPage(const QString &name)
{
    const PageDescriptor *descriptor = m_registry.find(name);
    if (!descriptor)
        return false;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(m_registry.names().indexOf(name)));
    }
    for (QAction *action : m_pageActions->actions())
        action->setChecked(action->data().toString() == name);
    if (!m_session->workspace()) {
        m_stack->setCurrentWidget(m_welcome);
        return true;
    }
    Page *page = m_pages.value(name);
    if (!page) {
        page = descriptor->create(PageContext{m_session->workspace(), m_session->undoStack()}, m_stack);
        m_pages.insert(name, page);
        m_stack->addWidget(page);
        connect(page, &Page::summaryChanged, this, &MainWindow::updateSummary);
        connect(page, &Page::historyRequested, this, &MainWindow::showRecordHistory);
    }
    m_stack->setCurrentWidget(page);
    page->activate();
    updateSummary();
    return true;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

QString MainWindow::currentPageName() const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value() == m_stack->currentWidget())
            return it.key();
    }
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(pageNameRole).toString() : QString();
}

void MainWindow::updateWorkspaceState()
{
    const bool open = m_session->workspace() != nullptr;
    m_navigation->setEnabled(open);
    m_pageActions->setEnabled(open);
    m_historyAction->setEnabled(open);
    m_settingsMenu->setEnabled(open);
    if (!open) {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("SalesBench"));
        m_pathLabel->setText(tr("No workspace is open."));
        m_officeLabel->clear();
        m_readOnlyLabel->hide();
        m_networkLabel->hide();
        updateSummary();
        return;
    }
    const QString path = QDir::toNativeSeparators(m_session->workspace()->path());
    const QString name = m_session->workspace()->isDemo() ? tr("Demo workspace") : QFileInfo(path).fileName();
    setWindowTitle(m_session->workspace()->isReadOnly() ? tr("%1 (read-only) — SalesBench").arg(name)
                                                        : tr("%1 — SalesBench").arg(name));
    m_pathLabel->setText(m_session->workspace()->isDemo() ? tr("Demo workspace: %1").arg(path) : path);
    m_pathLabel->setToolTip(path);
    QString office;
    try {
        office = m_session->workspace()->database().officeId();
    } catch (const core::Error &) {
        office.clear();
    }
    m_officeLabel->setText(tr("Office %1").arg(office));
    m_readOnlyLabel->setVisible(m_session->workspace()->isReadOnly());
    m_readOnlyLabel->setToolTip(tr("Another program holds this workspace; changes cannot be saved."));
    const bool network = m_session->workspace()->database().isOnNetworkShare();
    m_networkLabel->setVisible(network);
    m_networkLabel->setText(tr("On a network share"));
    m_networkLabel->setToolTip(tr("SQLite workspaces are not safe on network shares when several people "
                                  "write at once. Copy the workspace to a local disk, or use office sync."));
}

void MainWindow::updateSummary()
{
    const Page *page = qobject_cast<const Page *>(m_stack->currentWidget());
    m_summaryLabel->setText(page ? page->summary() : QString());
}

void MainWindow::inform(const QString &title, const QString &text, bool isError)
{
    m_session->inform(title, text, isError);
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_session->workspace())
        return nullptr;
    if (!m_history) {
        m_history = new HistoryDialog(m_session->workspace()->database(), {}, {}, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_history->refresh();
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

HistoryDialog *MainWindow::showRecordHistory(const QStringList &recordIds, const QString &description)
{
    if (!m_session->workspace())
        return nullptr;
    // A child of the page that asked, so that it closes with the workspace.
    QWidget *owner = qobject_cast<Page *>(sender());
    if (!owner)
        owner = currentPage() ? static_cast<QWidget *>(currentPage()) : this;
    auto *dialog = new HistoryDialog(m_session->workspace()->database(), {}, {}, owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    try {
        dialog->setRecords(recordIds, description);
    } catch (const core::Error &error) {
        m_session->inform(tr("SalesBench"), error.message(), true);
    }
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SalesBench"),
                       tr("<h3>SalesBench %1</h3>"
                          "<p>A workbench for sales operations: customers, opportunities, orders, "
                          "targets and commissions in one local workspace.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later "
                          "(GPL-3.0-or-later).</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_exchange->droppableCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = m_exchange->droppableCsv(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: the wizard is window-modal and the drag source waits for this to return.
    QMetaObject::invokeMethod(
        this, [this, file] { m_exchange->openImportWizard(file); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistState) {
        geometrySetting.set(saveGeometry());
        stateSetting.set(saveState());
        const QString page = currentPageName();
        if (!page.isEmpty())
            pageSetting.set(page);
    }
    event->accept();
}

} // namespace sb::ui
