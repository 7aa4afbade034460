// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/opportunitiespage.h"

#include "core/domain/error.h"
#include "core/storage/opportunityqueries.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/referencelists.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/columnchooser.h"
#include "ui/common/format.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/searchfield.h"
#include "ui/common/settingvalue.h"
#include "ui/common/workspace.h"
#include "ui/opportunities/addopportunitycommand.h"
#include "ui/opportunities/editopportunitycommand.h"
#include "ui/opportunities/leadscoringdialog.h"
#include "ui/opportunities/lostreasondialog.h"
#include "ui/opportunities/lostreasonseditor.h"
#include "ui/opportunities/movestagecommand.h"
#include "ui/opportunities/opportunitydialog.h"
#include "ui/opportunities/opportunityfilterproxymodel.h"
#include "ui/opportunities/opportunityset.h"
#include "ui/opportunities/opportunitytablemodel.h"
#include "ui/opportunities/pipelineboard.h"
#include "ui/opportunities/pipelineboardmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

constexpr int immediateFilterLimit = 5000;
constexpr int kAllStages = -1;
constexpr int kOpenStages = -2;

const SettingValue<QString> &viewSetting()
{
    static const SettingValue<QString> setting(QStringLiteral("pages/opportunities/view"),
                                               QStringLiteral("board"));
    return setting;
}

// Open deals are what people work on; closed ones are a choice away.
const SettingValue<int> &stageFilterSetting()
{
    static const SettingValue<int> setting(QStringLiteral("pages/opportunities/stageFilter"), kOpenStages);
    return setting;
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

// Why a move is not allowed, in the words of the rule it breaks.
QString refusal(const core::OpportunityRow &row, core::Stage to)
{
    const QString from = core::stage::displayName(row.stage);
    if (core::stage::isClosed(row.stage))
        return OpportunitiesPage::tr("%1 is %2: won and lost deals are closed and do not move.")
            .arg(row.code, from);
    if (to == core::Stage::Won)
        return OpportunitiesPage::tr("%1 cannot jump from %2 to %3: a deal is won only out of %4.")
            .arg(row.code, from, core::stage::displayName(to),
                 core::stage::displayName(core::Stage::Negotiation));
    return OpportunitiesPage::tr("%1 cannot move from %2 to %3.")
        .arg(row.code, from, core::stage::displayName(to));
}

} // namespace

OpportunitiesPage::OpportunitiesPage(const PageContext &context, QWidget *parent)
    : Page(context, parent),
      m_model(new OpportunityTableModel(this)),
      m_proxy(new OpportunityFilterProxyModel(this)),
      m_boardModel(new PipelineBoardModel(this)),
      m_worker(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("opportunitiesPage"));
    m_proxy->setOpportunityModel(m_model);
    buildActions();
    buildLayout();
    setupTable();
    fillOwners();

    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        static const QStringList affecting
            = {QStringLiteral("opportunities"), QStringLiteral("stage-history"), QStringLiteral("customers"),
               QStringLiteral("reps"),          QStringLiteral("lead_scoring"),  QStringLiteral("*")};
        if (entity == QStringLiteral("reps") || entity == QStringLiteral("*"))
            fillOwners();
        if (affecting.contains(entity))
            reload();
    });
    connect(m_boardModel, &PipelineBoardModel::moveRequested, this,
            [this](const QString &id, core::Stage to) {
                // Let the drop finish before a dialog may open.
                QTimer::singleShot(0, this, [this, id, to] { requestMove(id, to); });
            });
    connect(m_board, &PipelineBoard::moveRequested, this, &OpportunitiesPage::requestMove);
    connect(m_board, &PipelineBoard::openRequested, this, &OpportunitiesPage::openEditForm);
    connect(m_board, &PipelineBoard::contextMenuRequested, this, &OpportunitiesPage::showContextMenu);
    connect(m_board, &PipelineBoard::currentChanged, this, &OpportunitiesPage::updateActions);
    reload();
}

OpportunitiesPage::~OpportunitiesPage()
{
    m_columns->save();
}

void OpportunitiesPage::buildActions()
{
    m_new = new QAction(icon(QStringLiteral("add")), tr("&New opportunity"), this);
    m_new->setIconText(tr("New"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(
        tr("Add an opportunity (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    connect(m_new, &QAction::triggered, this, &OpportunitiesPage::openNewForm);

    m_edit = new QAction(icon(QStringLiteral("edit")), tr("&Edit opportunity…"), this);
    m_edit->setIconText(tr("Edit"));
    m_edit->setToolTip(tr("Open the selected opportunity (Enter)"));
    connect(m_edit, &QAction::triggered, this, [this] { openEditForm(currentId()); });

    m_moveMenu = new QMenu(this);
    connect(m_moveMenu, &QMenu::aboutToShow, this, [this] { fillMoveMenu(m_moveMenu); });
    m_move = new QAction(icon(QStringLiteral("opportunities")), tr("&Move to"), this);
    m_move->setIconText(tr("Move to"));
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_move->setToolTip(
        tr("Move the selected deal to another stage (%1; on the board also Ctrl+Right / Ctrl+Left)")
            .arg(m_move->shortcut().toString(QKeySequence::NativeText)));
    connect(m_move, &QAction::triggered, this, [this] {
        QWidget *anchor = m_moveButton;
        m_moveMenu->popup(anchor->mapToGlobal(QPoint(0, anchor->height())));
    });

    m_reasons = new QAction(tr("Lost &reasons…"), this);
    m_reasons->setToolTip(tr("Edit the list of reasons offered when a deal is lost"));
    connect(m_reasons, &QAction::triggered, this, &OpportunitiesPage::editLostReasons);

    m_leadModel = new QAction(tr("Lead &scoring…"), this);
    m_leadModel->setToolTip(tr("Weights, grades and source reliability that grade every lead"));
    connect(m_leadModel, &QAction::triggered, this, [this] {
        auto *dialog = new LeadScoringDialog(workspace(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // saving notifies "lead_scoring", which reloads the list
    });

    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    for (QAction *action : {m_new, m_edit, m_move, m_find, m_reasons, m_leadModel}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void OpportunitiesPage::buildLayout()
{
    auto *header
        = new PageHeader(tr("Opportunities"),
                         tr("Every deal from first contact to signing. Drag a card to another column "
                            "(or press Ctrl+Right / Ctrl+Left) to move its stage; every move is recorded "
                            "and can be undone."),
                         this);

    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("opportunitySearch"));
    m_search->setPlaceholderText(
        tr("Search code, customer, title, owner, source… (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_search, &SearchField::searchRequested, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        rebuildBoard();
        emit summaryChanged();
    });

    m_stageFilter = new QComboBox(this);
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->setAccessibleName(tr("Stage filter"));
    m_stageFilter->addItem(tr("All stages"), kAllStages);
    m_stageFilter->addItem(tr("Open stages"), kOpenStages);
    for (core::Stage stage : core::stage::all())
        m_stageFilter->addItem(core::stage::displayName(stage), int(stage));
    const auto applyStageFilter = [this] {
        const int value = m_stageFilter->currentData().toInt();
        m_proxy->setOpenOnly(value == kOpenStages);
        m_proxy->setStageFilter(value >= 0 ? std::optional<core::Stage>(core::Stage(value)) : std::nullopt);
        stageFilterSetting().set(value);
        emit summaryChanged();
    };
    m_stageFilter->setCurrentIndex(qMax(0, m_stageFilter->findData(stageFilterSetting().get())));
    applyStageFilter();
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, applyStageFilter);

    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setAccessibleName(tr("Owner filter"));
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerFilter(m_ownerFilter->currentData().toString());
        rebuildBoard();
        emit summaryChanged();
    });

    m_moveButton = actionButton(m_move, this);
    m_moveButton->setMenu(m_moveMenu);
    m_moveButton->setPopupMode(QToolButton::MenuButtonPopup);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_stageFilter);
    bar->addWidget(m_ownerFilter);
    bar->addStretch(1);
    bar->addWidget(actionButton(m_new, this));
    bar->addWidget(actionButton(m_edit, this));
    bar->addWidget(m_moveButton);
    bar->addWidget(actionButton(m_reasons, this));
    bar->addWidget(actionButton(m_leadModel, this));

    m_table = new RecordTableView(this);
    m_table->setObjectName(QStringLiteral("opportunityTable"));
    m_board = new PipelineBoard(m_boardModel, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("opportunityViews"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_board, tr("Pipeline &board"));
    m_tabs->addTab(m_table, tr("&Table"));
    m_tabs->setCurrentWidget(viewSetting().get() == QStringLiteral("table") ? static_cast<QWidget *>(m_table)
                                                                            : m_board);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        viewSetting().set(view() == View::Table ? QStringLiteral("table") : QStringLiteral("board"));
        rebuildBoard();
        updateActions();
        emit summaryChanged();
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("moveMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1f11; background: #fdecea; padding: 4px 8px; "
                                            "border-radius: 3px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

void OpportunitiesPage::setupTable()
{
    m_table->setModel(m_proxy);
    m_table->addActions({m_new, m_edit});
    m_table->setColumnWidthsInCharacters({14, 26, 24, 14, 17, 20, 10, 13, 12, 14, 12, 12, 16, 9, 9});
    // The lead's grade and score sit beside the probability; the saved layout, if any, wins.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(OpportunityTableModel::LeadGrade),
                        header->visualIndex(OpportunityTableModel::Probability) + 1);
    header->moveSection(header->visualIndex(OpportunityTableModel::LeadScore),
                        header->visualIndex(OpportunityTableModel::LeadGrade) + 1);
    QList<int> hidden;
    for (int column = 0; column < OpportunityTableModel::ColumnCount; ++column) {
        if (OpportunityTableModel::isHiddenByDefault(OpportunityTableModel::Column(column)))
            hidden.append(column);
    }
    m_proxy->sort(OpportunityTableModel::Code, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicator(OpportunityTableModel::Code, Qt::AscendingOrder);
    m_columns = new ColumnChooser(m_table->horizontalHeader(), QStringLiteral("pages/opportunities"), hidden);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            showContextMenu(index.data(IdRole).toString(), m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEditForm(index.data(IdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OpportunitiesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OpportunitiesPage::updateActions);
}

void OpportunitiesPage::fillOwners()
{
    const QString chosen = m_ownerFilter->currentData().toString();
    const QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("All owners"), QString());
    try {
        for (const core::ReferenceItem &rep : core::ReferenceLists::reps(workspace().database()))
            m_ownerFilter->addItem(rep.name, rep.id);
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
    }
    m_ownerFilter->setCurrentIndex(qMax(0, m_ownerFilter->findData(chosen)));
}

QString OpportunitiesPage::summary() const
{
    if (m_worker->isBusy() && m_model->rowCount() == 0)
        return tr("Loading opportunities…");
    const QLocale locale;
    const int total = m_model->rowCount();
    qint64 shown = m_proxy->rowCount();
    if (view() == View::Board) {
        // The board ignores the stage filter: count what its columns hold.
        shown = 0;
        for (core::Stage stage : PipelineBoardModel::columns())
            shown += m_boardModel->dealCount(stage);
    }
    if (shown == total)
        return total == 1 ? tr("1 opportunity") : tr("%1 opportunities").arg(locale.toString(total));
    return tr("%1 of %2 opportunities").arg(locale.toString(shown), locale.toString(total));
}

void OpportunitiesPage::activate()
{
    if (view() == View::Table)
        m_table->setFocus(Qt::OtherFocusReason);
    else if (QListView *first = m_board->columnView(core::Stage::InitialContact))
        first->setFocus(Qt::OtherFocusReason);
}

bool OpportunitiesPage::isLoading() const
{
    return m_worker->isBusy();
}

void OpportunitiesPage::setView(View next)
{
    m_tabs->setCurrentWidget(next == View::Table ? static_cast<QWidget *>(m_table) : m_board);
}

OpportunitiesPage::View OpportunitiesPage::view() const
{
    return m_tabs->currentWidget() == m_table ? View::Table : View::Board;
}

void OpportunitiesPage::reload()
{
    if (m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = currentId();
    m_worker->submitReading(
        workspace().database(),
        [this](const core::Database &db) -> std::function<void()> {
            // The look-ups are prepared here too, so the GUI thread only swaps the set in.
            std::shared_ptr<const OpportunitySet> set
                = OpportunitySet::build(core::OpportunityQueries::rows(db));
            return [this, set = std::move(set)]() mutable { showRows(std::move(set)); };
        },
        [this](const QString &error) { workspace().reportError(error); });
    emit summaryChanged();
}

void OpportunitiesPage::showRows(std::shared_ptr<const OpportunitySet> set)
{
    m_model->setRows(std::move(set), QDate::currentDate());
    m_search->setDelay(m_model->rowCount() > immediateFilterLimit ? 150 : 0);
    rebuildBoard();
    selectId(m_selectAfterLoad);
    m_selectAfterLoad.clear();
    updateActions();
    emit summaryChanged();
    emit loaded();
}

void OpportunitiesPage::rebuildBoard()
{
    // The board shows every stage as a column, so only the search and the owner narrow it.
    OpportunityFilter filter = m_proxy->filter();
    filter.stage.reset();
    filter.openOnly = false;
    // Every stage is a column on the board: the stage filter belongs to the table.
    m_stageFilter->setVisible(view() == View::Table);
    // A hidden board is rebuilt when it is shown.
    if (view() != View::Board)
        return;
    const QString selected = m_board->currentId();
    m_boardModel->setRows(*m_model->set(), filter, m_model->today());
    if (!selected.isEmpty())
        m_board->selectCard(selected, false);
}

void OpportunitiesPage::updateActions()
{
    const bool writable = !workspace().isReadOnly();
    const core::OpportunityRow *row = rowOf(currentId());
    m_new->setEnabled(writable);
    m_edit->setEnabled(row != nullptr);
    m_edit->setText(writable ? tr("&Edit opportunity…") : tr("&Open opportunity…"));
    m_edit->setIconText(writable ? tr("Edit") : tr("Open"));
    m_move->setEnabled(writable && row && !core::stage::isClosed(row->stage));
    m_reasons->setEnabled(writable);
}

void OpportunitiesPage::tell(const QString &message)
{
    m_lastMessage = message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(message, 8000);
    // The note goes away by itself; a newer one restarts the clock.
    QTimer::singleShot(8000, m_message, [this, message] {
        if (m_message->text() == message)
            m_message->setVisible(false);
    });
}

const core::OpportunityRow *OpportunitiesPage::rowOf(const QString &id) const
{
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    return row < 0 ? nullptr : &m_model->rowAt(row);
}

QString OpportunitiesPage::currentId() const
{
    if (view() == View::Board)
        return m_board->currentId();
    return m_table->currentIndex().data(IdRole).toString();
}

void OpportunitiesPage::selectId(const QString &id)
{
    if (id.isEmpty())
        return;
    m_board->selectCard(id, false);
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

OpportunitiesPage::MoveOutcome OpportunitiesPage::requestMove(const QString &id, core::Stage to)
{
    const core::OpportunityRow *row = rowOf(id);
    if (!row) {
        tell(tr("That opportunity is no longer in the list."));
        return MoveOutcome::Refused;
    }
    if (workspace().isReadOnly()) {
        tell(tr("The workspace is open read-only; stages cannot be changed."));
        return MoveOutcome::Refused;
    }
    if (row->stage == to)
        return MoveOutcome::Refused;
    if (!core::stage::canMove(row->stage, to)) {
        tell(refusal(*row, to));
        return MoveOutcome::Refused;
    }
    if (to == core::Stage::Lost) {
        moveToLost(*row);
        return MoveOutcome::AskingReason;
    }
    return pushMove(*row, to) ? MoveOutcome::Moved : MoveOutcome::Refused;
}

bool OpportunitiesPage::pushMove(const core::OpportunityRow &row, core::Stage to, const QString &reason,
                                 const QString &competitor)
{
    const QString id = row.id;
    const int before = undoStack().index();
    // push() runs the command at once; a failed one reports itself and is dropped.
    undoStack().push(new MoveStageCommand(workspace(), id, row.code, to, reason, competitor));
    if (undoStack().index() != before + 1) {
        tell(tr("The move was not saved."));
        return false;
    }
    tell(QString());
    m_selectAfterLoad = id;
    // Show the move at once; the reload that follows confirms it.
    if (m_boardModel->moveCard(id, to))
        m_board->selectCard(id, view() == View::Board);
    return true;
}

LostReasonDialog *OpportunitiesPage::pendingLostDialog() const
{
    return m_lostDialog.data();
}

void OpportunitiesPage::moveToLost(const core::OpportunityRow &row)
{
    if (m_lostDialog)
        m_lostDialog->close();
    auto *dialog = new LostReasonDialog(workspace(), tr("%1 · %2").arg(row.code, row.customerName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lostDialog = dialog;
    const QString id = row.id;
    connect(dialog, &QDialog::finished, this, [this, dialog, id](int result) {
        if (result != QDialog::Accepted)
            return;
        if (const core::OpportunityRow *current = rowOf(id))
            pushMove(*current, core::Stage::Lost, dialog->reason(), dialog->competitor());
    });
    dialog->open();
}

void OpportunitiesPage::fillMoveMenu(QMenu *menu)
{
    menu->clear();
    const core::OpportunityRow *row = rowOf(currentId());
    if (!row) {
        menu->addAction(tr("Select a deal first"))->setEnabled(false);
        return;
    }
    const QString id = row->id;
    for (core::Stage stage : core::stage::all()) {
        const QString text = stage == core::Stage::Lost ? tr("%1…").arg(core::stage::displayName(stage))
                                                        : core::stage::displayName(stage);
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(stage == row->stage);
        action->setEnabled(!workspace().isReadOnly() && core::stage::canMove(row->stage, stage));
        connect(action, &QAction::triggered, this, [this, id, stage] { requestMove(id, stage); });
    }
}

void OpportunitiesPage::showContextMenu(const QString &id, const QPoint &globalPos)
{
    if (!rowOf(id))
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_edit);
    QMenu *moveTo = menu->addMenu(tr("&Move to"));
    fillMoveMenu(moveTo);
    moveTo->setEnabled(!workspace().isReadOnly() && !core::stage::isClosed(rowOf(id)->stage));
    menu->popup(globalPos);
}

OpportunityDialog *OpportunitiesPage::openNewForm()
{
    if (workspace().isReadOnly())
        return nullptr;
    core::Opportunity fresh;
    try {
        fresh.code = core::OpportunityRepository(workspace().database()).nextCode();
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
        return nullptr;
    }
    fresh.createdOn = QDate::currentDate();
    fresh.probability = core::stage::defaultProbability(fresh.stage);
    fresh.ownerRepId = m_ownerFilter->currentData().toString();
    auto *dialog = new OpportunityDialog(workspace().database(), fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

OpportunityDialog *OpportunitiesPage::openEditForm(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    std::optional<core::Opportunity> stored;
    try {
        stored = core::OpportunityRepository(workspace().database()).findById(id);
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
        return nullptr;
    }
    if (!stored) {
        reload();
        return nullptr;
    }
    auto *dialog = new OpportunityDialog(workspace().database(), *stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnly(workspace().isReadOnly());
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

void OpportunitiesPage::onDialogFinished(OpportunityDialog *dialog, int result)
{
    if (result != QDialog::Accepted || workspace().isReadOnly())
        return;
    const core::Opportunity entered = dialog->opportunity();
    try {
        const core::OpportunityRepository repository(workspace().database());
        if (entered.meta.id.isEmpty()) {
            undoStack().push(new AddOpportunityCommand(workspace(), entered));
            if (const std::optional<core::Opportunity> stored = repository.findByCode(entered.code))
                m_selectAfterLoad = stored->meta.id;
            return;
        }
        if (const std::optional<core::Opportunity> before = repository.findById(entered.meta.id)) {
            m_selectAfterLoad = entered.meta.id;
            undoStack().push(new EditOpportunityCommand(workspace(), *before, entered));
        }
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
    }
}

void OpportunitiesPage::editLostReasons()
{
    LostReasonsEditor editor(workspace(), this);
    editor.exec();
}

} // namespace sb::ui
