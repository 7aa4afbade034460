// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/contacttablemodel.h"

#include "ui/common/roles.h"

namespace sb::ui {

ContactTableModel::ContactTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ContactTableModel::setContacts(QList<core::Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactTableModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts[i].meta.id == id)
            return int(i);
    }
    return -1;
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Contact &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return c.name;
        case Title:
            return c.title;
        case Phone:
            return c.phone;
        case Email:
            return c.email;
        case DecisionMaker:
            return c.isDecisionMaker ? tr("Yes") : QString();
        case Notes:
            return c.notes.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Notes && !c.notes.isEmpty() ? QVariant(c.notes) : QVariant();
    case IdRole:
        return c.meta.id;
    case CodeRole:
        return c.code;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case DecisionMaker:
        return tr("Decision maker");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
