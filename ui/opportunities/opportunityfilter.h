// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/opportunityrow.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sb::ui {

/// What the search field and the filter combos ask for; the table's proxy and
/// the pipeline board apply the same rules.
struct OpportunityFilter
{
    QStringList words; ///< every word must occur in code, customer, title, owner or source
    std::optional<core::Stage> stage; ///< one stage only
    bool openOnly = false; ///< only deals in an open stage
    QString ownerId; ///< one owner; empty for all

    /// Splits typed text into words.
    void setSearchText(const QString &text) { words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    bool matches(const core::OpportunityRow &row) const
    {
        if (stage && row.stage != *stage)
            return false;
        if (openOnly && core::stage::isClosed(row.stage))
            return false;
        if (!ownerId.isEmpty() && row.ownerId != ownerId)
            return false;
        for (const QString &word : words) {
            const bool found = row.code.contains(word, Qt::CaseInsensitive)
                || row.customerName.contains(word, Qt::CaseInsensitive)
                || row.customerCode.contains(word, Qt::CaseInsensitive)
                || row.title.contains(word, Qt::CaseInsensitive)
                || row.ownerName.contains(word, Qt::CaseInsensitive)
                || row.source.contains(word, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    }
    bool operator==(const OpportunityFilter &) const = default;
};

} // namespace sb::ui
