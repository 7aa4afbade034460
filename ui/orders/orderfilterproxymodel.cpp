// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderfilterproxymodel.h"

#include "ui/models/roles.h"
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
    const auto *model = qobject_cast<const OrderTableModel *>(sourceModel());
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

} // namespace sb::ui
