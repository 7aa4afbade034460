// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/rowoutcomefiltermodel.h"

#include "ui/common/roles.h"

namespace sb::ui {

RowOutcomeFilterModel::RowOutcomeFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void RowOutcomeFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool RowOutcomeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == Filter::All)
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(EnumKeyRole).toString();
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Problems:
        return key == u"error" || key == u"skip";
    case Filter::Inserts:
        return key == u"insert";
    case Filter::Updates:
        return key == u"update";
    case Filter::Unchanged:
        return key == u"unchanged";
    }
    return true;
}

} // namespace sb::ui
