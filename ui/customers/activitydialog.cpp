// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/activitydialog.h"

#include "ui/common/fieldmessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QDateEdit *dateEdit(const QString &name, QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date);
    return edit;
}

} // namespace

ActivityDialog::ActivityDialog(const core::Activity &activity, QWidget *parent)
    : QDialog(parent), m_original(activity)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.meta.id.isEmpty()
                       ? tr("New activity")
                       : tr("Activity of %1").arg(activity.date.toString(Qt::ISODate)));
    m_messages = new FieldMessages(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const core::ActivityKind kind : core::activitykind::all())
        m_kind->addItem(core::activitykind::displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(activity.kind)));
    const QDate date = activity.date.isValid() ? activity.date : QDate::currentDate();
    m_date = dateEdit(QStringLiteral("activity_date"), date, this);
    m_summary = new QPlainTextEdit(activity.summary, this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, what the customer said"));
    m_summary->setMinimumHeight(70);
    m_nextStep = new QLineEdit(activity.nextStep, this);
    m_nextStep->setObjectName(QStringLiteral("next_step"));
    m_nextStep->setPlaceholderText(tr("e.g. send the quote, book a demo"));
    m_hasDue = new QCheckBox(tr("D&ue on"), this);
    m_hasDue->setObjectName(QStringLiteral("has_next_step_date"));
    m_hasDue->setChecked(activity.nextStepDate.isValid());
    m_due = dateEdit(QStringLiteral("next_step_date"),
                     activity.nextStepDate.isValid() ? activity.nextStepDate : date.addDays(7), this);
    m_due->setEnabled(m_hasDue->isChecked());

    auto *due = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due);
    dueLayout->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Activity:"), m_kind);
    form->addRow(tr("&Date:"), m_messages->add(QStringLiteral("activity_date"), m_date));
    form->addRow(tr("&Summary:"), m_messages->add(QStringLiteral("summary"), m_summary));
    form->addRow(tr("&Next step:"), m_messages->add(QStringLiteral("next_step"), m_nextStep));
    form->addRow(QString(), m_messages->add(QStringLiteral("next_step_date"), due));

    auto *general = new QLabel(this);
    m_messages->setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &ActivityDialog::revalidate);
    connect(m_due, &QDateEdit::dateChanged, this, &ActivityDialog::revalidate);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &ActivityDialog::revalidate);
    connect(m_nextStep, &QLineEdit::textChanged, this, &ActivityDialog::revalidate);
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        revalidate();
    });
    revalidate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

core::Activity ActivityDialog::activity() const
{
    core::Activity a = m_original;
    a.kind = core::ActivityKind(m_kind->currentData().toInt());
    a.date = m_date->date();
    a.summary = m_summary->toPlainText().trimmed();
    a.nextStep = m_nextStep->text().trimmed();
    a.nextStepDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    return a;
}

void ActivityDialog::revalidate()
{
    const core::FieldErrors errors = core::validate(activity());
    m_messages->show(errors);
    m_valid = errors.isEmpty();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_valid);
}

void ActivityDialog::done(int result)
{
    if (result == QDialog::Accepted && !m_valid)
        return;
    QDialog::done(result);
}

} // namespace sb::ui
