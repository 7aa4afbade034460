// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/opportunityrow.h"

#include <QHash>
#include <QList>

#include <memory>

namespace sb::ui {

/// The opportunities of a workspace as read once, with the look-ups the table
/// and the board need prepared on the worker thread, so that showing 200 000
/// deals costs the GUI thread no sorting and no hashing. Shared read-only.
struct OpportunitySet
{
    QList<core::OpportunityRow> rows; ///< ordered by code
    QHash<QString, int> rowOfId;
    /// For each board column (PipelineBoardModel::columns()), its rows in card
    /// order: open deals largest first, closed deals most recently closed first.
    QList<QList<int>> cardOrder;
    QList<core::Money> columnAmount; ///< the total amount of each board column

    /// Prepares the look-ups (call on a worker thread for large books).
    static std::shared_ptr<const OpportunitySet> build(QList<core::OpportunityRow> rows);
};

/// True when card `a` comes before card `b` in a board column.
bool cardBefore(const core::OpportunityRow &a, const core::OpportunityRow &b);

} // namespace sb::ui
