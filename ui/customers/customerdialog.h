// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/customer.h"
#include "core/domain/customermatcher.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sb::core {
class Database;
}

namespace sb::ui {

class FieldMessages;

/// The form for one customer. It validates as the user types — the rules of
/// sb::core::validate(Customer) plus a unique code — shows each problem next to
/// its field, and keeps OK disabled while anything is wrong. The editors are
/// named after the fields ("code", "name", "email" …).
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A customer with an empty meta.id is a new one.
    CustomerDialog(const core::Database &db, const core::Customer &customer, QWidget *parent = nullptr);
    ~CustomerDialog() override;

    /// The customer as entered (meta as given to the constructor).
    core::Customer customer() const;
    /// Shows the customer without allowing changes (read-only workspace).
    void setReadOnly(bool readOnly);
    bool isInputValid() const { return m_valid; }
    const FieldMessages &messages() const { return *m_messages; }
    /// Existing customers to compare the name and phone with as the user types;
    /// a likely duplicate is shown as a warning under the field (saving stays allowed).
    void setDuplicateCandidates(const QList<core::CustomerMatchCandidate> &candidates);
    /// The duplicate warnings shown under the name and the phone (empty when none).
    QString nameWarning() const;
    QString phoneWarning() const;

    void done(int result) override;

private:
    void buildForm();
    void fill(const core::Customer &customer);
    void revalidate();
    void checkDuplicates();

    const core::Database &m_db;
    core::Customer m_original;
    bool m_valid = false;
    FieldMessages *m_messages = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_sizeBand = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QLineEdit *m_decisionMaker = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    core::CustomerMatcher m_matcher;
    bool m_checkDuplicates = false;
    QLabel *m_nameWarning = nullptr;
    QLabel *m_phoneWarning = nullptr;
};

} // namespace sb::ui
