// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contract.h"
#include "core/domain/order.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace sb::core {
class Database;
}

namespace sb::ui {

class FieldMessages;
class LookupCombo;
class OrderLinesEditor;

/// The order form: customer, opportunity and owner (each found by typing), dates,
/// payment terms, delivery status and the lines with a live total, plus the
/// contract checklist on its own tab (Alt+R) with its state summed up on the
/// first. Enter or Ctrl+Enter saves; saving is refused while a field is invalid
/// and the message stands next to the field. The dialog does not write: the page
/// stores order() and checklist() through the undo stack.
class OrderDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A form for a new order (`existing` empty) or for editing one.
    OrderDialog(const core::Database &db, std::optional<core::Order> existing, QWidget *parent = nullptr);

    /// The order as entered; meta, status and ids of an existing order are kept.
    core::Order order() const;
    /// The order as it was when the form opened (empty for a new one).
    const std::optional<core::Order> &original() const { return m_original; }
    /// The checklist as entered (five points, checklist order).
    QList<core::ContractCheck> checklist() const;
    /// The checklist as stored when the form opened (five points, checklist order).
    const QList<core::ContractCheck> &storedChecklist() const { return m_storedChecklist; }
    /// True when a checklist point differs from what was stored.
    bool checklistChanged() const;

    LookupCombo *customerCombo() const { return m_customer; }
    LookupCombo *opportunityCombo() const { return m_opportunity; }
    LookupCombo *ownerCombo() const { return m_owner; }
    OrderLinesEditor *linesEditor() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *reviewSummary() const { return m_reviewSummary; }
    FieldMessages *messages() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The state and note editors of one checklist point.
    QComboBox *pointState(core::ContractPoint point) const;
    QLineEdit *pointNote(core::ContractPoint point) const;
    /// Sets one checklist point in the form.
    void setPoint(core::ContractPoint point, core::CheckState state, const QString &note);
    /// Shows the contract checklist with the first point's state focused.
    void showReviewTab();

    void done(int result) override;

protected:
    /// C, F and U set a checklist state whatever the language of its names.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildOrderTab();
    QWidget *buildChecklistTab();
    void fill(const core::Order &order);
    void fillOpportunities(const QString &customerId);
    void updateTotal();
    void updateReviewSummary();

    const core::Database &m_db;
    std::optional<core::Order> m_original;
    QList<core::ContractCheck> m_storedChecklist;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_number = nullptr;
    LookupCombo *m_customer = nullptr;
    LookupCombo *m_opportunity = nullptr;
    LookupCombo *m_owner = nullptr;
    QDateEdit *m_orderDate = nullptr;
    QLineEdit *m_paymentTerms = nullptr;
    QComboBox *m_delivery = nullptr;
    QLineEdit *m_notes = nullptr;
    OrderLinesEditor *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QLabel *m_general = nullptr;
    FieldMessages *m_messages = nullptr;
    QList<QComboBox *> m_pointStates;
    QList<QLineEdit *> m_pointNotes;
};

} // namespace sb::ui
