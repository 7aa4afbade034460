// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/createdorders.h"

#include "core/exchange/entityimport.h"
#include "core/storage/database.h"

namespace sb::core {

CreatedOrders::CreatedOrders(const Database &db, ImportContext &context, QByteArray now, QByteArray office)
    : m_context(context),
      m_now(std::move(now)),
      m_office(std::move(office)),
      m_user(Database::userName()),
      m_insert(
          db,
          "INSERT INTO orders (id, number, customer_id, order_date, status, amount, created_at, updated_at, "
          "updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_audit(db,
              "INSERT INTO audit_log (at, user_name, office, entity, record_id, action, field, new_value) "
              "VALUES (?, ?, ?, 'order', ?, 'create', 'number', ?)"),
      m_setAmount(db, "UPDATE orders SET amount = ? WHERE id = ?")
{
}

void CreatedOrders::write(Order &order)
{
    if (order.writtenAmount == order.amount)
        return;
    if (order.writtenAmount >= 0) {
        m_setAmount.bind(1, order.amount);
        m_setAmount.bindUtf8(2, order.id);
        m_setAmount.run();
        order.writtenAmount = order.amount;
        return;
    }
    m_insert.bindUtf8(1, order.id);
    m_insert.bind(2, order.number);
    m_insert.bindUtf8(3, order.customerId);
    m_insert.bind(4, order.date);
    m_insert.bind(5, order.status);
    m_insert.bind(6, order.amount);
    m_insert.bindUtf8(7, m_now);
    m_insert.bindUtf8(8, m_now);
    m_insert.bindUtf8(9, m_office);
    m_insert.run();
    m_audit.bindUtf8(1, m_now);
    m_audit.bind(2, m_user);
    m_audit.bindUtf8(3, m_office);
    m_audit.bindUtf8(4, order.id);
    m_audit.bind(5, order.number);
    m_audit.run();
    m_context.recordInsert(QStringLiteral("orders"), QString::fromUtf8(order.id));
    order.writtenAmount = order.amount;
}

} // namespace sb::core
