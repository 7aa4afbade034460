// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include "core/storage/customerrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace sb::core;
using sb::test::runCli;

namespace {

struct Product4
{
    const char *sku;
    const char *line;
    Price4 cost;
    qint64 stock;
    qint64 safety;
    int leadTime;
};

// Sensors: S1 300 × 40.00 = 12 000.00 COGS, stock 25 × 40.00 = 1 000.00;
//          S2 100 × 10.00 = 1 000.00 COGS, stock 75 × 10.00 = 750.00.
//          13 000.00 / 1 750.00 = 7.4286 turns, 365 / 7.4286 = 49.13 days.
// Valves:  V1 1 000 × 2.50 = 2 500.00 COGS, stock 80 × 2.50 = 200.00; N1 has no cost.
//          2 500.00 / 200.00 = 12.5 turns, 29.2 days.
// All:     15 500.00 / 1 950.00 = 7.9487 turns, 45.92 days: just misses 8.
// Demand up to 2025-12-31 (from 2025-10-03): S1 90 (confirmed), S2 100, V1 450.
//          S1: 1.0 a day × 30 + 10 = 40 ≥ 25 in stock → order 40 + 30 − 25 = 45.
//          V1: 5.0 a day × 12 + 20 = 80 ≥ 80 in stock → order 80 + 150 − 80 = 150.
//          S2 and N1 have neither lead-time demand nor safety stock: point 0, not listed.
struct Warehouse
{
    sb::test::TempWorkspace ws;
    QHash<QString, QString> ids;

    Warehouse()
    {
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("Nordwind GmbH");
        const QString customer = CustomerRepository(*ws.db).create(c).meta.id;
        const Product4 products[] = {{"SKU-S1", "Sensors", 400000, 25, 10, 30},
                                     {"SKU-S2", "Sensors", 100000, 75, 0, 0},
                                     {"SKU-V1", "Valves", 25000, 80, 20, 12},
                                     {"SKU-N1", "Valves", 0, 5, 0, 5}};
        for (const Product4 &spec : products) {
            Product p;
            p.sku = QLatin1String(spec.sku);
            p.name = p.sku;
            p.productLine = QLatin1String(spec.line);
            p.unitPrice = spec.cost * 2;
            p.unitCost = spec.cost;
            p.stockOnHand = spec.stock;
            p.safetyStock = spec.safety;
            p.leadTimeDays = spec.leadTime;
            ids.insert(p.sku, ProductRepository(*ws.db).create(p).meta.id);
        }
        const auto order = [&](const char *number, QDate date, OrderStatus status,
                               const QList<QPair<const char *, qint64>> &lines) {
            Order o;
            o.number = QLatin1String(number);
            o.customerId = customer;
            o.orderDate = date;
            o.status = status;
            for (const auto &[sku, quantity] : lines) {
                OrderLine l;
                l.productId = ids.value(QLatin1String(sku));
                l.quantity = quantity;
                l.unitPrice = 990000;
                o.lines.append(l);
            }
            OrderRepository(*ws.db).create(o);
        };
        order("SO-1", QDate(2025, 2, 10), OrderStatus::Delivered, {{"SKU-S1", 300}});
        order("SO-2", QDate(2025, 11, 15), OrderStatus::Closed, {{"SKU-S2", 100}});
        order("SO-3", QDate(2025, 3, 1), OrderStatus::Closed, {{"SKU-V1", 550}, {"SKU-N1", 10}});
        order("SO-4", QDate(2025, 12, 1), OrderStatus::Delivered, {{"SKU-V1", 450}});
        order("SO-5", QDate(2025, 12, 10), OrderStatus::Confirmed, {{"SKU-S1", 90}});
        order("SO-6", QDate(2024, 12, 20), OrderStatus::Delivered, {{"SKU-S1", 999}});
        ws.db.reset(); // the command opens the file itself
    }

    sb::test::ProcessResult run(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), ws.path, QStringLiteral("inventory")} + args);
    }
};

QJsonObject parse(const sb::test::ProcessResult &result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

const QStringList kWindow = {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--as-of"),
                             QStringLiteral("2025-12-31")};

} // namespace

TEST_CASE("inventory prints turnover per product line and overall as hand-computed", "[cli][inventory]")
{
    Warehouse w;
    const QJsonObject root
        = parse(w.run(kWindow + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(root.value(QStringLiteral("year")).toInt() == 2025);
    CHECK(root.value(QStringLiteral("as_of")).toString() == QStringLiteral("2025-12-31"));
    CHECK(root.value(QStringLiteral("turnover_formula")).toString().contains(QStringLiteral("365")));
    CHECK_FALSE(root.value(QStringLiteral("average_inventory_formula")).toString().isEmpty());

    const QJsonArray lines = root.value(QStringLiteral("product_lines")).toArray();
    REQUIRE(lines.size() == 2);
    const QJsonObject sensors = lines[0].toObject();
    CHECK(sensors.value(QStringLiteral("product_line")).toString() == QStringLiteral("Sensors"));
    CHECK(sensors.value(QStringLiteral("products")).toInt() == 2);
    CHECK(sensors.value(QStringLiteral("cogs")).toInteger() == 1300000);
    CHECK(sensors.value(QStringLiteral("average_inventory_value")).toInteger() == 175000);
    CHECK(sensors.value(QStringLiteral("turnover")).toDouble() == Approx(13000.0 / 1750.0));
    CHECK(sensors.value(QStringLiteral("turnover_days")).toDouble() == Approx(365.0 * 1750.0 / 13000.0));
    CHECK(sensors.value(QStringLiteral("benchmark_met")) == QJsonValue(false));
    const QJsonObject valves = lines[1].toObject();
    CHECK(valves.value(QStringLiteral("product_line")).toString() == QStringLiteral("Valves"));
    CHECK(valves.value(QStringLiteral("products_without_cost")).toInt() == 1);
    CHECK(valves.value(QStringLiteral("cogs")).toInteger() == 250000);
    CHECK(valves.value(QStringLiteral("average_inventory_value")).toInteger() == 20000);
    CHECK(valves.value(QStringLiteral("turnover")).toDouble() == Approx(12.5));
    CHECK(valves.value(QStringLiteral("turnover_days")).toDouble() == Approx(29.2));
    CHECK(valves.value(QStringLiteral("benchmark_met")) == QJsonValue(true));

    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("products")).toInt() == 4);
    CHECK(overall.value(QStringLiteral("cogs")).toInteger() == 1550000);
    CHECK(overall.value(QStringLiteral("average_inventory_value")).toInteger() == 195000);
    CHECK(overall.value(QStringLiteral("turnover")).toDouble() == Approx(15500.0 / 1950.0));
    CHECK(overall.value(QStringLiteral("turnover_days")).toDouble() == Approx(365.0 * 1950.0 / 15500.0));
    CHECK(overall.value(QStringLiteral("benchmark_met")) == QJsonValue(false));

    // 2024 only has SO-6: 999 × 40.00 = 39 960.00.
    const QJsonObject earlier
        = parse(w.run({QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--as-of"),
                       QStringLiteral("2025-12-31"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(earlier.value(QStringLiteral("overall")).toObject().value(QStringLiteral("cogs")).toInteger()
          == 3996000);
}

TEST_CASE("inventory lists the products at or below their reorder point with a suggested quantity",
          "[cli][inventory]")
{
    Warehouse w;
    const QJsonObject root
        = parse(w.run(kWindow + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonArray list = root.value(QStringLiteral("replenishment")).toArray();
    REQUIRE(list.size() == 2);
    const QJsonObject s1 = list[0].toObject();
    CHECK(s1.value(QStringLiteral("sku")).toString() == QStringLiteral("SKU-S1"));
    CHECK(s1.value(QStringLiteral("product_line")).toString() == QStringLiteral("Sensors"));
    CHECK(s1.value(QStringLiteral("stock_on_hand")).toInteger() == 25);
    CHECK(s1.value(QStringLiteral("safety_stock")).toInteger() == 10);
    CHECK(s1.value(QStringLiteral("lead_time_days")).toInteger() == 30);
    CHECK(s1.value(QStringLiteral("daily_demand")).toDouble() == Approx(1.0));
    CHECK(s1.value(QStringLiteral("reorder_point")).toInteger() == 40);
    CHECK(s1.value(QStringLiteral("suggested_quantity")).toInteger() == 45);
    const QJsonObject v1 = list[1].toObject();
    CHECK(v1.value(QStringLiteral("sku")).toString() == QStringLiteral("SKU-V1"));
    CHECK(v1.value(QStringLiteral("daily_demand")).toDouble() == Approx(5.0));
    CHECK(v1.value(QStringLiteral("reorder_point")).toInteger() == 80);
    CHECK(v1.value(QStringLiteral("suggested_quantity")).toInteger() == 150);
}

TEST_CASE("inventory writes a text table with the formulas and CSV with snake_case headers",
          "[cli][inventory]")
{
    Warehouse w;
    const auto table = w.run(kWindow);
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("365 / turnover")));
    CHECK(table.out.contains(QStringLiteral("stock on hand × unit cost")));
    CHECK(table.out.contains(QStringLiteral("13000.00")));
    CHECK(table.out.contains(QStringLiteral("SKU-V1")));

    const auto csv = w.run(kWindow + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList rows = csv.out.split(u'\n');
    CHECK(
        rows.first()
        == QStringLiteral("product_line,products,products_without_cost,cogs,average_inventory_value,turnover,"
                          "turnover_days,benchmark_met"));
    CHECK(rows.contains(QStringLiteral("\"Valves\",2,1,2500.00,200.00,12.50,29.2,\"true\"")));
    CHECK(rows.contains(
        QStringLiteral("sku,name,product_line,stock_on_hand,safety_stock,lead_time_days,daily_demand,"
                       "reorder_point,suggested_quantity")));
    CHECK(rows.contains(QStringLiteral("\"SKU-V1\",\"SKU-V1\",\"Valves\",80,20,12,5.00,80,150")));
}

TEST_CASE("inventory rejects a malformed year or date with exit code 1", "[cli][inventory]")
{
    Warehouse w;
    CHECK(w.run({QStringLiteral("--year"), QStringLiteral("twenty")}).exitCode == 1);
    CHECK(w.run({QStringLiteral("--as-of"), QStringLiteral("2025-02-30")}).exitCode == 1);
    CHECK(w.run({QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 1);
}

TEST_CASE("inventory on the small demo lists every product line and valid suggestions",
          "[cli][inventory][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.salesbench"));
    const auto demo = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--scale"),
                              QStringLiteral("small")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const QJsonObject root = parse(runCli({QStringLiteral("--db"), path, QStringLiteral("inventory"),
                                           QStringLiteral("--format"), QStringLiteral("json")}));
    QSet<QString> expected;
    qint64 products = 0;
    {
        const auto db = Database::open(path, Database::Mode::ReadOnly);
        QSqlQuery q = db->prepare(QStringLiteral("SELECT product_line FROM products WHERE deleted = 0"));
        Database::exec(q, QStringLiteral("read product lines"));
        while (q.next()) {
            expected.insert(q.value(0).toString());
            ++products;
        }
    }
    REQUIRE_FALSE(expected.isEmpty());
    QSet<QString> listed;
    qint64 cogs = 0;
    for (const QJsonValue &line : root.value(QStringLiteral("product_lines")).toArray()) {
        listed.insert(line.toObject().value(QStringLiteral("product_line")).toString());
        cogs += line.toObject().value(QStringLiteral("cogs")).toInteger();
    }
    CHECK(listed == expected);
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("products")).toInteger() == products);
    CHECK(overall.value(QStringLiteral("cogs")).toInteger() == cogs);
    for (const QJsonValue &value : root.value(QStringLiteral("replenishment")).toArray()) {
        const QJsonObject r = value.toObject();
        CHECK(r.value(QStringLiteral("stock_on_hand")).toInteger()
              <= r.value(QStringLiteral("reorder_point")).toInteger());
        CHECK(r.value(QStringLiteral("suggested_quantity")).toInteger() >= 0);
    }
}
