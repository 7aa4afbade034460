// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "ui/common/page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QUndoCommand;

namespace sb::ui {

class ColumnChooser;
class OrderDialog;
class OrderFilterProxyModel;
class OrderTableModel;
class OverrideDialog;
struct OrderRow;
class BackgroundJob;
class RecordTableView;
class SearchField;

/// The order list with search and filters (status, date range, review queue),
/// the order form with lines and the contract checklist, and the status actions
/// Confirm / Deliver / Close / Cancel, each enabled only where the workflow allows
/// the move. Confirming goes through the contract review: open flags need an
/// explicit override with a reason. Every write is one step on the undo stack.
/// Everything works from the keyboard: Ctrl+N new, Enter open, Ctrl+R contract
/// review, Ctrl+Shift+O confirm, Ctrl+H history of the selected order.
class OrdersPage final : public Page
{
    Q_OBJECT

public:
    explicit OrdersPage(const PageContext &context, QWidget *parent = nullptr);
    ~OrdersPage() override;

    QString summary() const override;
    bool isLoading() const override;
    void activate() override;

    /// Opens the form for a new order; saving pushes an AddOrderCommand.
    OrderDialog *openNewForm();
    /// Opens the form for the order with this id; saving pushes an EditOrderCommand.
    OrderDialog *openEditForm(const QString &id);
    /// Opens the form for the order with this id on its contract checklist.
    OrderDialog *openReviewForm(const QString &id);
    /// Confirms through the contract review (one undo step). Without `override` an
    /// order with flagged points is refused; returns false and sets `error` then.
    bool confirmOrder(const QString &id, bool override, const QString &reason, QString *error = nullptr);
    /// Moves the order to `status` (deliver, close, cancel) as one undo step.
    /// Returns false and sets `error` when refused.
    bool moveOrder(const QString &id, core::OrderStatus status, QString *error = nullptr);
    /// Re-reads the orders on a worker thread; the current order stays current.
    void reload();
    /// Makes the order with this id the current row, if the filters show it (once the
    /// list being read has arrived, when a read is running).
    void selectOrder(const QString &id);

    OrderTableModel *model() const { return m_model; }
    OrderFilterProxyModel *proxy() const { return m_proxy; }
    RecordTableView *view() const { return m_view; }
    QAction *statusAction(core::OrderStatus status) const;
    QCheckBox *reviewQueueFilter() const { return m_reviewOnly; }
    ColumnChooser *columnChooser() const { return m_columns; }
    QString currentId() const;

signals:
    /// The order list has been (re)read.
    void loaded();

private:
    void buildActions();
    void buildLayout();
    void applyDateRange();
    void updateActions();
    OrderDialog *openForm(const QString &id, bool review);
    void onDialogFinished(OrderDialog *dialog, int result);
    /// Pushes a command; false with the reported message in `error` when its write failed.
    bool push(QUndoCommand *command, QString *error = nullptr);
    void requestConfirm();
    void requestMove(core::OrderStatus status);
    void showHistory();

    void showRows(QList<OrderRow> rows);

    OrderTableModel *m_model;
    BackgroundJob *m_loader; ///< reads the order list
    QString m_selectAfterLoad;
    OrderFilterProxyModel *m_proxy;
    RecordTableView *m_view = nullptr;
    ColumnChooser *m_columns = nullptr;
    SearchField *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_reviewOnly = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_review = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_deliver = nullptr;
    QAction *m_close = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_history = nullptr;
    QAction *m_find = nullptr;
};

} // namespace sb::ui
