// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"
#include "core/domain/order.h"

#include <QDate>
#include <QString>

#include <functional>

namespace sb::core {

class Database;

/// One line of the order list: the columns a list shows, with the customer's and the
/// owner's names joined in. Lighter than Order, so a list of 300 000 orders stays small.
struct OrderListEntry
{
    QString id;
    QString number;
    QString customerName;
    QDate orderDate;
    Money amount = 0;
    OrderStatus status = OrderStatus::Draft;
    QString deliveryStatus;
    QString ownerName; ///< empty when the order has no owner
};

/// Calls `visit` for every live order, by order number, streaming the rows (nothing is
/// held but the current one).
void forEachOrderListEntry(const Database &db, const std::function<void(const OrderListEntry &)> &visit);

} // namespace sb::core
