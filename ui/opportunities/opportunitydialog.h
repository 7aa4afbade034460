// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/leadscoring.h"
#include "core/domain/opportunity.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sb::core {
class Database;
}

namespace sb::ui {

class FieldMessages;

/// The form for one opportunity. It validates as the user types — the rules of
/// sb::core::validate(Opportunity), a customer picked from the list, a readable
/// amount and a unique code — shows each problem next to its field and keeps OK
/// disabled while anything is wrong. The customer box searches code and name as
/// you type. A new deal may start in any open stage; an existing deal changes
/// stage on the board or with "Move to…", so that every move is recorded.
/// The lead assessment (source reliability, need, budget, intent; each 0–100 or
/// "not assessed") shows the score and grade the workspace's model gives.
/// Editors are named after the fields ("code", "customer_code", "amount" …).
class OpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// An opportunity with an empty meta.id is a new one.
    OpportunityDialog(const core::Database &db, const core::Opportunity &opportunity,
                      QWidget *parent = nullptr);
    ~OpportunityDialog() override;

    /// The opportunity as entered (meta, lost details and close date as given).
    core::Opportunity opportunity() const;
    void setReadOnly(bool readOnly);
    bool isInputValid() const { return m_valid; }
    const FieldMessages &messages() const { return *m_messages; }
    /// Picks the customer with this id in the customer box.
    bool selectCustomer(const QString &customerId);
    /// The score line under the lead assessment ("Lead score 72 · grade B" or why there is none).
    QString leadScoreText() const;

    void done(int result) override;

private:
    void buildForm();
    void fill(const core::Opportunity &opportunity);
    void revalidate();
    QString customerId() const;
    std::optional<core::Money> amount() const;
    void updateLeadScore();

    const core::Database &m_db;
    core::Opportunity m_original;
    bool m_isNew = true;
    bool m_valid = false;
    FieldMessages *m_messages = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_stageLabel = nullptr;
    QSpinBox *m_probability = nullptr;
    QDateEdit *m_createdOn = nullptr;
    QDateEdit *m_expectedClose = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_products = nullptr;
    QLineEdit *m_competitors = nullptr;
    QSpinBox *m_leadSource = nullptr;
    QSpinBox *m_leadNeed = nullptr;
    QSpinBox *m_leadBudget = nullptr;
    QSpinBox *m_leadIntent = nullptr;
    QLabel *m_leadScore = nullptr;
    core::funnel::LeadScoringModel m_leadModel;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
