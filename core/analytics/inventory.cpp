// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/inventory.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace sb::core::inventory {

namespace {

/// Translations in the "sb::core::inventory" context, spelled InventoryText::tr() so that
/// lupdate files them under the context the program asks for.
class InventoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::inventory)
};

// ⌈numerator / denominator⌉ for numerator ≥ 0 and denominator > 0.
qint64 ceilDiv(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator - 1) / denominator;
}

qint64 demandOf(const ProductFacts &product)
{
    return std::max<qint64>(product.demandQuantity, 0);
}

// Fills the ratios of a group whose sums are already set.
void finish(Turnover &t)
{
    if (t.inventoryValue <= 0)
        return;
    t.turns = double(t.cogs) / double(t.inventoryValue);
    t.benchmarkMet = *t.turns >= kBenchmarkTurns;
    if (t.cogs > 0)
        t.days = double(kDaysPerYear) * double(t.inventoryValue) / double(t.cogs);
}

void add(Turnover &t, const ProductFacts &product)
{
    ++t.products;
    if (product.unitCost <= 0)
        ++t.productsWithoutCost;
    t.cogs += cogs(product);
    t.inventoryValue += inventoryValue(product);
}

} // namespace

Money cogs(const ProductFacts &product)
{
    return money::lineAmount(std::max<qint64>(product.deliveredQuantity, 0), product.unitCost, 0);
}

Money inventoryValue(const ProductFacts &product)
{
    return money::lineAmount(std::max<qint64>(product.stockOnHand, 0), product.unitCost, 0);
}

Turnover turnover(const QList<ProductFacts> &products)
{
    Turnover t;
    for (const ProductFacts &product : products)
        add(t, product);
    finish(t);
    return t;
}

TurnoverReport turnoverReport(const QList<ProductFacts> &products)
{
    QMap<QString, Turnover> byLine;
    TurnoverReport report;
    for (const ProductFacts &product : products) {
        Turnover &line = byLine[product.productLine];
        line.productLine = product.productLine;
        add(line, product);
        add(report.overall, product);
    }
    for (Turnover &line : byLine) {
        finish(line);
        report.productLines.append(line);
    }
    finish(report.overall);
    return report;
}

double dailyDemand(const ProductFacts &product)
{
    return double(demandOf(product)) / double(kDemandWindowDays);
}

qint64 reorderPoint(const ProductFacts &product)
{
    const qint64 lead = std::max(product.leadTimeDays, 0);
    return ceilDiv(demandOf(product) * lead, kDemandWindowDays) + std::max<qint64>(product.safetyStock, 0);
}

qint64 suggestedQuantity(const ProductFacts &product)
{
    const qint64 cover = ceilDiv(demandOf(product) * kCoverDays, kDemandWindowDays);
    return std::max<qint64>(reorderPoint(product) + cover - product.stockOnHand, 0);
}

QList<Replenishment> replenishment(const QList<ProductFacts> &products)
{
    QList<Replenishment> result;
    for (const ProductFacts &product : products) {
        const qint64 point = reorderPoint(product);
        if (point <= 0 || product.stockOnHand > point)
            continue;
        result.append({product.productId, product.sku, product.name, product.productLine, product.stockOnHand,
                       product.safetyStock, product.leadTimeDays, dailyDemand(product), point,
                       suggestedQuantity(product)});
    }
    std::sort(result.begin(), result.end(), [](const Replenishment &a, const Replenishment &b) {
        return a.sku != b.sku ? a.sku < b.sku : a.productId < b.productId;
    });
    return result;
}

Formulas formulas()
{
    return {
        InventoryText::tr(
            "Inventory turnover = COGS / average inventory value; turnover days = 365 / turnover. "
            "COGS = quantity × unit cost over the lines of delivered and closed orders dated in the year. "
            "Benchmark: at least 8 turns a year (about 45 days)."),
        InventoryText::tr(
            "Average inventory value = stock on hand × unit cost today: the workspace keeps no stock "
            "history, so the current stock value stands in for the average."),
        InventoryText::tr("Reorder point = average daily demand × lead time days + safety stock, rounded up; "
                          "daily demand = "
                          "quantity of confirmed, delivered and closed orders in the last 90 days / 90."),
        InventoryText::tr(
            "Suggested quantity = reorder point + 30 days of demand − stock on hand (at least 0), for "
            "products whose stock on hand is at or below their reorder point.")};
}

} // namespace sb::core::inventory
