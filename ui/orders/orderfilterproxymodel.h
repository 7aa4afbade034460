// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace sb::ui {

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<core::OrderStatus> m_status;
    QDate m_from;
    QDate m_to;
    bool m_reviewOnly = false;
};

} // namespace sb::ui
