// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/leadscoring.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace sb::ui {

class FieldMessages;
class Workspace;

/// "Lead scoring model…": the weights of source reliability, need match, budget
/// and intent, the score each grade starts at, and how reliable each lead source
/// is. The workspace keeps the model (core/storage/funnelsettings.h); OK saves
/// it and every lead is graded anew. Problems show next to their fields.
class LeadScoringDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LeadScoringDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// The model as entered.
    core::funnel::LeadScoringModel model() const;
    /// Shows a model in the form.
    void setModel(const core::funnel::LeadScoringModel &model);
    bool isInputValid() const { return m_valid; }
    const FieldMessages &messages() const { return *m_messages; }
    QTableWidget *sourceTable() const { return m_sources; }

    void done(int result) override;

private:
    void revalidate();

    Workspace &m_workspace;
    FieldMessages *m_messages = nullptr;
    QSpinBox *m_sourceWeight = nullptr;
    QSpinBox *m_needWeight = nullptr;
    QSpinBox *m_budgetWeight = nullptr;
    QSpinBox *m_intentWeight = nullptr;
    QSpinBox *m_gradeA = nullptr;
    QSpinBox *m_gradeB = nullptr;
    QSpinBox *m_gradeC = nullptr;
    QSpinBox *m_unknownSource = nullptr;
    QTableWidget *m_sources = nullptr;
    QLabel *m_example = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = true;
};

} // namespace sb::ui
