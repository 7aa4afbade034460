// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace sb::ui {

class FieldMessages;

/// The form for one contact of a customer. It validates as the user types (the
/// rules of sb::core::validate(Contact)), shows each problem next to its field
/// and keeps OK disabled while anything is wrong. Editors are named after the
/// fields ("name", "phone" …).
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A contact with an empty meta.id is a new one.
    explicit ContactDialog(const core::Contact &contact, QWidget *parent = nullptr);

    /// The contact as entered (meta, code and customer as given).
    core::Contact contact() const;
    bool isInputValid() const { return m_valid; }
    const FieldMessages &messages() const { return *m_messages; }

    void done(int result) override;

private:
    void revalidate();

    core::Contact m_original;
    bool m_valid = false;
    FieldMessages *m_messages = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_decisionMaker = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
