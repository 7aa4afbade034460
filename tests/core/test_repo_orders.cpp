// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/customerrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

#include <QSqlQuery>

#include <functional>

using namespace sb::core;

namespace {
QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

OrderLine line(int lineNo, qint64 quantity, Price4 price, BasisPoints discount, const QString &productId = {})
{
    OrderLine l;
    l.lineNo = lineNo;
    l.quantity = quantity;
    l.unitPrice = price;
    l.discount = discount;
    l.productId = productId;
    return l;
}

struct Fixture
{
    sb::test::TempWorkspace ws;
    QString customerId;
    QString productId;

    Fixture()
    {
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("Nordwind GmbH");
        customerId = CustomerRepository(*ws.db).create(c).meta.id;
        Product p;
        p.sku = QStringLiteral("SKU-1");
        p.name = QStringLiteral("Sensor");
        p.unitPrice = 12345;
        productId = ProductRepository(*ws.db).create(p).meta.id;
    }

    OrderRepository repo() const { return OrderRepository(*ws.db); }

    Order sample(const QString &number) const
    {
        Order o;
        o.number = number;
        o.customerId = customerId;
        o.orderDate = QDate(2025, 3, 14);
        o.signDate = QDate(2025, 3, 10);
        o.paymentTerms = QStringLiteral("30% advance, 70% on delivery");
        o.notes = QStringLiteral("rush");
        // 3 × 1.2345 = 3.70; 2 × 100.00 × 85 % = 170.00
        o.lines = {line(1, 3, 12345, 0, productId), line(2, 2, 1000000, 1500)};
        return o;
    }

    int liveLineRows(const QString &orderId) const
    {
        QSqlQuery q = ws.db->prepare(
            QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ? AND deleted = 0"));
        q.addBindValue(orderId);
        Database::exec(q, QStringLiteral("count lines"));
        q.next();
        return q.value(0).toInt();
    }
};
} // namespace

TEST_CASE("an order's line amounts and total are computed when it is stored", "[repo][order]")
{
    Fixture f;
    Order input = f.sample(QStringLiteral("SO-1"));
    input.amount = 999; // ignored: the amount is always derived
    input.lines[0].amount = 1;
    const Order created = f.repo().create(input);
    CHECK(created.amount == 17370);
    const auto back = f.repo().findByNumber(QStringLiteral("SO-1"));
    REQUIRE(back);
    CHECK(back->amount == 17370);
    CHECK(back->orderDate == QDate(2025, 3, 14));
    CHECK(back->signDate == QDate(2025, 3, 10));
    CHECK(back->status == OrderStatus::Draft);
    CHECK(back->deliveryStatus == QStringLiteral("pending"));
    CHECK_FALSE(back->contractAmount.has_value());
    REQUIRE(back->lines.size() == 2);
    CHECK(back->lines[0].lineNo == 1);
    CHECK(back->lines[0].amount == 370);
    CHECK(back->lines[0].productId == f.productId);
    CHECK(back->lines[0].unitPrice == 12345);
    CHECK(back->lines[1].amount == 17000);
    CHECK(back->lines[1].discount == 1500);
    CHECK(back->lines[1].productId.isEmpty());
    CHECK(back->lines[1].orderId == created.meta.id);
}

TEST_CASE("an order without lines carries its contract amount", "[repo][order]")
{
    Fixture f;
    Order o = f.sample(QStringLiteral("SO-2"));
    o.lines.clear();
    o.contractAmount = 4800000;
    f.repo().create(o);
    const auto back = f.repo().findByNumber(QStringLiteral("SO-2"));
    REQUIRE(back);
    CHECK(back->amount == 4800000);
    CHECK(back->contractAmount == Money(4800000));
    CHECK(back->lines.isEmpty());
}

TEST_CASE("unnumbered lines are numbered after the highest given one and duplicates refused", "[repo][order]")
{
    Fixture f;
    Order o = f.sample(QStringLiteral("SO-3"));
    o.lines = {line(0, 1, 10000, 0), line(5, 1, 20000, 0), line(0, 1, 30000, 0)};
    const Order created = f.repo().create(o);
    QList<int> numbers;
    for (const OrderLine &l : f.repo().lines(created.meta.id))
        numbers.append(l.lineNo);
    CHECK(numbers == (QList<int>{5, 6, 7}));
    o = f.sample(QStringLiteral("SO-4"));
    o.lines = {line(2, 1, 10000, 0), line(2, 1, 10000, 0)};
    CHECK(errorOf([&] { f.repo().create(o); }) == QStringLiteral("Order SO-4: line number 2 appears twice."));
    CHECK_FALSE(f.repo().findByNumber(QStringLiteral("SO-4")));
}

TEST_CASE("updating an order matches lines by number, keeping ids and tombstoning dropped lines",
          "[repo][order]")
{
    Fixture f;
    Order o = f.repo().create(f.sample(QStringLiteral("SO-1")));
    const QString firstLineId = o.lines[0].meta.id;
    const QString secondLineId = o.lines[1].meta.id;
    o.lines[0].quantity = 10; // 10 × 1.2345 = 12.345 → 12.35
    o.lines.removeAt(1);
    o.lines.append(line(3, 1, 5000, 0)); // 0.50
    const Order saved = f.repo().update(o);
    CHECK(saved.amount == 1235 + 50);
    const auto back = f.repo().findById(o.meta.id);
    REQUIRE(back->lines.size() == 2);
    CHECK(back->lines[0].meta.id == firstLineId);
    CHECK(back->lines[0].meta.version == 2);
    CHECK(back->lines[0].amount == 1235);
    CHECK(back->lines[1].lineNo == 3);
    CHECK(back->amount == 1285);
    CHECK(f.liveLineRows(o.meta.id) == 2);
    QSqlQuery q = f.ws.db->prepare(QStringLiteral("SELECT deleted FROM order_lines WHERE id = ?"));
    q.addBindValue(secondLineId);
    Database::exec(q, QStringLiteral("read line"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("order status follows the workflow and illegal moves are refused", "[repo][order]")
{
    Fixture f;
    const Order o = f.repo().create(f.sample(QStringLiteral("SO-1")));
    CHECK(errorOf([&] { f.repo().setStatus(o.meta.id, OrderStatus::Closed); })
          == QStringLiteral("Order SO-1 cannot go from Draft to Closed."));
    CHECK(f.repo().setStatus(o.meta.id, OrderStatus::Confirmed).status == OrderStatus::Confirmed);
    f.repo().setStatus(o.meta.id, OrderStatus::Delivered);
    const Order closed = f.repo().setStatus(o.meta.id, OrderStatus::Closed);
    CHECK(closed.meta.version == 4);
    CHECK(closed.lines.size() == 2);
    Order edit = *f.repo().findById(o.meta.id);
    edit.status = OrderStatus::Draft;
    CHECK(errorOf([&] { f.repo().update(edit); })
          == QStringLiteral("Order SO-1 cannot go from Closed to Draft."));
    CHECK(f.repo().findById(o.meta.id)->status == OrderStatus::Closed);
}

TEST_CASE("a status move is taken back only from the status it reached, and a delivery's stock returns",
          "[repo][order][undo]")
{
    Fixture f;
    Product stocked = *ProductRepository(*f.ws.db).findById(f.productId);
    stocked.stockOnHand = 50;
    ProductRepository(*f.ws.db).update(stocked);
    const Order o = f.repo().create(f.sample(QStringLiteral("SO-1"))); // 3 units of SKU-1
    f.repo().setStatus(o.meta.id, OrderStatus::Confirmed);
    f.repo().setStatus(o.meta.id, OrderStatus::Delivered);
    CHECK(ProductRepository(*f.ws.db).findById(f.productId)->stockOnHand == 47);

    CHECK(errorOf([&] { f.repo().revertStatus(o.meta.id, OrderStatus::Closed, OrderStatus::Delivered); })
          == QStringLiteral("Order SO-1 is Delivered, not Closed: its status move cannot be taken back."));
    const Order back = f.repo().revertStatus(o.meta.id, OrderStatus::Delivered, OrderStatus::Confirmed);
    CHECK(back.status == OrderStatus::Confirmed);
    CHECK(back.lines.size() == 2);
    CHECK(ProductRepository(*f.ws.db).findById(f.productId)->stockOnHand == 50);
    // Confirmed → draft is no move of the workflow, but an undo may take it back.
    CHECK(f.repo().revertStatus(o.meta.id, OrderStatus::Confirmed, OrderStatus::Draft).status
          == OrderStatus::Draft);
    // Taking back a close leaves the stock where the delivery put it.
    f.repo().setStatus(o.meta.id, OrderStatus::Confirmed);
    f.repo().setStatus(o.meta.id, OrderStatus::Delivered);
    f.repo().setStatus(o.meta.id, OrderStatus::Closed);
    f.repo().revertStatus(o.meta.id, OrderStatus::Closed, OrderStatus::Delivered);
    CHECK(ProductRepository(*f.ws.db).findById(f.productId)->stockOnHand == 47);
    f.repo().revertStatus(o.meta.id, OrderStatus::Delivered, OrderStatus::Confirmed);
    f.repo().revertStatus(o.meta.id, OrderStatus::Confirmed, OrderStatus::Draft);
    // Redoing the delivery takes the stock again.
    f.repo().setStatus(o.meta.id, OrderStatus::Confirmed);
    f.repo().setStatus(o.meta.id, OrderStatus::Delivered);
    CHECK(ProductRepository(*f.ws.db).findById(f.productId)->stockOnHand == 47);
}

TEST_CASE("orders with unknown customers or products, or a taken number, are refused", "[repo][order]")
{
    Fixture f;
    Order o = f.sample(QStringLiteral("SO-1"));
    o.customerId = QStringLiteral("nobody");
    CHECK(errorOf([&] { f.repo().create(o); }) == QStringLiteral("Unknown customer nobody on order SO-1."));
    o = f.sample(QStringLiteral("SO-1"));
    o.lines[1].productId = QStringLiteral("ghost");
    CHECK(errorOf([&] { f.repo().create(o); })
          == QStringLiteral("Unknown product ghost on line 2 of order SO-1."));
    CHECK(f.repo().count() == 0);
    f.repo().create(f.sample(QStringLiteral("SO-1")));
    CHECK(errorOf([&] { f.repo().create(f.sample(QStringLiteral("SO-1"))); })
          == QStringLiteral("Order number SO-1 already exists."));
    o = f.sample(QStringLiteral("SO-9"));
    o.lines[0].quantity = 0;
    CHECK(errorOf([&] { f.repo().create(o); }).contains(QStringLiteral("quantity")));
    CHECK(f.repo().count() == 1);
}

TEST_CASE("orders persist across reopening and removal hides them", "[repo][order]")
{
    Fixture f;
    const Order o = f.repo().create(f.sample(QStringLiteral("SO-1")));
    f.ws.reopen();
    OrderRepository repo(*f.ws.db);
    const auto back = repo.findById(o.meta.id);
    REQUIRE(back);
    CHECK(back->amount == 17370);
    CHECK(back->lines.size() == 2);
    CHECK(back->paymentTerms == QStringLiteral("30% advance, 70% on delivery"));
    repo.remove(o.meta.id);
    CHECK_FALSE(repo.findById(o.meta.id));
    CHECK(repo.list().isEmpty());
    repo.restore(o.meta.id);
    CHECK(repo.list().size() == 1);
}

TEST_CASE("the next order number carries the office prefix", "[repo][order]")
{
    Fixture f;
    const QString prefix = f.ws.db->numberPrefix();
    CHECK(f.repo().nextNumber() == prefix + QStringLiteral("-SO000001"));
    f.repo().create(f.sample(prefix + QStringLiteral("-SO000009")));
    CHECK(f.repo().nextNumber() == prefix + QStringLiteral("-SO000010"));
}
