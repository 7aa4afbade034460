// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// The customers of one cell of the movement matrix, with their revenue and
/// rank in both periods. SortRole gives numbers for the numeric columns.
class MovedCustomersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        RevenueBefore,
        RevenueAfter,
        Change,
        Ranks, ///< "19 → 129": the rank in the earlier period and now
        ColumnCount
    };

    explicit MovedCustomersModel(QObject *parent = nullptr);

    void setCustomers(const QList<core::abc::MovedCustomer> &customers);
    const QList<core::abc::MovedCustomer> &customers() const { return m_customers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::abc::MovedCustomer> m_customers;
};

} // namespace sb::ui
