// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QAbstractTableModel>

namespace sb::ui {

/// The figures per class, one row each for A, B and C and a total row:
/// customers and their share, revenue and its share, the recommended share of
/// resources. SortRole gives the raw numbers.
class AbcSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClassName,
        Customers,
        CustomerShare,
        Revenue,
        RevenueShare,
        ResourceShare,
        ColumnCount
    };
    /// Rows 0–2 are the classes A, B, C; this is the total row.
    static constexpr int TotalRow = 3;

    explicit AbcSummaryModel(QObject *parent = nullptr);

    /// Shows a new result; the rows stay, so only the cells change.
    void setResult(const core::abc::AbcResult &result);
    const core::abc::AbcResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(int row, int column) const;
    QString text(int row, int column) const;

    core::abc::AbcResult m_result;
    bool m_empty = true;
};

} // namespace sb::ui
