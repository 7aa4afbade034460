// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/analytics/inventory.h"
#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/customerrepository.h"
#include "core/storage/inventoryqueries.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

#include <QSqlQuery>

using namespace sb::core;
using inventory::ProductFacts;

namespace {

ProductFacts facts(const QString &sku, const QString &line, Price4 cost, qint64 delivered, qint64 stock)
{
    ProductFacts p;
    p.productId = sku + QStringLiteral("-id");
    p.sku = sku;
    p.name = sku;
    p.productLine = line;
    p.unitCost = cost;
    p.deliveredQuantity = delivered;
    p.stockOnHand = stock;
    return p;
}

ProductFacts demand(const QString &sku, qint64 quantity, int leadTime, qint64 safety, qint64 stock)
{
    ProductFacts p = facts(sku, QStringLiteral("L"), 10000, 0, stock);
    p.demandQuantity = quantity;
    p.leadTimeDays = leadTime;
    p.safetyStock = safety;
    return p;
}

OrderLine line(const QString &productId, qint64 quantity)
{
    OrderLine l;
    l.productId = productId;
    l.quantity = quantity;
    l.unitPrice = 10000;
    return l;
}

struct Shop
{
    sb::test::TempWorkspace ws;
    QString customerId;

    Shop()
    {
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("Nordwind GmbH");
        customerId = CustomerRepository(*ws.db).create(c).meta.id;
    }

    QString product(const QString &sku, Price4 cost, qint64 stock) const
    {
        Product p;
        p.sku = sku;
        p.name = sku;
        p.productLine = QStringLiteral("Sensors");
        p.unitPrice = cost * 2;
        p.unitCost = cost;
        p.stockOnHand = stock;
        return ProductRepository(*ws.db).create(p).meta.id;
    }

    Order order(const QString &number, QDate date, OrderStatus status, const QList<OrderLine> &lines) const
    {
        Order o;
        o.number = number;
        o.customerId = customerId;
        o.orderDate = date;
        o.status = status;
        o.lines = lines;
        return OrderRepository(*ws.db).create(o);
    }

    qint64 stock(const QString &productId) const
    {
        return ProductRepository(*ws.db).findById(productId)->stockOnHand;
    }
};

const ProductFacts &bySku(const QList<ProductFacts> &list, const QString &sku)
{
    for (const ProductFacts &p : list) {
        if (p.sku == sku)
            return p;
    }
    FAIL("no product " << sku.toStdString());
    return list.first();
}

} // namespace

TEST_CASE("turnover of a product line adds COGS and stock values before dividing", "[inventory]")
{
    const QList<ProductFacts> products = {
        // 300 × 40.00 = 12 000.00 COGS; 25 × 40.00 = 1 000.00 stock
        facts(QStringLiteral("S1"), QStringLiteral("Sensors"), 400000, 300, 25),
        // 2 500.00 COGS; 250.00 stock
        facts(QStringLiteral("V1"), QStringLiteral("Valves"), 25000, 1000, 100),
        // 100 × 10.00 = 1 000.00 COGS; 75 × 10.00 = 750.00 stock
        facts(QStringLiteral("S2"), QStringLiteral("Sensors"), 100000, 100, 75),
    };
    const inventory::TurnoverReport report = inventory::turnoverReport(products);
    REQUIRE(report.productLines.size() == 2);

    const inventory::Turnover &sensors = report.productLines[0];
    CHECK(sensors.productLine == QStringLiteral("Sensors"));
    CHECK(sensors.products == 2);
    CHECK(sensors.cogs == 1300000); // 13 000.00
    CHECK(sensors.inventoryValue == 175000); // 1 750.00
    REQUIRE(sensors.turns);
    CHECK(*sensors.turns == Approx(13000.0 / 1750.0)); // 7.43
    CHECK(*sensors.days == Approx(365.0 * 1750.0 / 13000.0)); // 49.1
    CHECK(*sensors.benchmarkMet == false);

    const inventory::Turnover &valves = report.productLines[1];
    CHECK(valves.productLine == QStringLiteral("Valves"));
    CHECK(valves.cogs == 250000);
    CHECK(valves.inventoryValue == 25000);
    CHECK(*valves.turns == Approx(10.0));
    CHECK(*valves.days == Approx(36.5));
    CHECK(*valves.benchmarkMet == true);

    // 15 500.00 / 2 000.00 = 7.75, not the mean of the lines' turnovers
    CHECK(report.overall.productLine.isEmpty());
    CHECK(report.overall.products == 3);
    CHECK(report.overall.cogs == 1550000);
    CHECK(report.overall.inventoryValue == 200000);
    CHECK(*report.overall.turns == Approx(7.75));
    CHECK(*report.overall.days == Approx(365.0 / 7.75));
    CHECK(*report.overall.benchmarkMet == false);
    CHECK(inventory::turnover(products).cogs == report.overall.cogs);
}

TEST_CASE("COGS and stock value round half away from zero to the minor unit, once per product", "[inventory]")
{
    // 3 × 1.0050 = 3.0150 → 301.5 minor units → 302; 1 × 1.0050 → 100.5 → 101
    CHECK(inventory::cogs(facts(QStringLiteral("A"), {}, 10050, 3, 1)) == 302);
    CHECK(inventory::inventoryValue(facts(QStringLiteral("A"), {}, 10050, 3, 1)) == 101);
    // 4 999 × 0.0001 = 0.4999 → 49.99 → 50; 4 × 0.0001 = 0.0004 → 0.04 → 0
    CHECK(inventory::cogs(facts(QStringLiteral("B"), {}, 1, 4999, 4)) == 50);
    CHECK(inventory::inventoryValue(facts(QStringLiteral("B"), {}, 1, 4999, 4)) == 0);
    // Net returns and backorders count as zero, not as negative cost or value.
    CHECK(inventory::cogs(facts(QStringLiteral("C"), {}, 50000, -5, -3)) == 0);
    CHECK(inventory::inventoryValue(facts(QStringLiteral("C"), {}, 50000, -5, -3)) == 0);
}

TEST_CASE("turnover is undefined without inventory value and days are undefined without COGS", "[inventory]")
{
    // Stock 0: 10 × 5.00 = 50.00 COGS over nothing in stock.
    const inventory::Turnover empty = inventory::turnover({facts(QStringLiteral("A"), {}, 50000, 10, 0)});
    CHECK(empty.cogs == 5000);
    CHECK(empty.inventoryValue == 0);
    CHECK_FALSE(empty.turns);
    CHECK_FALSE(empty.days);
    CHECK_FALSE(empty.benchmarkMet);

    // Nothing delivered: 0 turns, days undefined rather than infinite, benchmark missed.
    const inventory::Turnover idle = inventory::turnover({facts(QStringLiteral("B"), {}, 50000, 0, 10)});
    CHECK(idle.inventoryValue == 5000);
    REQUIRE(idle.turns);
    CHECK(*idle.turns == 0.0);
    CHECK_FALSE(idle.days);
    CHECK(*idle.benchmarkMet == false);

    // A product without cost adds nothing and is counted as such.
    const inventory::Turnover noCost = inventory::turnover(
        {facts(QStringLiteral("C"), {}, 0, 10, 10), facts(QStringLiteral("D"), {}, 20000, 16, 1)});
    CHECK(noCost.products == 2);
    CHECK(noCost.productsWithoutCost == 1);
    CHECK(noCost.cogs == 3200); // 16 × 2.00
    CHECK(noCost.inventoryValue == 200); // 1 × 2.00
    CHECK(*noCost.turns == Approx(16.0));

    const inventory::TurnoverReport none = inventory::turnoverReport({});
    CHECK(none.productLines.isEmpty());
    CHECK(none.overall.products == 0);
    CHECK_FALSE(none.overall.turns);
}

TEST_CASE("reorder points and suggested quantities follow 90 days of demand, lead time and safety stock",
          "[inventory]")
{
    // 450 in 90 days = 5 a day; 5 × 12 days + 20 safety = 80; stock 80 is at the point.
    // Suggested: 80 + 30 × 5 − 80 = 150.
    const ProductFacts atPoint = demand(QStringLiteral("P-3"), 450, 12, 20, 80);
    CHECK(inventory::dailyDemand(atPoint) == Approx(5.0));
    CHECK(inventory::reorderPoint(atPoint) == 80);
    CHECK(inventory::suggestedQuantity(atPoint) == 150);

    // 100 × 7 / 90 = 7.78 → 8, + 5 = 13; stock 14 is above it.
    // Suggested would be 13 + ⌈100 × 30 / 90⌉ = 34 − 14 = 33.
    const ProductFacts above = demand(QStringLiteral("P-1"), 100, 7, 5, 14);
    CHECK(inventory::reorderPoint(above) == 13);
    CHECK(inventory::suggestedQuantity(above) == 33);

    // No demand, safety 10, stock 3: point 10, order 7.
    const ProductFacts safetyOnly = demand(QStringLiteral("P-2"), 0, 30, 10, 3);
    CHECK(inventory::reorderPoint(safetyOnly) == 10);
    CHECK(inventory::suggestedQuantity(safetyOnly) == 7);

    // Backorder: 9 × 10 / 90 = 1; cover ⌈9 × 30 / 90⌉ = 3; 1 + 3 − (−4) = 8.
    const ProductFacts backorder = demand(QStringLiteral("P-0"), 9, 10, 0, -4);
    CHECK(inventory::reorderPoint(backorder) == 1);
    CHECK(inventory::suggestedQuantity(backorder) == 8);

    // Nothing to keep in stock: no demand (returns count as none) and no safety stock.
    const ProductFacts idle = demand(QStringLiteral("P-4"), 0, 10, 0, 0);
    const ProductFacts returns = demand(QStringLiteral("P-5"), -30, 10, 0, 0);
    CHECK(inventory::reorderPoint(returns) == 0);
    CHECK(inventory::dailyDemand(returns) == 0.0);

    const QList<inventory::Replenishment> list
        = inventory::replenishment({atPoint, above, safetyOnly, backorder, idle, returns});
    REQUIRE(list.size() == 3);
    CHECK(list[0].sku == QStringLiteral("P-0"));
    CHECK(list[0].suggestedQuantity == 8);
    CHECK(list[1].sku == QStringLiteral("P-2"));
    CHECK(list[1].reorderPoint == 10);
    CHECK(list[2].sku == QStringLiteral("P-3"));
    CHECK(list[2].stockOnHand == 80);
    CHECK(list[2].safetyStock == 20);
    CHECK(list[2].leadTimeDays == 12);
    CHECK(list[2].dailyDemand == Approx(5.0));
    CHECK(list[2].suggestedQuantity == 150);
}

TEST_CASE("the formula texts state the constants the figures use", "[inventory]")
{
    const inventory::Formulas f = inventory::formulas();
    CHECK(f.turnover.contains(QStringLiteral("365")));
    CHECK(f.turnover.contains(QString::number(int(inventory::kBenchmarkTurns))));
    CHECK(f.averageInventory.contains(QStringLiteral("stock on hand")));
    CHECK(f.reorderPoint.contains(QString::number(inventory::kDemandWindowDays)));
    CHECK(f.suggestedQuantity.contains(QString::number(inventory::kCoverDays)));
}

TEST_CASE("inventory facts sum delivered quantities of the year and the demand of the 90 days up to a date",
          "[inventory][storage]")
{
    Shop shop;
    const QString a = shop.product(QStringLiteral("SKU-A"), 10050, 40);
    const QString b = shop.product(QStringLiteral("SKU-B"), 20000, 7);
    const QString gone = shop.product(QStringLiteral("SKU-GONE"), 10000, 1);
    using S = OrderStatus;
    shop.order(QStringLiteral("SO-1"), QDate(2025, 3, 1), S::Delivered,
               {line(a, 3), line(a, 2), line(b, 10)});
    shop.order(QStringLiteral("SO-2"), QDate(2025, 12, 31), S::Closed, {line(a, 5), line(gone, 9)});
    shop.order(QStringLiteral("SO-3"), QDate(2025, 6, 1), S::Confirmed, {line(a, 7)});
    shop.order(QStringLiteral("SO-4"), QDate(2024, 12, 31), S::Delivered, {line(a, 100)});
    shop.order(QStringLiteral("SO-5"), QDate(2026, 1, 1), S::Delivered, {line(a, 11)});
    shop.order(QStringLiteral("SO-6"), QDate(2025, 5, 5), S::Cancelled, {line(a, 50)});
    shop.order(QStringLiteral("SO-7"), QDate(2025, 7, 7), S::Draft, {line(a, 60)});
    const Order removed
        = shop.order(QStringLiteral("SO-8"), QDate(2025, 4, 4), S::Delivered, {line(a, 1000)});
    OrderRepository(*shop.ws.db).remove(removed.meta.id);
    // The window of 2025-12-31 starts on 2025-10-03 (29 + 30 + 31 = 90 days).
    shop.order(QStringLiteral("SO-9"), QDate(2025, 10, 3), S::Confirmed, {line(a, 4)});
    shop.order(QStringLiteral("SO-10"), QDate(2025, 10, 2), S::Confirmed, {line(a, 1000)});
    ProductRepository(*shop.ws.db).remove(gone);

    const QList<ProductFacts> list = loadInventoryFacts(*shop.ws.db, 2025, QDate(2025, 12, 31));
    REQUIRE(list.size() == 2); // the tombstoned product is left out
    const ProductFacts &fa = bySku(list, QStringLiteral("SKU-A"));
    CHECK(fa.deliveredQuantity == 10); // SO-1 3 + 2, SO-2 5
    CHECK(fa.demandQuantity == 9); // SO-2 5, SO-9 4
    CHECK(fa.stockOnHand == 40);
    CHECK(fa.unitCost == 10050);
    CHECK(fa.productLine == QStringLiteral("Sensors"));
    // 10 × 1.0050 = 10.05 once; per line it would be 3.02 + 2.01 + 5.03 = 10.06.
    CHECK(inventory::cogs(fa) == 1005);
    const ProductFacts &fb = bySku(list, QStringLiteral("SKU-B"));
    CHECK(fb.deliveredQuantity == 10);
    CHECK(fb.demandQuantity == 0);

    const QList<ProductFacts> next = loadInventoryFacts(*shop.ws.db, 2026, QDate(2026, 1, 1));
    CHECK(bySku(next, QStringLiteral("SKU-A")).deliveredQuantity == 11);
    // The window of 2026-01-01 starts on 2025-10-04: SO-9 just falls out.
    CHECK(bySku(next, QStringLiteral("SKU-A")).demandQuantity == 5 + 11); // SO-2, SO-5
}

TEST_CASE("an order becoming delivered takes its quantities off the products' stock, audited",
          "[inventory][storage]")
{
    Shop shop;
    const QString a = shop.product(QStringLiteral("SKU-A"), 10000, 50);
    const QString b = shop.product(QStringLiteral("SKU-B"), 10000, 5);
    const OrderRepository orders(*shop.ws.db);
    OrderLine service = line(QString(), 1); // a line without a product moves no stock
    const Order o = shop.order(QStringLiteral("SO-1"), QDate(2025, 3, 1), OrderStatus::Draft,
                               {line(a, 3), line(b, 8), line(a, 2), service});
    const qint64 versionBefore = ProductRepository(*shop.ws.db).findById(a)->meta.version;

    orders.setStatus(o.meta.id, OrderStatus::Confirmed);
    CHECK(shop.stock(a) == 50);

    orders.setStatus(o.meta.id, OrderStatus::Delivered);
    CHECK(shop.stock(a) == 45); // 50 − 3 − 2
    CHECK(shop.stock(b) == -3); // 5 − 8: a backorder
    CHECK(ProductRepository(*shop.ws.db).findById(a)->meta.version == versionBefore + 1);

    AuditFilter filter;
    filter.entity = QStringLiteral("product");
    filter.recordId = a;
    const QList<AuditEntry> entries = AuditLog::entries(*shop.ws.db, filter);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().action == AuditAction::Update);
    CHECK(entries.last().field == QStringLiteral("stock_on_hand"));
    CHECK(entries.last().oldValue == QStringLiteral("50"));
    CHECK(entries.last().newValue == QStringLiteral("45"));

    orders.setStatus(o.meta.id, OrderStatus::Closed);
    CHECK(shop.stock(a) == 45); // closing moves nothing more
}

TEST_CASE("a delivery rolled back with its transaction leaves the stock as it was", "[inventory][storage]")
{
    Shop shop;
    const QString a = shop.product(QStringLiteral("SKU-A"), 10000, 50);
    const OrderRepository orders(*shop.ws.db);
    const Order o
        = shop.order(QStringLiteral("SO-1"), QDate(2025, 3, 1), OrderStatus::Confirmed, {line(a, 20)});
    {
        Database::Transaction tx(*shop.ws.db);
        orders.setStatus(o.meta.id, OrderStatus::Delivered);
        CHECK(shop.stock(a) == 30);
        // no commit
    }
    CHECK(shop.stock(a) == 50);
    CHECK(orders.findById(o.meta.id)->status == OrderStatus::Confirmed);

    // A status change that is not allowed fails before any stock moves.
    const Order draft
        = shop.order(QStringLiteral("SO-2"), QDate(2025, 3, 1), OrderStatus::Draft, {line(a, 5)});
    CHECK_THROWS_AS(orders.setStatus(draft.meta.id, OrderStatus::Delivered), Error);
    CHECK(shop.stock(a) == 50);
}
