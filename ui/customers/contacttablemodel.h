// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// The contacts of one customer: name, title, phone, e-mail, decision maker.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Title,
        Phone,
        Email,
        DecisionMaker,
        Notes,
        ColumnCount
    };

    explicit ContactTableModel(QObject *parent = nullptr);

    void setContacts(QList<core::Contact> contacts);
    const core::Contact &contactAt(int row) const { return m_contacts.at(row); }
    /// The row of the contact with this id, or -1.
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Contact> m_contacts;
};

} // namespace sb::ui
