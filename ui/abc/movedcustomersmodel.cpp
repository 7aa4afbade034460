// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/movedcustomersmodel.h"

#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QColor>

namespace sb::ui {

MovedCustomersModel::MovedCustomersModel(QObject *parent) : QAbstractTableModel(parent) { }

void MovedCustomersModel::setCustomers(const QList<core::abc::MovedCustomer> &customers)
{
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

int MovedCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int MovedCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovedCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::abc::MovedCustomer &c = m_customers.at(index.row());
    const core::Money change = c.revenueAfter - c.revenueBefore;
    const auto rankText = [](int rank) { return rank > 0 ? format::count(rank) : QStringLiteral("–"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Code:
            return c.code;
        case Name:
            return c.name;
        case RevenueBefore:
            return format::money(c.revenueBefore);
        case RevenueAfter:
            return format::money(c.revenueAfter);
        case Change:
            return QString((change > 0 ? QStringLiteral("+") : QString()) + format::money(change));
        case Ranks:
            return tr("%1 → %2").arg(rankText(c.rankBefore), rankText(c.rankAfter));
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Code:
            return c.code;
        case Name:
            return c.name;
        case RevenueBefore:
            return c.revenueBefore;
        case RevenueAfter:
            return c.revenueAfter;
        case Change:
            return change;
        case Ranks:
            return c.rankAfter;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() <= Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Change && change != 0)
            return change < 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
        return {};
    case IdRole:
        return c.customerId;
    case CodeRole:
        return c.code;
    default:
        return {};
    }
}

QVariant MovedCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Ranks)
        return tr("Rank in the earlier period → rank now");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Customer name");
    case RevenueBefore:
        return tr("Earlier revenue");
    case RevenueAfter:
        return tr("Revenue");
    case Change:
        return tr("Change");
    case Ranks:
        return tr("Rank");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
