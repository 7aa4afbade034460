// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderfilterproxymodel.h"

#include "ui/common/roles.h"
#include "ui/orders/ordertablemodel.h"

namespace sb::ui {

OrderFilterProxyModel::OrderFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OrderFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void OrderFilterProxyModel::setStatusFilter(std::optional<core::OrderStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void OrderFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void OrderFilterProxyModel::setReviewQueueOnly(bool on)
{
    m_reviewOnly = on;
    invalidateRowsFilter();
}

bool OrderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const OrderTableModel *model = m_orders;
    if (!model || sourceParent.isValid())
        return true;
    const OrderRow &row = model->rows().at(sourceRow);
    if (m_status && row.status != *m_status)
        return false;
    if (m_from.isValid() && row.orderDate < m_from)
        return false;
    if (m_to.isValid() && row.orderDate > m_to)
        return false;
    if (m_reviewOnly && !row.needsReview())
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString &text : {row.number, row.customerName, row.ownerName})
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

void OrderFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_orders = qobject_cast<const OrderTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool OrderFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const OrderTableModel *model = m_orders;
    if (!model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const OrderRow &a = model->rows().at(left.row());
    const OrderRow &b = model->rows().at(right.row());
    const auto text
        = [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; };
    switch (left.column()) {
    // Order numbers are codes (prefix and digits): an exact comparison orders them and is
    // several times cheaper than a case-insensitive one.
    case OrderTableModel::Number:
        return a.number < b.number;
    case OrderTableModel::Customer:
        return text(a.customerName, b.customerName);
    case OrderTableModel::Owner:
        return text(a.ownerName, b.ownerName);
    case OrderTableModel::Date:
        return a.orderDate < b.orderDate;
    case OrderTableModel::Amount:
        return a.amount < b.amount;
    case OrderTableModel::Status:
        return int(a.status) < int(b.status);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace sb::ui
