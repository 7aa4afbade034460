// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/orderlist.h"

#include "core/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace sb::core {

void forEachOrderListEntry(const Database &db, const std::function<void(const OrderListEntry &)> &visit)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT o.id, o.number, c.name, o.order_date, o.amount, o.status, o.delivery_status, r.name "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN reps r ON r.id = o.owner_rep_id "
        "WHERE o.deleted = ? ORDER BY o.number"));
    q.setForwardOnly(true); // streams the rows instead of caching them all in the driver
    q.addBindValue(0);
    Database::exec(q, QStringLiteral("list the orders"));
    OrderListEntry entry;
    while (q.next()) {
        entry.id = q.value(0).toString();
        entry.number = q.value(1).toString();
        entry.customerName = q.value(2).toString();
        entry.orderDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        entry.amount = q.value(4).toLongLong();
        entry.status = orderstatus::fromText(q.value(5).toString()).value_or(OrderStatus::Draft);
        entry.deliveryStatus = q.value(6).toString();
        entry.ownerName = q.value(7).toString();
        visit(entry);
    }
}

} // namespace sb::core
