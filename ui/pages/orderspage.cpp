// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/orderspage.h"

#include "core/domain/error.h"
#include "core/storage/contractreview.h"
#include "core/storage/orderrepository.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/orderdialog.h"
#include "ui/icons.h"
#include "ui/models/roles.h"
#include "ui/orders/orderfilterproxymodel.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/undo/addordercommand.h"
#include "ui/undo/editordercommand.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/recordtableview.h"
#include "ui/widgets/searchfield.h"
#include "ui/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

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
    : Page(context, parent), m_model(new OrderTableModel(this)), m_proxy(new OrderFilterProxyModel(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        static const QStringList affecting = {QStringLiteral("orders"), QStringLiteral("customers"),
                                              QStringLiteral("reps"), QStringLiteral("products"),
                                              QStringLiteral("*")};
        if (affecting.contains(entity))
            reload();
    });
    reload();
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
    connect(m_new, &QAction::triggered, this, &OrdersPage::openNewForm);
    m_edit = make(QStringLiteral("edit"), tr("&Edit order…"), tr("Edit"));
    m_edit->setToolTip(tr("Open the selected order (Enter)"));
    connect(m_edit, &QAction::triggered, this, [this] { openEditForm(currentId()); });
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
    connect(m_close, &QAction::triggered, this, [this] { requestMove(core::OrderStatus::Closed); });
    m_cancel = make(QStringLiteral("delete"), tr("C&ancel order"), tr("Cancel order"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_cancel, &QAction::triggered, this, [this] { requestMove(core::OrderStatus::Cancelled); });
    m_history = make({}, tr("&History…"), tr("History…"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setToolTip(tr("Show the change history of the selected order (%1)")
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
    auto *header = new PageHeader(tr("Orders"),
                                  tr("Orders and contracts with their lines. Confirm an order after its contract "
                                     "review; flagged risks need an explicit override with a reason."),
                                  this);
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Search number, customer, owner… (%1)")
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
    m_reviewOnly->setToolTip(tr("Only orders with flagged contract points"));
    connect(m_reviewOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setReviewQueueOnly(on);
        emit summaryChanged();
    });

    m_view = new RecordTableView(this);
    m_view->setObjectName(QStringLiteral("orderTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrderTableModel::Number, Qt::DescendingOrder);
    m_view->setColumnWidthsInCharacters({20, 30, 11, 14, 13, 11, 14, 12});
    connect(m_view, &QAbstractItemView::activated, this, [this] { openEditForm(currentId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::updateActions);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_reviewOnly);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_new, m_edit, m_confirm, m_deliver, m_close, m_cancel, m_history})
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
    const QString keep = currentId();
    try {
        m_model->setRows(OrderTableModel::load(workspace().database()));
    } catch (const core::Error &error) {
        workspace().reportError(error.message());
    }
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    updateActions();
    emit summaryChanged();
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
    case core::OrderStatus::Confirmed: return m_confirm;
    case core::OrderStatus::Delivered: return m_deliver;
    case core::OrderStatus::Closed: return m_close;
    case core::OrderStatus::Cancelled: return m_cancel;
    default: return nullptr;
    }
}

void OrdersPage::updateActions()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    const bool writable = !workspace().isReadOnly();
    m_new->setEnabled(writable);
    m_edit->setEnabled(row >= 0);
    m_history->setEnabled(row >= 0);
    for (core::OrderStatus to : {core::OrderStatus::Confirmed, core::OrderStatus::Delivered,
                                 core::OrderStatus::Closed, core::OrderStatus::Cancelled})
        statusAction(to)->setEnabled(writable && row >= 0
                                     && core::orderstatus::canMove(m_model->rows().at(row).status, to));
}

OrderDialog *OrdersPage::openNewForm()
{
    auto *dialog = new OrderDialog(workspace().database(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

OrderDialog *OrdersPage::openEditForm(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    const std::optional<core::Order> order = core::OrderRepository(workspace().database()).findById(id);
    if (!order)
        return nullptr;
    auto *dialog = new OrderDialog(workspace().database(), order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

void OrdersPage::onDialogFinished(OrderDialog *dialog, int result)
{
    if (result != QDialog::Accepted || workspace().isReadOnly())
        return;
    QString id;
    if (dialog->original()) {
        undoStack().push(new EditOrderCommand(workspace(), *dialog->original(), dialog->order()));
        id = dialog->original()->meta.id;
    } else {
        auto *command = new AddOrderCommand(workspace(), dialog->order());
        undoStack().push(command);
        id = command->orderId();
    }
    if (id.isEmpty() || !dialog->checklistChanged())
        return;
    // The checklist is a review record, not part of the edit: it is saved as it stands.
    try {
        const core::ContractReview review(workspace().database());
        for (const core::ContractCheck &check : dialog->checklist())
            review.setPoint(id, check.point, check.state, check.note);
    } catch (const core::Error &error) {
        workspace().reportError(error.message());
    }
    workspace().notifyChanged(QStringLiteral("orders"));
}

bool OrdersPage::confirmOrder(const QString &id, bool override, const QString &reason, QString *error)
{
    try {
        core::ContractReview(workspace().database()).confirmOrder(id, override, reason);
    } catch (const core::Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    workspace().notifyChanged(QStringLiteral("orders"));
    return true;
}

bool OrdersPage::moveOrder(const QString &id, core::OrderStatus status, QString *error)
{
    try {
        core::OrderRepository(workspace().database()).setStatus(id, status);
    } catch (const core::Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    workspace().notifyChanged(QStringLiteral("orders"));
    if (status == core::OrderStatus::Delivered)
        workspace().notifyChanged(QStringLiteral("products"));
    return true;
}

void OrdersPage::requestConfirm()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QString error;
    // Ask the review itself, not the list: a flag may have been set since the list was read.
    bool flagged = false;
    try {
        for (const core::ContractCheck &check : core::ContractReview(workspace().database()).checklist(id))
            flagged = flagged || check.state == core::CheckState::Flagged;
    } catch (const core::Error &e) {
        QMessageBox::warning(this, tr("Confirm order"), e.message());
        return;
    }
    if (!flagged) {
        if (!confirmOrder(id, false, {}, &error))
            QMessageBox::warning(this, tr("Confirm order"), error);
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Override contract review"),
        tr("Order %1 has flagged contract points. Confirming it anyway is an override that is "
           "recorded in the history.\n\nReason for the override:")
            .arg(m_model->rows().at(row).number),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Confirm order"), tr("An override needs a reason."));
        return;
    }
    if (!confirmOrder(id, true, reason.trimmed(), &error))
        QMessageBox::warning(this, tr("Confirm order"), error);
}

void OrdersPage::requestMove(core::OrderStatus status)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (status == core::OrderStatus::Cancelled
        && QMessageBox::question(this, tr("Cancel order"), tr("Cancel the selected order?")) != QMessageBox::Yes)
        return;
    QString error;
    if (!moveOrder(id, status, &error))
        QMessageBox::warning(this, tr("Order status"), error);
}

void OrdersPage::showHistory()
{
    auto *dialog = new HistoryDialog(workspace().database(), QStringLiteral("order"), currentId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sb::ui
