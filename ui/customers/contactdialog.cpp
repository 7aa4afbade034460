// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/contactdialog.h"

#include "ui/common/fieldmessages.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

ContactDialog::ContactDialog(const core::Contact &contact, QWidget *parent)
    : QDialog(parent), m_original(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.meta.id.isEmpty() ? tr("New contact") : tr("Contact %1").arg(contact.name));
    m_messages = new FieldMessages(this);
    m_name = new QLineEdit(contact.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_title = new QLineEdit(contact.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(200);
    m_phone = new QLineEdit(contact.phone, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. +86 138 0000 0000"));
    m_email = new QLineEdit(contact.email, this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_decisionMaker = new QCheckBox(tr("This contact is a &decision maker"), this);
    m_decisionMaker->setObjectName(QStringLiteral("is_decision_maker"));
    m_decisionMaker->setChecked(contact.isDecisionMaker);
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_messages->add(QStringLiteral("name"), m_name));
    form->addRow(tr("&Title:"), m_messages->add(QStringLiteral("title"), m_title));
    form->addRow(tr("&Phone:"), m_messages->add(QStringLiteral("phone"), m_phone));
    form->addRow(tr("&E-mail:"), m_messages->add(QStringLiteral("email"), m_email));
    form->addRow(QString(), m_decisionMaker);
    form->addRow(tr("N&otes:"), m_messages->add(QStringLiteral("notes"), m_notes));

    auto *general = new QLabel(this);
    m_messages->setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_title, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_original;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.isDecisionMaker = m_decisionMaker->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

void ContactDialog::revalidate()
{
    const core::FieldErrors errors = core::validate(contact());
    m_messages->show(errors);
    m_valid = errors.isEmpty();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_valid);
}

void ContactDialog::done(int result)
{
    if (result == QDialog::Accepted && !m_valid)
        return;
    QDialog::done(result);
}

} // namespace sb::ui
