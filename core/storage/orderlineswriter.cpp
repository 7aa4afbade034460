// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/orderlineswriter.h"

#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitebulkmode.h"
#include "core/storage/sqlite/sqlitestatement.h"

namespace sb::core {

struct OrderLinesWriter::Statements
{
    explicit Statements(const Database &db)
        : findOrder(
            db,
            "SELECT o.id, o.customer_id, c.code FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.number = ? AND o.deleted = 0"),
          findLine(
              db,
              "SELECT id, product_id, quantity, unit_price, discount_bp, amount, version FROM order_lines "
              "WHERE order_id = ? AND line_no = ? AND deleted = 0"),
          insertLine(db,
                     "INSERT INTO order_lines (id, order_id, line_no, product_id, quantity, unit_price, "
                     "discount_bp, amount, created_at, updated_at, updated_by_office) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          updateLine(db,
                     "UPDATE order_lines SET product_id = ?, quantity = ?, unit_price = ?, discount_bp = ?, "
                     "amount = ?, version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"),
          readOrder(db, "SELECT amount, version FROM orders WHERE id = ?"),
          recomputeAmount(db,
                          "UPDATE orders SET amount = COALESCE((SELECT SUM(amount) FROM order_lines "
                          "WHERE order_id = orders.id AND deleted = 0), contract_amount, 0), "
                          "version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"),
          insertOrder(db,
                      "INSERT INTO orders (id, number, customer_id, order_date, status, amount, created_at, "
                      "updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          auditOrder(db,
                     "INSERT INTO audit_log (at, user_name, office, entity, record_id, action, field, "
                     "new_value) VALUES (?, ?, ?, 'order', ?, 'create', 'number', ?)"),
          setOrderAmount(db, "UPDATE orders SET amount = ? WHERE id = ?"),
          findCustomer(db, "SELECT id FROM customers WHERE code = ? AND deleted = 0"),
          insertCustomer(db,
                         "INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office) "
                         "VALUES (?, ?, ?, ?, ?, ?)"),
          findProduct(db, "SELECT id FROM products WHERE sku = ? AND deleted = 0"),
          insertProduct(db,
                        "INSERT INTO products (id, sku, name, unit_price, created_at, updated_at, "
                        "updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?)")
    {
    }

    SqliteStatement findOrder, findLine, insertLine, updateLine, readOrder, recomputeAmount;
    SqliteStatement insertOrder, auditOrder, setOrderAmount;
    SqliteStatement findCustomer, insertCustomer, findProduct, insertProduct;
};

namespace {

void bindValues(SqliteStatement &s, int first, const OrderLineValues &v)
{
    v.productId.isEmpty() ? s.bindNull(first) : s.bindUtf8(first, v.productId);
    s.bind(first + 1, v.quantity);
    s.bind(first + 2, v.unitPrice);
    s.bind(first + 3, v.discountBp);
    s.bind(first + 4, v.amount);
}

std::optional<QByteArray> findId(SqliteStatement &find, const QString &key)
{
    find.bind(1, key);
    std::optional<QByteArray> id;
    if (find.step())
        id = find.utf8(0);
    find.reset();
    return id;
}

} // namespace

OrderLinesWriter::OrderLinesWriter(const Database &db, QByteArray now, QByteArray office)
    : m_sql(std::make_unique<Statements>(db)),
      m_now(std::move(now)),
      m_office(std::move(office)),
      m_user(Database::userName())
{
    sqliteDeferForeignKeys(db);
}

OrderLinesWriter::~OrderLinesWriter() = default;

std::optional<ExistingOrder> OrderLinesWriter::findOrder(const QString &number)
{
    SqliteStatement &find = m_sql->findOrder;
    find.bind(1, number);
    std::optional<ExistingOrder> order;
    if (find.step())
        order = ExistingOrder{find.utf8(0), find.utf8(1), find.text(2)};
    find.reset();
    return order;
}

std::optional<StoredOrderLine> OrderLinesWriter::findLine(QByteArrayView orderId, int lineNo)
{
    SqliteStatement &f = m_sql->findLine;
    f.bindUtf8(1, orderId);
    f.bind(2, qint64(lineNo));
    std::optional<StoredOrderLine> line;
    if (f.step())
        line = StoredOrderLine{f.text(0),    f.text(1),    f.integer(2), f.integer(3),
                               f.integer(4), f.integer(5), f.integer(6)};
    f.reset();
    return line;
}

bool OrderLinesWriter::hasLine(QByteArrayView orderId, int lineNo)
{
    SqliteStatement &f = m_sql->findLine;
    f.bindUtf8(1, orderId);
    f.bind(2, qint64(lineNo));
    const bool found = f.step();
    f.reset();
    return found;
}

void OrderLinesWriter::insertLine(QByteArrayView id, QByteArrayView orderId, int lineNo,
                                  const OrderLineValues &values)
{
    SqliteStatement &s = m_sql->insertLine;
    s.bindUtf8(1, id);
    s.bindUtf8(2, orderId);
    s.bind(3, qint64(lineNo));
    bindValues(s, 4, values);
    s.bindUtf8(9, m_now);
    s.bindUtf8(10, m_now);
    s.bindUtf8(11, m_office);
    s.run();
}

void OrderLinesWriter::updateLine(const QString &id, const OrderLineValues &values)
{
    SqliteStatement &u = m_sql->updateLine;
    bindValues(u, 1, values);
    u.bind(6, Database::nowUtc());
    u.bindUtf8(7, m_office);
    u.bind(8, id);
    u.run();
}

std::pair<qint64, qint64> OrderLinesWriter::orderAmountAndVersion(QByteArrayView orderId)
{
    SqliteStatement &r = m_sql->readOrder;
    r.bindUtf8(1, orderId);
    std::pair<qint64, qint64> result{0, 0};
    if (r.step())
        result = {r.integer(0), r.integer(1)};
    r.reset();
    return result;
}

void OrderLinesWriter::recomputeOrderAmount(QByteArrayView orderId)
{
    SqliteStatement &u = m_sql->recomputeAmount;
    u.bind(1, Database::nowUtc());
    u.bindUtf8(2, m_office);
    u.bindUtf8(3, orderId);
    u.run();
}

void OrderLinesWriter::insertOrder(const NewOrder &order)
{
    SqliteStatement &s = m_sql->insertOrder;
    s.bindUtf8(1, order.id);
    s.bind(2, order.number);
    s.bindUtf8(3, order.customerId);
    s.bind(4, order.date);
    s.bind(5, order.status);
    s.bind(6, order.amount);
    s.bindUtf8(7, m_now);
    s.bindUtf8(8, m_now);
    s.bindUtf8(9, m_office);
    s.run();
    SqliteStatement &a = m_sql->auditOrder;
    a.bindUtf8(1, m_now);
    a.bind(2, m_user);
    a.bindUtf8(3, m_office);
    a.bindUtf8(4, order.id);
    a.bind(5, order.number);
    a.run();
}

void OrderLinesWriter::setOrderAmount(QByteArrayView orderId, qint64 amount)
{
    SqliteStatement &s = m_sql->setOrderAmount;
    s.bind(1, amount);
    s.bindUtf8(2, orderId);
    s.run();
}

std::optional<QByteArray> OrderLinesWriter::findCustomer(const QString &code)
{
    return findId(m_sql->findCustomer, code);
}

std::optional<QByteArray> OrderLinesWriter::findProduct(const QString &sku)
{
    return findId(m_sql->findProduct, sku);
}

void OrderLinesWriter::insertCustomer(QByteArrayView id, const QString &code, const QString &name)
{
    SqliteStatement &s = m_sql->insertCustomer;
    s.bindUtf8(1, id);
    s.bind(2, code);
    s.bind(3, name);
    s.bindUtf8(4, m_now);
    s.bindUtf8(5, m_now);
    s.bindUtf8(6, m_office);
    s.run();
}

void OrderLinesWriter::insertProduct(QByteArrayView id, const QString &sku, const QString &name,
                                     qint64 unitPrice)
{
    SqliteStatement &s = m_sql->insertProduct;
    s.bindUtf8(1, id);
    s.bind(2, sku);
    s.bind(3, name);
    s.bind(4, unitPrice);
    s.bindUtf8(5, m_now);
    s.bindUtf8(6, m_now);
    s.bindUtf8(7, m_office);
    s.run();
}

} // namespace sb::core
