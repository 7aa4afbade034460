// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/storage/productrepository.h"
#include "ui/common/roles.h"
#include "ui/common/workspace.h"
#include "ui/inventory/productspage.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QUndoStack>

using namespace sb;

namespace {

/// round(numerator / denominator), half away from zero, for numerator ≥ 0.
qint64 roundedDivision(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator / 2) / denominator;
}

qint64 ceilDivision(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator - 1) / denominator;
}

} // namespace

TEST_CASE("The inventory figures on the products page equal a hand computation on the demo data")
{
    test::TempWorkspace ws;
    core::DemoOptions options;
    options.seed = 7;
    options.today = QDate(2025, 3, 15);
    core::generateDemo(*ws.db, options);

    // By hand, straight from the tables, following product.md: COGS = Σ delivered and
    // closed quantity of the year × unit cost; inventory value = stock × unit cost
    // (ten-thousandths → minor units, rounded per product); demand = confirmed,
    // delivered and closed quantity of the 90 days up to 31 December.
    struct Facts
    {
        QString sku;
        QString line;
        qint64 cost = 0;
        qint64 stock = 0;
        qint64 safety = 0;
        qint64 lead = 0;
        qint64 sold = 0;
        qint64 demand = 0;
    };
    QHash<QString, Facts> products;
    QSqlQuery q = ws.db->prepare(QStringLiteral(
        "SELECT id, sku, product_line, unit_cost, stock_on_hand, safety_stock, lead_time_days FROM products "
        "WHERE deleted = 0"));
    core::Database::exec(q, QStringLiteral("read products"));
    while (q.next())
        products.insert(q.value(0).toString(),
                        {q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                         q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), 0, 0});
    QSqlQuery l = ws.db->prepare(
        QStringLiteral("SELECT l.product_id, l.quantity, o.status, o.order_date FROM order_lines l JOIN "
                       "orders o ON o.id = l.order_id "
                       "WHERE l.deleted = 0 AND o.deleted = 0 AND l.product_id IS NOT NULL"));
    core::Database::exec(l, QStringLiteral("read lines"));
    while (l.next()) {
        auto product = products.find(l.value(0).toString());
        if (product == products.end())
            continue;
        const QString status = l.value(2).toString();
        const QDate date = QDate::fromString(l.value(3).toString(), Qt::ISODate);
        if ((status == QStringLiteral("delivered") || status == QStringLiteral("closed"))
            && date.year() == 2024)
            product->sold += l.value(1).toLongLong();
        if (status != QStringLiteral("draft") && status != QStringLiteral("cancelled")
            && date >= QDate(2024, 10, 3) && date <= QDate(2024, 12, 31))
            product->demand += l.value(1).toLongLong();
    }
    QHash<QString, QPair<qint64, qint64>> byLine; // COGS, value
    qint64 cogsAll = 0;
    qint64 valueAll = 0;
    QHash<QString, QPair<qint64, qint64>> reorder; // SKU → reorder point, suggested quantity
    for (const Facts &p : std::as_const(products)) {
        const qint64 cogs = roundedDivision(qMax<qint64>(p.sold, 0) * p.cost, 100);
        const qint64 value = roundedDivision(qMax<qint64>(p.stock, 0) * p.cost, 100);
        byLine[p.line].first += cogs;
        byLine[p.line].second += value;
        cogsAll += cogs;
        valueAll += value;
        const qint64 demand = qMax<qint64>(p.demand, 0);
        const qint64 point = ceilDivision(demand * p.lead, 90) + p.safety;
        if (point > 0 && p.stock <= point)
            reorder.insert(p.sku, {point, qMax<qint64>(point + ceilDivision(demand * 30, 90) - p.stock, 0)});
    }
    REQUIRE(cogsAll > 0);

    const qint64 productCount = products.size();
    ui::Workspace workspace(std::move(ws.db));
    QUndoStack undo;
    ui::ProductsPage page(ui::PageContext{&workspace, &undo});
    page.yearField()->setValue(2024);
    CHECK(page.productsModel()->rowCount() == productCount);
    const QStandardItemModel *turnover = page.turnoverModel();
    REQUIRE(turnover->rowCount() == byLine.size() + 1);
    const auto sortValue = [turnover](int row, int column) {
        return qint64(turnover->item(row, column)->data(ui::SortRole).toDouble());
    };
    for (int row = 0; row < turnover->rowCount(); ++row) {
        const bool overall = row == turnover->rowCount() - 1;
        const QString line = turnover->item(row, 0)->text();
        INFO(line.toStdString());
        const qint64 cogs = overall ? cogsAll : byLine.value(line).first;
        const qint64 value = overall ? valueAll : byLine.value(line).second;
        REQUIRE((overall || byLine.contains(line)));
        CHECK(sortValue(row, 2) == cogs);
        CHECK(sortValue(row, 3) == value);
        if (value > 0) {
            const double turns = double(cogs) / double(value);
            CHECK(turnover->item(row, 4)->data(ui::SortRole).toDouble() == Approx(turns));
            CHECK(turnover->item(row, 4)->text() == QLocale().toString(turns, 'f', 2));
            if (turns > 0)
                CHECK(turnover->item(row, 5)->text() == QLocale().toString(365.0 / turns, 'f', 1));
        }
    }
    const QStandardItemModel *list = page.replenishmentModel();
    REQUIRE(list->rowCount() == reorder.size());
    for (int row = 0; row < list->rowCount(); ++row) {
        const QString sku = list->item(row, 0)->text();
        INFO(sku.toStdString());
        REQUIRE(reorder.contains(sku));
        CHECK(qint64(list->item(row, 7)->data(ui::SortRole).toDouble()) == reorder.value(sku).first);
        CHECK(qint64(list->item(row, 8)->data(ui::SortRole).toDouble()) == reorder.value(sku).second);
    }
}

TEST_CASE("The products page opens on demo data with turnover rows and a replenishment list it can export")
{
    test::TempWorkspace ws;
    core::DemoOptions options;
    options.seed = 7;
    options.today = QDate(2025, 3, 15);
    core::generateDemo(*ws.db, options);
    const qint64 products = qint64(core::ProductRepository(*ws.db).list().size());
    ui::Workspace workspace(std::move(ws.db));
    QUndoStack undo;
    ui::ProductsPage page(ui::PageContext{&workspace, &undo});
    page.yearField()->setValue(2024);
    CHECK(page.productsModel()->rowCount() == products);
    REQUIRE(page.turnoverModel()->rowCount() >= 2);
    const QString path = ws.dir.filePath(QStringLiteral("reorder.csv"));
    REQUIRE(page.exportReplenishment(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == page.replenishmentModel()->rowCount() + 1);
}
