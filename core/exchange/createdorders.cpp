// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/createdorders.h"

#include "core/exchange/entityimport.h"
#include "core/storage/orderlineswriter.h"

namespace sb::core {

CreatedOrders::CreatedOrders(OrderLinesWriter &writer, ImportContext &context)
    : m_writer(writer), m_context(context)
{
}

void CreatedOrders::write(Order &order)
{
    if (order.writtenAmount == order.amount)
        return;
    if (order.writtenAmount >= 0) {
        m_writer.setOrderAmount(order.id, order.amount);
        order.writtenAmount = order.amount;
        return;
    }
    m_writer.insertOrder({order.id, order.number, order.customerId, order.date, order.status, order.amount});
    m_context.recordInsert(QStringLiteral("orders"), QString::fromUtf8(order.id));
    order.writtenAmount = order.amount;
}

} // namespace sb::core
