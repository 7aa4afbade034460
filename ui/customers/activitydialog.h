// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace sb::ui {

class FieldMessages;

/// The form for one sales activity (visit, call, e-mail, proposal, meeting):
/// date, summary, next step and its due date. It validates as the user types
/// (sb::core::validate(Activity)), shows problems next to the fields and keeps
/// OK disabled while anything is wrong.
class ActivityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// An activity with an empty meta.id is a new one.
    explicit ActivityDialog(const core::Activity &activity, QWidget *parent = nullptr);

    /// The activity as entered (meta, code, customer, opportunity and rep as given).
    core::Activity activity() const;
    bool isInputValid() const { return m_valid; }
    const FieldMessages &messages() const { return *m_messages; }

    void done(int result) override;

private:
    void revalidate();

    core::Activity m_original;
    bool m_valid = false;
    FieldMessages *m_messages = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_nextStep = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
