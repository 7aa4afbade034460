// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderspage.h"

#include "core/domain/error.h"
#include "core/storage/auditrecordlabels.h"
#include "core/storage/contractreview.h"
#include "core/storage/orderrepository.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/columnchooser.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/searchfield.h"
#include "ui/common/workspace.h"
#include "ui/orders/addordercommand.h"
#include "ui/orders/confirmordercommand.h"
#include "ui/orders/editordercommand.h"
#include "ui/orders/moveordercommand.h"
#include "ui/orders/orderdialog.h"
#include "ui/orders/orderfilterproxymodel.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/orders/overridedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace sb::ui {

namespace {

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

OrdersPage::OrdersPage(const PageContext &context, QWidget *parent)
    : Page(context, parent),
      m_model(new OrderTableModel(this)),
      m_loader(new BackgroundJob(this)),
      m_proxy(new OrderFilterProxyModel(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        static const QStringList affecting
            = {QStringLiteral("orders"), QStringLiteral("customers"), QStringLiteral("reps"),
               QStringLiteral("products"), QStringLiteral("*")};
        if (affecting.contains(entity))
            reload();
    });
    reload();
}

// The header is gone by the time the chooser's own destructor would run: save now.
OrdersPage::~OrdersPage()
{
    m_columns->save();
}

void OrdersPage::buildActions()
{
    auto make = [this](const QString &iconName, const QString &text, const QString &iconText) {
        auto *action = new QAction(iconName.isEmpty() ? QIcon() : icon(iconName), text, this);
        action->setIconText(iconText);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_new = make(QStringLiteral("add"), tr("&New order"), tr("New"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Enter a new order (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    connect(m_new, &QAction::triggered, this, &OrdersPage::openNewForm);
    m_edit = make(QStringLiteral("edit"), tr("&Edit order…"), tr("Edit"));
    m_edit->setToolTip(tr("Open the selected order (Enter)"));
    connect(m_edit, &QAction::triggered, this, [this] { openEditForm(currentId()); });
    m_review = make({}, tr("Contract &review…"), tr("Review…"));
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_review->setToolTip(tr("Open the contract checklist of the selected order (%1)")
                             .arg(m_review->shortcut().toString(QKeySequence::NativeText)));
    connect(m_review, &QAction::triggered, this, [this] { openReviewForm(currentId()); });
    m_confirm = make({}, tr("&Confirm"), tr("Confirm"));
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_confirm->setToolTip(tr("Confirm the order after the contract review (%1)")
                              .arg(m_confirm->shortcut().toString(QKeySequence::NativeText)));
    connect(m_confirm, &QAction::triggered, this, &OrdersPage::requestConfirm);
    m_deliver = make({}, tr("&Deliver"), tr("Deliver"));
    m_deliver->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deliver->setToolTip(tr("Mark the order delivered; its quantities leave the stock (%1)")
                              .arg(m_deliver->shortcut().toString(QKeySequence::NativeText)));
    connect(m_deliver, &QAction::triggered, this, [this] { requestMove(core::OrderStatus::Delivered); });
    m_close = make({}, tr("C&lose"), tr("Close"));
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_close->setToolTip(
        tr("Close the delivered order (%1)").arg(m_close->shortcut().toString(QKeySequence::NativeText)));
    connect(m_close, &QAction::triggered, this, [this] { requestMove(core::OrderStatus::Closed); });
    m_cancel = make(QStringLiteral("delete"), tr("C&ancel order"), tr("Cancel order"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancel->setToolTip(
        tr("Cancel the order (%1)").arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    connect(m_cancel, &QAction::triggered, this, [this] { requestMove(core::OrderStatus::Cancelled); });
    m_history = make({}, tr("&History…"), tr("History…"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setToolTip(tr("Show the change history of the selected order, its lines and its contract "
                             "review (%1)")
                              .arg(m_history->shortcut().toString(QKeySequence::NativeText)));
    connect(m_history, &QAction::triggered, this, &OrdersPage::showHistory);
    m_find = make({}, tr("&Find"), tr("Find"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void OrdersPage::buildLayout()
{
    auto *header
        = new PageHeader(tr("Orders"),
                         tr("Orders and contracts with their lines. Confirm an order after its contract "
                            "review; flagged risks need an explicit override with a reason."),
                         this);
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(
        tr("Search number, customer, owner… (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_search, &SearchField::searchRequested, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        emit summaryChanged();
    });
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), -1);
    for (core::OrderStatus status : core::orderstatus::all())
        m_status->addItem(core::orderstatus::displayName(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_proxy->setStatusFilter(value >= 0 ? std::optional(core::OrderStatus(value)) : std::nullopt);
        emit summaryChanged();
    });
    m_useDates = new QCheckBox(tr("&Dated"), this);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &OrdersPage::applyDateRange);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyDateRange();
    });
    m_reviewOnly = new QCheckBox(tr("&Review queue"), this);
    m_reviewOnly->setObjectName(QStringLiteral("reviewQueueFilter"));
    m_reviewOnly->setToolTip(
        tr("Only orders with flagged contract points, and drafts with points still to check"));
    connect(m_reviewOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setReviewQueueOnly(on);
        emit summaryChanged();
    });

    m_view = new RecordTableView(this);
    m_view->setObjectName(QStringLiteral("orderTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrderTableModel::Number, Qt::DescendingOrder);
    m_view->setColumnWidthsInCharacters({20, 30, 15, 14, 12, 12, 14, 14});
    m_view->addActions({m_new, m_edit, m_review, m_confirm, m_deliver, m_close, m_cancel, m_history});
    m_columns = new ColumnChooser(m_view->horizontalHeader(), QStringLiteral("pages/orders"), {});
    connect(m_view, &QAbstractItemView::activated, this, [this] { openEditForm(currentId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::updateActions);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_reviewOnly);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_new, m_edit, m_review, m_confirm, m_deliver, m_close, m_cancel, m_history})
        buttons->addWidget(actionButton(action, this));
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_useDates);
    setTabOrder(m_useDates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_reviewOnly);
    setTabOrder(m_reviewOnly, m_view);
}

void OrdersPage::applyDateRange()
{
    if (m_useDates->isChecked())
        m_proxy->setDateRange(m_from->date(), m_to->date());
    else
        m_proxy->setDateRange({}, {});
    emit summaryChanged();
}

void OrdersPage::reload()
{
    if (!m_loader->isBusy() && m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = currentId();
    // A read asked for while one runs replaces any waiting one: only the newest list shows.
    m_loader->submitReading(
        workspace().database(),
        [this](const core::Database &db) -> std::function<void()> {
            auto rows = std::make_shared<QList<OrderRow>>(OrderTableModel::load(db));
            return [this, rows] { showRows(std::move(*rows)); };
        },
        [this](const QString &error) {
            workspace().reportError(error);
            showRows({});
        });
    emit summaryChanged();
}

bool OrdersPage::isLoading() const
{
    return m_loader->isBusy();
}

void OrdersPage::showRows(QList<OrderRow> rows)
{
    m_model->setRows(std::move(rows));
    const QString keep = std::exchange(m_selectAfterLoad, QString());
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    updateActions();
    emit summaryChanged();
    emit loaded();
}

QString OrdersPage::summary() const
{
    return tr("%1 of %n order(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
}

void OrdersPage::activate()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

QString OrdersPage::currentId() const
{
    return m_view ? m_view->currentIndex().data(IdRole).toString() : QString();
}

QAction *OrdersPage::statusAction(core::OrderStatus status) const
{
    switch (status) {
    case core::OrderStatus::Confirmed:
        return m_confirm;
    case core::OrderStatus::Delivered:
        return m_deliver;
    case core::OrderStatus::Closed:
        return m_close;
    case core::OrderStatus::Cancelled:
        return m_cancel;
    default:
        return nullptr;
    }
}

void OrdersPage::updateActions()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    const bool writable = !workspace().isReadOnly();
    m_new->setEnabled(writable);
    m_edit->setEnabled(row >= 0);
    m_review->setEnabled(row >= 0);
    m_history->setEnabled(row >= 0);
    for (core::OrderStatus to : {core::OrderStatus::Confirmed, core::OrderStatus::Delivered,
                                 core::OrderStatus::Closed, core::OrderStatus::Cancelled})
        statusAction(to)->setEnabled(writable && row >= 0
                                     && core::orderstatus::canMove(m_model->rows().at(row).status, to));
}

void OrdersPage::selectOrder(const QString &id)
{
    if (m_loader->isBusy()) {
        m_selectAfterLoad = id;
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, OrderTableModel::Number));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

OrderDialog *OrdersPage::openNewForm()
{
    if (workspace().isReadOnly())
        return nullptr;
    return openForm({}, false);
}

OrderDialog *OrdersPage::openEditForm(const QString &id)
{
    return id.isEmpty() ? nullptr : openForm(id, false);
}

OrderDialog *OrdersPage::openReviewForm(const QString &id)
{
    return id.isEmpty() ? nullptr : openForm(id, true);
}

OrderDialog *OrdersPage::openForm(const QString &id, bool review)
{
    std::optional<core::Order> order;
    OrderDialog *dialog = nullptr;
    try {
        if (!id.isEmpty()) {
            order = core::OrderRepository(workspace().database()).findById(id);
            if (!order)
                return nullptr;
        }
        dialog = new OrderDialog(workspace().database(), order, this);
    } catch (const core::Error &error) {
        workspace().reportError(error.message());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    if (review)
        dialog->showReviewTab();
    return dialog;
}

bool OrdersPage::push(QUndoCommand *command, QString *error)
{
    // WorkspaceCommand reports a failed write through the workspace and drops itself.
    QString failure;
    const QMetaObject::Connection capture
        = connect(&workspace(), &Workspace::errorReported, this,
                  [&failure](const QString &message) { failure = message; });
    undoStack().push(command);
    disconnect(capture);
    if (error)
        *error = failure;
    return failure.isEmpty();
}

void OrdersPage::onDialogFinished(OrderDialog *dialog, int result)
{
    // Back to the list, where the next shortcut (Ctrl+R, Ctrl+Shift+O …) applies to the order.
    m_view->setFocus(Qt::OtherFocusReason);
    if (result != QDialog::Accepted || workspace().isReadOnly())
        return;
    const bool checklistChanged = dialog->checklistChanged();
    if (dialog->original()) {
        const core::Order &before = *dialog->original();
        const core::Order after = dialog->order();
        if (EditOrderCommand::sameValues(before, after) && !checklistChanged)
            return; // nothing to save, nothing to undo
        push(new EditOrderCommand(workspace(), before, after,
                                  checklistChanged ? dialog->storedChecklist() : QList<core::ContractCheck>(),
                                  checklistChanged ? dialog->checklist() : QList<core::ContractCheck>()));
        selectOrder(before.meta.id);
        return;
    }
    auto *command = new AddOrderCommand(workspace(), dialog->order(), dialog->checklist());
    const QString id = command->orderId();
    push(command);
    selectOrder(id);
}

bool OrdersPage::confirmOrder(const QString &id, bool override, const QString &reason, QString *error)
{
    QString number = id;
    try {
        const std::optional<core::Order> order = core::OrderRepository(workspace().database()).findById(id);
        if (order)
            number = order->number;
    } catch (const core::Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    // A refusal (flags without an override, not a draft) comes from the review itself.
    const bool done = push(new ConfirmOrderCommand(workspace(), id, number, override, reason), error);
    selectOrder(id);
    return done;
}

bool OrdersPage::moveOrder(const QString &id, core::OrderStatus status, QString *error)
{
    std::optional<core::Order> order;
    try {
        order = core::OrderRepository(workspace().database()).findById(id);
    } catch (const core::Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (!order) {
        if (error)
            *error = tr("The order no longer exists.");
        return false;
    }
    if (!core::orderstatus::canMove(order->status, status)) {
        if (error)
            *error = tr("Order %1 cannot go from %2 to %3.")
                         .arg(order->number, core::orderstatus::displayName(order->status),
                              core::orderstatus::displayName(status));
        return false;
    }
    const bool done
        = push(new MoveOrderCommand(workspace(), id, order->number, order->status, status), error);
    selectOrder(id);
    return done;
}

void OrdersPage::requestConfirm()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    // Ask the review itself, not the list: a flag may have been set since the list was read.
    QList<core::ContractCheck> flagged;
    try {
        for (const core::ContractCheck &check : core::ContractReview(workspace().database()).checklist(id))
            if (check.state == core::CheckState::Flagged)
                flagged.append(check);
    } catch (const core::Error &e) {
        QMessageBox::warning(this, tr("Confirm order"), e.message());
        return;
    }
    // A failed write is reported by the workspace (a message in the main window).
    if (flagged.isEmpty()) {
        confirmOrder(id, false, {});
        return;
    }
    auto *dialog = new OverrideDialog(m_model->rows().at(row).number, flagged, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { confirmOrder(id, true, dialog->reason()); });
    dialog->open();
}

void OrdersPage::requestMove(core::OrderStatus status)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (status == core::OrderStatus::Cancelled
        && QMessageBox::question(this, tr("Cancel order"), tr("Cancel the selected order?"))
            != QMessageBox::Yes)
        return;
    moveOrder(id, status);
}

void OrdersPage::showHistory()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    try {
        emit historyRequested(
            core::orderRecordIds(workspace().database(), id),
            tr("order %1 with its lines and contract review").arg(m_model->rows().at(row).number));
    } catch (const core::Error &error) {
        workspace().reportError(error.message());
    }
}

} // namespace sb::ui
