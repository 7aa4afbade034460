// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/opportunityset.h"

#include <algorithm>

namespace sb::ui {

bool cardBefore(const core::OpportunityRow &a, const core::OpportunityRow &b)
{
    // Open deals: the most valuable first. Closed deals: the most recently closed first.
    if (core::stage::isClosed(a.stage) && a.closedOn != b.closedOn)
        return a.closedOn > b.closedOn;
    if (a.amount != b.amount)
        return a.amount > b.amount;
    return a.code < b.code;
}

std::shared_ptr<const OpportunitySet> OpportunitySet::build(QList<core::OpportunityRow> rows)
{
    auto set = std::make_shared<OpportunitySet>();
    const auto byCode
        = [](const core::OpportunityRow &a, const core::OpportunityRow &b) { return a.code < b.code; };
    // The table sorts by code through the row order, so the order must hold.
    if (!std::is_sorted(rows.cbegin(), rows.cend(), byCode))
        std::sort(rows.begin(), rows.end(), byCode);
    set->rows = std::move(rows);
    set->rowOfId.reserve(set->rows.size());
    const QList<core::Stage> columns = core::stage::all();
    set->cardOrder.resize(columns.size());
    set->columnAmount.fill(0, columns.size());
    for (int row = 0; row < set->rows.size(); ++row) {
        const core::OpportunityRow &r = set->rows.at(row);
        set->rowOfId.insert(r.id, row);
        const auto column = columns.indexOf(r.stage);
        set->cardOrder[column].append(row);
        set->columnAmount[column] += r.amount;
    }
    for (QList<int> &order : set->cardOrder) {
        std::sort(order.begin(), order.end(),
                  [&set](int a, int b) { return cardBefore(set->rows.at(a), set->rows.at(b)); });
    }
    return set;
}

} // namespace sb::ui
