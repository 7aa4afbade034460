// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/opportunities/opportunityfilter.h"

#include <QSortFilterProxyModel>

namespace sb::ui {

class OpportunityTableModel;

/// Filters and sorts the opportunity table straight from its rows (no QVariant
/// per cell while filtering), so large books stay responsive.
class OpportunityFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OpportunityFilterProxyModel(QObject *parent = nullptr);

    void setOpportunityModel(OpportunityTableModel *model);

    /// Keeps rows where every word of `text` occurs (ignoring case) in the code,
    /// customer, title, owner or source.
    void setSearchText(const QString &text);
    /// Keeps rows in this stage; nullopt keeps all.
    void setStageFilter(std::optional<core::Stage> stage);
    /// Keeps only open deals (initial contact to negotiation).
    void setOpenOnly(bool openOnly);
    /// Keeps rows owned by this sales rep; empty keeps all.
    void setOwnerFilter(const QString &ownerId);
    const OpportunityFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilter(const OpportunityFilter &filter);

    OpportunityTableModel *m_model = nullptr;
    OpportunityFilter m_filter;
};

} // namespace sb::ui
