// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/funnel/funnelanalysis.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// Open deals at risk: those breaking the "2-2-2" follow-up rule and the stale
/// ones, one row per deal with every rule it breaks.
class AtRiskModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Customer,
        Owner,
        StageColumn,
        Amount,
        Rules,
        ColumnCount
    };

    using Row = AtRiskDeal;

    explicit AtRiskModel(QObject *parent = nullptr);

    /// Rebuilds from an analysis (one reset).
    void setAnalysis(const FunnelAnalysis &analysis);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// Deals of the period that broke the rule but are closed already (not listed).
    qint64 closedBreaches() const { return m_closedBreaches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    qint64 m_closedBreaches = 0;
};

} // namespace sb::ui
