// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/atriskproxymodel.h"

#include "ui/funnel/atriskmodel.h"

namespace sb::ui {

AtRiskProxyModel::AtRiskProxyModel(AtRiskModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
}

bool AtRiskProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const AtRiskModel::Row &a = m_model->rowAt(left.row());
    const AtRiskModel::Row &b = m_model->rowAt(right.row());
    const auto compare = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    int order = 0;
    switch (left.column()) {
    case AtRiskModel::Code:
        order = a.code.compare(b.code);
        break;
    case AtRiskModel::Customer:
        order = a.customer.compare(b.customer, Qt::CaseInsensitive);
        break;
    case AtRiskModel::Owner:
        order = a.owner.compare(b.owner, Qt::CaseInsensitive);
        break;
    case AtRiskModel::StageColumn:
        order = compare(int(a.stage), int(b.stage));
        break;
    case AtRiskModel::Amount:
        order = compare(a.amount, b.amount);
        break;
    case AtRiskModel::Rules:
        // By how far the deal is past its limit.
        order = compare(a.worstDays, b.worstDays);
        break;
    default:
        break;
    }
    if (order == 0)
        order = a.code.compare(b.code);
    return order < 0;
}

} // namespace sb::ui
