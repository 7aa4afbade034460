// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/lookupcombo.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>

namespace sb::ui {

LookupCombo::LookupCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    const auto check = [this] {
        const QString id = currentId();
        if (id != m_lastId) {
            m_lastId = id;
            emit idChanged(id);
        }
    };
    connect(this, &QComboBox::currentIndexChanged, this, check);
    connect(this, &QComboBox::editTextChanged, this, check);
}

int LookupCombo::matchingIndex(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return -1;
    const int exact = findText(wanted, Qt::MatchFixedString);
    if (exact >= 0)
        return exact;
    int found = -1;
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString().isEmpty() || !itemText(i).contains(wanted, Qt::CaseInsensitive))
            continue;
        if (found >= 0)
            return -1; // more than one: the text does not name a record yet
        found = i;
    }
    return found;
}

QString LookupCombo::currentId() const
{
    const int index = currentIndex();
    if (index >= 0 && currentText() == itemText(index))
        return itemData(index).toString();
    const int match = matchingIndex(currentText());
    return match >= 0 ? itemData(match).toString() : QString();
}

void LookupCombo::setCurrentId(const QString &id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : (count() > 0 && itemData(0).toString().isEmpty() ? 0 : -1));
}

void LookupCombo::takeTypedText()
{
    const int index = currentIndex();
    if (index >= 0 && currentText() == itemText(index))
        return;
    const int match = matchingIndex(currentText());
    if (match < 0)
        return;
    if (match == index)
        setEditText(itemText(match));
    else
        setCurrentIndex(match);
}

void LookupCombo::focusOutEvent(QFocusEvent *event)
{
    // Not when the completion list opens: the user is still choosing.
    if (event->reason() != Qt::PopupFocusReason)
        takeTypedText();
    QComboBox::focusOutEvent(event);
}

} // namespace sb::ui
