// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/opportunityfilterproxymodel.h"

#include "ui/opportunities/opportunitytablemodel.h"

#include <limits>

namespace sb::ui {

OpportunityFilterProxyModel::OpportunityFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void OpportunityFilterProxyModel::setOpportunityModel(OpportunityTableModel *model)
{
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void OpportunityFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
}

void OpportunityFilterProxyModel::setFilter(const OpportunityFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void OpportunityFilterProxyModel::setSearchText(const QString &text)
{
    OpportunityFilter next = m_filter;
    next.setSearchText(text);
    setFilter(next);
}

void OpportunityFilterProxyModel::setStageFilter(std::optional<core::Stage> stage)
{
    OpportunityFilter next = m_filter;
    next.stage = stage;
    setFilter(next);
}

void OpportunityFilterProxyModel::setOpenOnly(bool openOnly)
{
    OpportunityFilter next = m_filter;
    next.openOnly = openOnly;
    setFilter(next);
}

void OpportunityFilterProxyModel::setOwnerFilter(const QString &ownerId)
{
    OpportunityFilter next = m_filter;
    next.ownerId = ownerId;
    setFilter(next);
}

bool OpportunityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return m_filter.matches(m_model->rowAt(sourceRow));
}

bool OpportunityFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const core::OpportunityRow &a = m_model->rowAt(left.row());
    const core::OpportunityRow &b = m_model->rowAt(right.row());
    const QDate &today = m_model->today();
    const auto compare = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    const auto dateKey = [](const QDate &date) {
        // Missing dates sort after every real one.
        return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    int order = 0;
    switch (left.column()) {
    case OpportunityTableModel::Code:
        // The rows are ordered by code: their positions compare as the codes do.
        order = compare(left.row(), right.row());
        break;
    case OpportunityTableModel::Customer:
        order = a.customerName.compare(b.customerName, Qt::CaseInsensitive);
        break;
    case OpportunityTableModel::Title:
        order = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    case OpportunityTableModel::Amount:
        order = compare(a.amount, b.amount);
        break;
    case OpportunityTableModel::Owner:
        order = a.ownerName.compare(b.ownerName, Qt::CaseInsensitive);
        break;
    case OpportunityTableModel::StageColumn:
        order = compare(int(a.stage), int(b.stage));
        break;
    case OpportunityTableModel::Probability:
        order = compare(a.probability, b.probability);
        break;
    case OpportunityTableModel::ExpectedClose:
        order = compare(dateKey(a.expectedClose), dateKey(b.expectedClose));
        break;
    case OpportunityTableModel::DaysInStage:
        order = compare(a.daysInStage(today), b.daysInStage(today));
        break;
    case OpportunityTableModel::Source:
        order = a.source.compare(b.source, Qt::CaseInsensitive);
        break;
    case OpportunityTableModel::CreatedOn:
        order = compare(dateKey(a.createdOn), dateKey(b.createdOn));
        break;
    case OpportunityTableModel::ClosedOn:
        order = compare(dateKey(a.closedOn), dateKey(b.closedOn));
        break;
    case OpportunityTableModel::LostReason:
        order = a.lostReason.compare(b.lostReason, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    // Ties fall back to the code (the row order), so equal cells keep a stable, meaningful order.
    if (order == 0)
        order = compare(left.row(), right.row());
    return order < 0;
}

} // namespace sb::ui
