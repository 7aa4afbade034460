// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/lostreasondialog.h"

#include "core/domain/error.h"
#include "core/storage/lostreasonstore.h"
#include "core/storage/opportunityqueries.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/workspace.h"
#include "ui/opportunities/lostreasonseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

LostReasonDialog::LostReasonDialog(Workspace &workspace, const QString &dealLabel, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Mark as lost"));
    m_messages = new FieldMessages(this);

    auto *question
        = new QLabel(tr("Why was %1 lost? The reason and the competitor feed the lost-deal analysis "
                        "on the Funnel page.")
                         .arg(dealLabel),
                     this);
    question->setWordWrap(true);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("lost_reason"));
    m_competitor = new QComboBox(this);
    m_competitor->setObjectName(QStringLiteral("lost_competitor"));
    m_competitor->setEditable(true);
    m_competitor->setInsertPolicy(QComboBox::NoInsert);
    m_competitor->lineEdit()->setMaxLength(200);
    m_competitor->lineEdit()->setPlaceholderText(tr("Who won the deal, if anyone"));
    m_competitor->addItem(QString());
    try {
        m_competitor->addItems(core::OpportunityQueries::competitors(m_workspace.database()));
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
    }
    fillReasons();

    auto *edit = new QPushButton(tr("&Edit lost reasons…"), this);
    edit->setAutoDefault(false);
    edit->setEnabled(!m_workspace.isReadOnly());
    connect(edit, &QPushButton::clicked, this, [this] {
        LostReasonsEditor editor(m_workspace, this);
        editor.exec();
        fillReasons();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Lost reason:"), m_messages->add(QStringLiteral("lost_reason"), m_reason));
    form->addRow(tr("&Competitor:"), m_messages->add(QStringLiteral("lost_competitor"), m_competitor));
    form->addRow(QString(), edit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as &lost"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &LostReasonDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

void LostReasonDialog::fillReasons()
{
    const QString chosen = reason();
    m_reason->blockSignals(true);
    m_reason->clear();
    m_reason->addItem(tr("Choose a reason…"), QString());
    try {
        for (const QString &name : core::LostReasonStore::names(m_workspace.database()))
            m_reason->addItem(name, name);
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
    }
    const int index = m_reason->findData(chosen);
    m_reason->setCurrentIndex(index >= 0 ? index : 0);
    m_reason->blockSignals(false);
    revalidate();
}

QString LostReasonDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString LostReasonDialog::competitor() const
{
    return m_competitor->currentText().trimmed();
}

bool LostReasonDialog::setReason(const QString &name)
{
    const int index = m_reason->findData(name);
    if (index < 0)
        return false;
    m_reason->setCurrentIndex(index);
    return true;
}

void LostReasonDialog::setCompetitor(const QString &name)
{
    m_competitor->setEditText(name);
}

bool LostReasonDialog::isInputValid() const
{
    return !reason().isEmpty();
}

void LostReasonDialog::revalidate()
{
    core::FieldErrors errors;
    if (m_buttons && !isInputValid())
        errors.append({QStringLiteral("lost_reason"), tr("Choose why the deal was lost.")});
    m_messages->show(errors);
    if (m_buttons)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isInputValid() && !m_workspace.isReadOnly());
}

void LostReasonDialog::done(int result)
{
    if (result == QDialog::Accepted && !isInputValid())
        return;
    QDialog::done(result);
}

} // namespace sb::ui
