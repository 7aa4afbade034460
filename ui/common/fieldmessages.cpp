// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/fieldmessages.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace sb::ui {

namespace {

const char *const invalidProperty = "invalid";

// The red used for messages and borders: readable on light and dark backgrounds.
QString errorColor()
{
    return QStringLiteral("#c62828");
}

} // namespace

FieldMessages::FieldMessages(QWidget *form) : QObject(form), m_form(form)
{
    m_form->setStyleSheet(
        m_form->styleSheet()
        + QStringLiteral("*[invalid=\"true\"] { border: 1px solid %1; border-radius: 3px; }")
              .arg(errorColor()));
}

QWidget *FieldMessages::add(const QString &field, QWidget *editor)
{
    auto *container = new QWidget(m_form);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    auto *label = new QLabel(container);
    label->setObjectName(field + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor()));
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->hide();
    layout->addWidget(editor);
    layout->addWidget(label);
    m_entries.insert(field, {editor, label});
    return container;
}

void FieldMessages::setGeneralLabel(QLabel *label)
{
    m_general = label;
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor()));
    m_general->hide();
}

void FieldMessages::show(const core::FieldErrors &errors)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const core::FieldError &error : errors) {
        if (m_entries.contains(error.field))
            byField[error.field].append(error.message);
        else
            general.append(error.message);
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it->label->setText(messages.join(QLatin1Char('\n')));
        it->label->setVisible(!messages.isEmpty());
        setInvalid(it->editor, !messages.isEmpty());
    }
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
}

QString FieldMessages::message(const QString &field) const
{
    const auto it = m_entries.constFind(field);
    return it != m_entries.cend() && !it->label->isHidden() ? it->label->text() : QString();
}

QLabel *FieldMessages::messageLabel(const QString &field) const
{
    return m_entries.value(field).label;
}

void FieldMessages::setInvalid(QWidget *editor, bool invalid)
{
    if (editor->property(invalidProperty).toBool() == invalid)
        return;
    editor->setProperty(invalidProperty, invalid);
    // Style sheets read dynamic properties only when the widget is polished again.
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
    editor->update();
}

} // namespace sb::ui
