// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace sb::ui {

class OrderTableModel;

/// Filters the order list by search text, status, order date range and the review queue.
class OrderFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<core::OrderStatus> status);
    /// Null dates leave that end open.
    void setDateRange(const QDate &from, const QDate &to);
    /// Only the review queue: orders with flagged contract points and drafts with points to check.
    void setReviewQueueOnly(bool on);

    /// Keeps the typed source model, so filtering and sorting need no cast per row.
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the rows themselves (as the model's SortRole orders them): going through
    /// data() and QVariant for each of the millions of comparisons a large list needs
    /// would hold the window for half a second.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const OrderTableModel *m_orders = nullptr;
    QString m_search;
    std::optional<core::OrderStatus> m_status;
    QDate m_from;
    QDate m_to;
    bool m_reviewOnly = false;
};

} // namespace sb::ui
