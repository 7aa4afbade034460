// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QString>

namespace sb::ui {

/// A combo box to pick a record by typing: any part of the text (a code, a SKU,
/// part of a name) brings up the matching entries; Down and Enter take one, and
/// leaving the field with text that matches exactly one entry takes that one.
/// Each entry carries the record id as its data; the first entry may stand for
/// "none" with an empty id. Typed text that matches nothing is no choice.
class LookupCombo final : public QComboBox
{
    Q_OBJECT

public:
    explicit LookupCombo(QWidget *parent = nullptr);

    /// The id of the chosen entry, or empty when the text names none.
    QString currentId() const;
    /// Chooses the entry with this id (the "none" entry or nothing for an unknown id).
    void setCurrentId(const QString &id);

signals:
    /// The chosen id changed (by typing, by the list or in code).
    void idChanged(const QString &id);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// Index of the entry the text names: an exact match, else the only entry containing it.
    int matchingIndex(const QString &text) const;
    void takeTypedText();

    QString m_lastId;
};

} // namespace sb::ui
