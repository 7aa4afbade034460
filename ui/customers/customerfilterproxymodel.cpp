// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customerfilterproxymodel.h"

#include "ui/common/roles.h"
#include "ui/customers/customertablemodel.h"

namespace sb::ui {

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void CustomerFilterProxyModel::setCustomerModel(CustomerTableModel *model)
{
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Only the typed setter is allowed: the filter reads CustomerTableModel rows directly.
    setCustomerModel(qobject_cast<CustomerTableModel *>(model));
}

void CustomerFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CustomerFilterProxyModel::setLifecycleFilter(std::optional<core::LifecycleStage> stage)
{
    if (stage == m_lifecycle)
        return;
    m_lifecycle = stage;
    invalidateFilter();
}

void CustomerFilterProxyModel::setClassFilter(std::optional<core::abc::Class> cls)
{
    if (cls == m_class)
        return;
    m_class = cls;
    invalidateFilter();
}

void CustomerFilterProxyModel::setIndustryFilter(const QString &industry)
{
    if (industry == m_industry)
        return;
    m_industry = industry;
    invalidateFilter();
}

void CustomerFilterProxyModel::setRegionFilter(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateFilter();
}

void CustomerFilterProxyModel::setOwnerFilter(const QString &ownerRepId)
{
    if (ownerRepId == m_owner)
        return;
    m_owner = ownerRepId;
    invalidateFilter();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const core::CustomerListRow &row = m_model->rowAt(sourceRow);
    const core::Customer &c = row.customer;
    if (m_lifecycle && c.lifecycle != *m_lifecycle)
        return false;
    if ((!m_industry.isEmpty() && c.industry != m_industry) || (!m_region.isEmpty() && c.region != m_region)
        || (!m_owner.isEmpty() && c.ownerRepId != m_owner))
        return false;
    if (m_class && m_model->classAt(sourceRow) != m_class)
        return false;
    // One folded text per row (see CustomerTableModel::searchText): a plain search per word.
    const QString &text = m_model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool CustomerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const core::CustomerListRow &a = m_model->rowAt(left.row());
    const core::CustomerListRow &b = m_model->rowAt(right.row());
    const int column = left.column();
    int order = 0;
    if (column == CustomerTableModel::Lifecycle) {
        order = int(a.customer.lifecycle) - int(b.customer.lifecycle);
    } else if (column == CustomerTableModel::AbcClass) {
        // Customers without a known class sort after C.
        const auto rank = [this](int row) {
            const std::optional<core::abc::Class> cls = m_model->classAt(row);
            return cls ? int(*cls) : 3;
        };
        order = rank(left.row()) - rank(right.row());
    } else if (column == CustomerTableModel::UpdatedAt) {
        order = a.customer.meta.updatedAt.compare(b.customer.meta.updatedAt);
    } else if (column == CustomerTableModel::Code) {
        order = a.customer.code.compare(b.customer.code);
    } else if (const QString *x = CustomerTableModel::field(a, column)) {
        order = x->compare(*CustomerTableModel::field(b, column), Qt::CaseInsensitive);
    }
    // Ties fall back to the code, so equal cells keep a stable, meaningful order.
    if (order == 0 && column != CustomerTableModel::Code)
        order = a.customer.code.compare(b.customer.code);
    return order < 0;
}

} // namespace sb::ui
