// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"

#include <QList>
#include <QString>

#include <optional>

// Inventory turnover and replenishment (库存周转率 / 补货点), product.md "Orders,
// contracts, products and inventory". Pure functions over ProductFacts, which
// core/storage/inventoryqueries.h loads.
//
// Definitions used throughout:
// - COGS of a year (销货成本): over the live lines of delivered and closed orders
//   dated (order date) in the year, Σ quantity × the product's unit cost. Stock
//   leaves on delivery, so confirmed orders do not count yet. Per product the
//   exact sum (ten-thousandths) is rounded once, half away from zero, to minor
//   units; a product's net quantity below zero (returns) counts as zero.
// - Average inventory value: the workspace keeps no stock history and records no
//   goods receipts, so the current stock value, max(stock on hand, 0) × unit cost
//   (rounded like COGS), stands in for the year's average. Rebuilding an opening
//   stock from the deliveries alone (opening = closing + delivered) would assume
//   nothing was received all year and cap every turnover below 2.
// - Turnover = COGS / average inventory value; turnover days = 365 / turnover.
//   Turnover is undefined (nullopt) when the inventory value is zero; days are
//   undefined when the turnover is undefined or zero. Groups (a product line, all
//   products) add up their products' COGS and values before dividing.
// - Benchmark: at least 8 turns a year, that is at most 365 / 8 ≈ 45.6 days
//   (product.md rounds it to 45); undefined when the turnover is.
// - Products without a unit cost add nothing to COGS or value and are counted
//   in productsWithoutCost so that a report can say so.
// - Average daily demand: the quantity on live lines of confirmed, delivered and
//   closed orders dated in the 90 days ending on the as-of date (both ends
//   included), divided by 90; below zero counts as zero.
// - Reorder point = ⌈daily demand × lead time days⌉ + safety stock, computed
//   exactly in integers and rounded up to whole units.
// - Suggested order quantity = reorder point + ⌈30 days of demand⌉ − stock on
//   hand, never below 0. A product is suggested when its stock on hand is at or
//   below its reorder point, unless the reorder point is 0 (no demand and no
//   safety stock: nothing to keep in stock).
namespace sb::core::inventory {

inline constexpr int kDaysPerYear = 365;
inline constexpr double kBenchmarkTurns = 8.0;
inline constexpr int kDemandWindowDays = 90;
inline constexpr int kCoverDays = 30;

/// One live product with the quantities the analyses need: the input.
struct ProductFacts
{
    QString productId;
    QString sku;
    QString name;
    QString productLine;
    Price4 unitCost = 0;
    qint64 stockOnHand = 0;
    qint64 safetyStock = 0;
    int leadTimeDays = 0;
    qint64 deliveredQuantity = 0; ///< Σ quantity of delivered and closed orders dated in the year
    qint64 demandQuantity = 0; ///< Σ quantity of confirmed, delivered, closed orders in the demand window
};

/// Turnover of one product, one product line or all products.
struct Turnover
{
    QString productLine; ///< the group's product line; empty for all products
    int products = 0;
    int productsWithoutCost = 0;
    Money cogs = 0;
    Money inventoryValue = 0; ///< the average inventory value (see above)
    std::optional<double> turns; ///< per year; nullopt when the inventory value is 0
    std::optional<double> days; ///< 365 / turns; nullopt when turns is undefined or 0
    std::optional<bool> benchmarkMet; ///< turns ≥ 8; nullopt when turns is undefined
};

/// Turnover per product line, ordered by product line, and over all products.
struct TurnoverReport
{
    QList<Turnover> productLines;
    Turnover overall;
};

/// One product suggested for replenishment.
struct Replenishment
{
    QString productId;
    QString sku;
    QString name;
    QString productLine;
    qint64 stockOnHand = 0;
    qint64 safetyStock = 0;
    int leadTimeDays = 0;
    double dailyDemand = 0.0; ///< demand quantity / 90
    qint64 reorderPoint = 0;
    qint64 suggestedQuantity = 0;
};

/// COGS of one product over the year, in minor units.
Money cogs(const ProductFacts &product);
/// Average inventory value of one product, in minor units.
Money inventoryValue(const ProductFacts &product);
/// Turnover of a set of products taken together; productLine is left empty.
Turnover turnover(const QList<ProductFacts> &products);
/// Turnover per product line (ordered by line) and overall.
TurnoverReport turnoverReport(const QList<ProductFacts> &products);

/// Average daily demand of a product: demand quantity / 90 (0 when negative).
double dailyDemand(const ProductFacts &product);
/// Reorder point of a product in units.
qint64 reorderPoint(const ProductFacts &product);
/// Suggested order quantity of a product in units (≥ 0).
qint64 suggestedQuantity(const ProductFacts &product);
/// Products at or below their reorder point, ordered by SKU.
QList<Replenishment> replenishment(const QList<ProductFacts> &products);

/// The definitions above in words, translated, for reports and the UI.
struct Formulas
{
    QString turnover; ///< turnover, turnover days, COGS and the benchmark
    QString averageInventory; ///< what stands in for the average inventory value
    QString reorderPoint; ///< daily demand and reorder point
    QString suggestedQuantity; ///< suggested order quantity and when a product is listed
};
Formulas formulas();

} // namespace sb::core::inventory
