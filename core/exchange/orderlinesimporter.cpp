// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/orderlinesimporter.h"

#include "core/domain/money.h"
#include "core/domain/validation.h"
#include "core/exchange/tableimporter.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::core::Import", text);
}

bool fail(RowOutcome &out, const RowInput &row, const QString &field, const QString &message, bool ambiguous = false)
{
    out.action = RowAction::Error;
    out.field = field;
    out.column = row.column(field);
    out.message = message;
    out.ambiguousDate = ambiguous;
    return false;
}

} // namespace

struct OrderLinesImporter::Statements
{
    explicit Statements(const Database &db)
        : findOrder(db, "SELECT o.id, o.customer_id, c.code FROM orders o JOIN customers c ON c.id = o.customer_id "
                        "WHERE o.number = ? AND o.deleted = 0"),
          insertOrder(db, "INSERT INTO orders (id, number, customer_id, order_date, status, amount, created_at, "
                          "updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)"),
          findCustomer(db, "SELECT id FROM customers WHERE code = ? AND deleted = 0"),
          insertCustomer(db, "INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
          findProduct(db, "SELECT id FROM products WHERE sku = ? AND deleted = 0"),
          insertProduct(db, "INSERT INTO products (id, sku, name, unit_price, created_at, updated_at, "
                            "updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?)"),
          findLine(db, "SELECT id, product_id, quantity, unit_price, discount_bp, amount, version FROM order_lines "
                       "WHERE order_id = ? AND line_no = ? AND deleted = 0"),
          insertLine(db, "INSERT INTO order_lines (id, order_id, line_no, product_id, quantity, unit_price, "
                         "discount_bp, amount, created_at, updated_at, updated_by_office) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          updateLine(db, "UPDATE order_lines SET product_id = ?, quantity = ?, unit_price = ?, discount_bp = ?, "
                         "amount = ?, version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"),
          setCreatedAmount(db, "UPDATE orders SET amount = ? WHERE id = ?"),
          readOrder(db, "SELECT amount, version FROM orders WHERE id = ?"),
          recomputeAmount(db, "UPDATE orders SET amount = COALESCE((SELECT SUM(amount) FROM order_lines "
                              "WHERE order_id = orders.id AND deleted = 0), contract_amount, 0), "
                              "version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"),
          audit(db, "INSERT INTO audit_log (at, user_name, office, entity, record_id, action, field, new_value) "
                    "VALUES (?, ?, ?, ?, ?, 'create', ?, ?)")
    {
    }

    SqliteStatement findOrder, insertOrder, findCustomer, insertCustomer, findProduct, insertProduct, findLine,
        insertLine, updateLine, setCreatedAmount, readOrder, recomputeAmount, audit;
};

OrderLinesImporter::OrderLinesImporter() = default;
OrderLinesImporter::~OrderLinesImporter() = default;

std::optional<QString> OrderLinesImporter::customerFor(const RowInput &row, ImportContext &context, RowOutcome &out)
{
    const QString code = row.value(QStringLiteral("customer_code")).trimmed();
    if (code.isEmpty()) {
        fail(out, row, QStringLiteral("customer_code"), tr("customer_code is required for a new order."));
        return std::nullopt;
    }
    if (const auto it = m_customers.constFind(code); it != m_customers.cend())
        return *it;
    m_sql->findCustomer.bind(1, code);
    std::optional<QString> id;
    if (m_sql->findCustomer.step())
        id = m_sql->findCustomer.text(0);
    m_sql->findCustomer.reset();
    if (!id) {
        if (!context.options.createMissing.contains(QStringLiteral("customers"))) {
            fail(out, row, QStringLiteral("customer_code"),
                 tr("Unknown customer \"%1\"; import customers first or allow creating missing customers.").arg(code));
            return std::nullopt;
        }
        if (!validation::isValidCode(code)) {
            fail(out, row, QStringLiteral("customer_code"), tr("\"%1\" is not a usable customer code.").arg(code));
            return std::nullopt;
        }
        id = Database::newId();
        const QString name = row.value(QStringLiteral("customer_name")).trimmed();
        SqliteStatement &s = m_sql->insertCustomer;
        s.bind(1, *id);
        s.bind(2, code);
        s.bind(3, name.isEmpty() ? code : name);
        s.bind(4, m_now);
        s.bind(5, m_now);
        s.bind(6, m_office);
        s.run();
        context.recordInsert(QStringLiteral("customers"), *id);
    }
    m_customers.insert(code, *id);
    return id;
}

std::optional<QString> OrderLinesImporter::productFor(const RowInput &row, qint64 unitPrice, ImportContext &context,
                                                      RowOutcome &out)
{
    const QString sku = row.value(QStringLiteral("sku")).trimmed();
    if (sku.isEmpty())
        return QString();
    if (const auto it = m_products.constFind(sku); it != m_products.cend())
        return *it;
    m_sql->findProduct.bind(1, sku);
    std::optional<QString> id;
    if (m_sql->findProduct.step())
        id = m_sql->findProduct.text(0);
    m_sql->findProduct.reset();
    if (!id) {
        if (!context.options.createMissing.contains(QStringLiteral("products"))) {
            fail(out, row, QStringLiteral("sku"),
                 tr("Unknown product \"%1\"; import products first or allow creating missing products.").arg(sku));
            return std::nullopt;
        }
        if (!validation::isValidCode(sku)) {
            fail(out, row, QStringLiteral("sku"), tr("\"%1\" is not a usable SKU.").arg(sku));
            return std::nullopt;
        }
        id = Database::newId();
        const QString name = row.value(QStringLiteral("product_name")).trimmed();
        SqliteStatement &s = m_sql->insertProduct;
        s.bind(1, *id);
        s.bind(2, sku);
        s.bind(3, name.isEmpty() ? sku : name);
        s.bind(4, unitPrice);
        s.bind(5, m_now);
        s.bind(6, m_now);
        s.bind(7, m_office);
        s.run();
        context.recordInsert(QStringLiteral("products"), *id);
    }
    m_products.insert(sku, *id);
    return id;
}

OrderLinesImporter::OrderState *OrderLinesImporter::orderFor(const RowInput &row, const QString &number,
                                                             ImportContext &context, RowOutcome &out)
{
    auto it = m_orders.find(number);
    if (it == m_orders.end()) {
        OrderState state;
        m_sql->findOrder.bind(1, number);
        if (m_sql->findOrder.step()) {
            state.id = m_sql->findOrder.text(0);
            state.customerId = m_sql->findOrder.text(1);
            state.customerCode = m_sql->findOrder.text(2);
        }
        m_sql->findOrder.reset();
        if (state.id.isEmpty()) {
            if (!validation::isValidCode(number)) {
                fail(out, row, QStringLiteral("order_number"), tr("\"%1\" is not a usable order number.").arg(number));
                return nullptr;
            }
            const QString dateText = row.value(QStringLiteral("order_date"));
            if (dateText.trimmed().isEmpty()) {
                fail(out, row, QStringLiteral("order_date"), tr("order_date is required for a new order."));
                return nullptr;
            }
            QString error;
            bool ambiguous = false;
            const auto date = parse::date(dateText, context.dateOrder, context.dateFormat, &error, &ambiguous);
            if (!date) {
                fail(out, row, QStringLiteral("order_date"), error, ambiguous);
                return nullptr;
            }
            QString status = QStringLiteral("draft");
            if (row.has(QStringLiteral("status")) && !row.value(QStringLiteral("status")).trimmed().isEmpty()) {
                status = enumKey(QStringLiteral("order_status"), row.value(QStringLiteral("status")));
                if (status.isEmpty()) {
                    fail(out, row, QStringLiteral("status"), tr("\"%1\" is not an order status.").arg(row.value(QStringLiteral("status"))));
                    return nullptr;
                }
            }
            const auto customer = customerFor(row, context, out);
            if (!customer)
                return nullptr;
            state.id = Database::newId();
            state.customerId = *customer;
            state.customerCode = row.value(QStringLiteral("customer_code")).trimmed();
            state.created = true;
            SqliteStatement &s = m_sql->insertOrder;
            s.bind(1, state.id);
            s.bind(2, number);
            s.bind(3, state.customerId);
            s.bind(4, date->toString(Qt::ISODate));
            s.bind(5, status);
            s.bind(6, m_now);
            s.bind(7, m_now);
            s.bind(8, m_office);
            s.run();
            context.recordInsert(QStringLiteral("orders"), state.id);
            SqliteStatement &a = m_sql->audit;
            a.bind(1, m_now);
            a.bind(2, Database::userName());
            a.bind(3, m_office);
            a.bind(4, QStringLiteral("order"));
            a.bind(5, state.id);
            a.bind(6, QStringLiteral("number"));
            a.bind(7, number);
            a.run();
        }
        it = m_orders.insert(number, state);
    }
    // The order columns repeat on every line; a different customer means two orders share a number.
    const QString code = row.value(QStringLiteral("customer_code")).trimmed();
    if (!code.isEmpty() && code != it->customerCode) {
        fail(out, row, QStringLiteral("customer_code"),
             tr("Order %1 belongs to customer %2, not \"%3\".").arg(number, it->customerCode, code));
        return nullptr;
    }
    return &*it;
}

RowOutcome OrderLinesImporter::apply(const RowInput &row, ImportContext &context)
{
    if (!m_sql) {
        m_sql = std::make_unique<Statements>(context.db);
        m_now = Database::nowUtc();
        m_office = context.db.officeId();
    }
    RowOutcome out;
    out.row = row.row;
    const QString number = row.value(QStringLiteral("order_number")).trimmed();
    if (number.isEmpty()) {
        fail(out, row, QStringLiteral("order_number"), tr("order_number is required."));
        return out;
    }

    // Parse the line before anything is written, so a bad row writes nothing.
    QString error;
    const auto quantity = parse::integer(row.value(QStringLiteral("quantity")), &error);
    if (!quantity || *quantity == 0) {
        fail(out, row, QStringLiteral("quantity"), quantity ? tr("The quantity must not be zero.") : error);
        return out;
    }
    const auto price = parse::amount(row.value(QStringLiteral("unit_price")), 4, context.decimal, &error);
    if (!price || *price < 0) {
        fail(out, row, QStringLiteral("unit_price"), price ? tr("The unit price must not be negative.") : error);
        return out;
    }
    qint64 discount = 0;
    if (!row.value(QStringLiteral("discount_pct")).trimmed().isEmpty()) {
        const auto d = percentToBasisPoints(row.value(QStringLiteral("discount_pct")), context.decimal, &error);
        if (!d || *d < 0 || *d > 10000) {
            fail(out, row, QStringLiteral("discount_pct"), d ? tr("The discount must be between 0 and 100 %.") : error);
            return out;
        }
        discount = *d;
    }
    if (!money::lineAmountFits(*quantity, *price)) {
        fail(out, row, QStringLiteral("quantity"), tr("Quantity × unit price is beyond the largest amount this workspace accepts."));
        return out;
    }
    const Money amount = money::lineAmount(*quantity, *price, BasisPoints(discount));
    if (!row.value(QStringLiteral("amount")).trimmed().isEmpty()) {
        const auto given = parse::amount(row.value(QStringLiteral("amount")), 2, context.decimal, &error);
        if (!given) {
            fail(out, row, QStringLiteral("amount"), error);
            return out;
        }
        if (*given != amount) {
            fail(out, row, QStringLiteral("amount"),
                 tr("The amount %1 is not quantity × unit price × (1 − discount) = %2.")
                     .arg(money::toDecimalString(*given), money::toDecimalString(amount)));
            return out;
        }
    }
    int lineNo = 0;
    if (!row.value(QStringLiteral("line_no")).trimmed().isEmpty()) {
        const auto n = parse::integer(row.value(QStringLiteral("line_no")), &error);
        if (!n || *n <= 0 || *n > 1000000) {
            fail(out, row, QStringLiteral("line_no"), n ? tr("The line number must be positive.") : error);
            return out;
        }
        lineNo = int(*n);
    }

    OrderState *order = orderFor(row, number, context, out);
    if (!order)
        return out;
    if (lineNo == 0)
        lineNo = order->nextLineNo;
    order->nextLineNo = qMax(order->nextLineNo, lineNo + 1);
    out.key = number + QStringLiteral(" / ") + QString::number(lineNo);
    if (order->linesSeen.contains(lineNo)) {
        fail(out, row, QStringLiteral("line_no"), tr("Line %1 of order %2 appears twice in the file.").arg(lineNo).arg(number));
        return out;
    }
    order->linesSeen.insert(lineNo);
    const auto product = productFor(row, *price, context, out);
    if (!product)
        return out;

    auto bindProduct = [&](SqliteStatement &s, int index) {
        product->isEmpty() ? s.bindNull(index) : s.bind(index, *product);
    };
    if (!order->created) {
        SqliteStatement &f = m_sql->findLine;
        f.bind(1, order->id);
        f.bind(2, qint64(lineNo));
        if (f.step()) {
            const QString lineId = f.text(0);
            const QString oldProduct = f.text(1);
            const qint64 oldQuantity = f.integer(2), oldPrice = f.integer(3), oldDiscount = f.integer(4),
                         oldAmount = f.integer(5), oldVersion = f.integer(6);
            f.reset();
            auto note = [&](const char16_t *field, const QString &before, const QString &after) {
                if (before != after)
                    out.changes.append({QString::fromUtf16(field), before, after});
            };
            note(u"sku", oldProduct, *product);
            note(u"quantity", QString::number(oldQuantity), QString::number(*quantity));
            note(u"unit_price", money::price4ToString(oldPrice), money::price4ToString(*price));
            note(u"discount_pct", money::toDecimalString(oldDiscount), money::toDecimalString(discount));
            if (out.changes.isEmpty()) {
                out.action = RowAction::Unchanged;
                return out;
            }
            SqliteStatement &u = m_sql->updateLine;
            bindProduct(u, 1);
            u.bind(2, *quantity);
            u.bind(3, *price);
            u.bind(4, discount);
            u.bind(5, amount);
            u.bind(6, Database::nowUtc());
            u.bind(7, m_office);
            u.bind(8, lineId);
            u.run();
            QVariantMap previous{{QStringLiteral("product_id"), oldProduct.isEmpty() ? QVariant() : QVariant(oldProduct)},
                                 {QStringLiteral("quantity"), oldQuantity}, {QStringLiteral("unit_price"), oldPrice},
                                 {QStringLiteral("discount_bp"), oldDiscount}, {QStringLiteral("amount"), oldAmount},
                                 {QStringLiteral("version"), oldVersion}};
            context.recordUpdate(QStringLiteral("order_lines"), lineId, previous);
            order->changed = true;
            out.action = RowAction::Update;
            return out;
        }
        f.reset();
    }
    // An id from the file (an export of another workspace) is kept, as for every other entity.
    const QString givenId = row.value(QStringLiteral("id")).trimmed();
    const QString lineId = givenId.isEmpty() ? Database::newId() : givenId;
    SqliteStatement &s = m_sql->insertLine;
    s.bind(1, lineId);
    s.bind(2, order->id);
    s.bind(3, qint64(lineNo));
    bindProduct(s, 4);
    s.bind(5, *quantity);
    s.bind(6, *price);
    s.bind(7, discount);
    s.bind(8, amount);
    s.bind(9, m_now);
    s.bind(10, m_now);
    s.bind(11, m_office);
    s.run();
    // Lines of an order created here go with the order on undo; others are logged one by one.
    if (!order->created) {
        context.recordInsert(QStringLiteral("order_lines"), lineId);
        order->changed = true;
    }
    order->amount += amount;
    if (order->amount >= money::MaxAmount || order->amount <= -money::MaxAmount) {
        // The line is in the transaction already; the error makes an abort roll it back,
        // and with skip the row's savepoint removes it.
        order->amount -= amount;
        fail(out, row, QStringLiteral("quantity"), tr("Order %1's total would exceed the largest amount this workspace accepts.").arg(number));
        return out;
    }
    out.action = RowAction::Insert;
    return out;
}

void OrderLinesImporter::finish(ImportContext &context)
{
    if (!m_sql)
        return;
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        const OrderState &order = *it;
        if (order.created) {
            m_sql->setCreatedAmount.bind(1, order.amount);
            m_sql->setCreatedAmount.bind(2, order.id);
            m_sql->setCreatedAmount.run();
            continue;
        }
        if (!order.changed)
            continue;
        SqliteStatement &r = m_sql->readOrder;
        r.bind(1, order.id);
        qint64 oldAmount = 0, oldVersion = 0;
        if (r.step()) {
            oldAmount = r.integer(0);
            oldVersion = r.integer(1);
        }
        r.reset();
        SqliteStatement &u = m_sql->recomputeAmount;
        u.bind(1, Database::nowUtc());
        u.bind(2, m_office);
        u.bind(3, order.id);
        u.run();
        context.recordUpdate(QStringLiteral("orders"), order.id,
                             {{QStringLiteral("amount"), oldAmount}, {QStringLiteral("version"), oldVersion}});
    }
}

} // namespace sb::core
