// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/inventory.h"
#include "core/domain/product.h"

#include <QCoreApplication>
#include <QList>

class QStandardItemModel;

namespace sb::ui {

/// Fills the tables of the Products & Inventory page.
class InventoryTables final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::InventoryTables)

public:
    /// SKU, name, line, price, cost, stock, safety stock, lead time.
    static void fillProducts(QStandardItemModel &model, const QList<core::Product> &products);
    /// One row per product line and one for all products; the benchmark column is coloured.
    static void fillTurnover(QStandardItemModel &model, const core::inventory::TurnoverReport &report);
    /// SKU, name, line, stock, safety stock, lead time, daily demand, reorder point, suggested quantity.
    static void fillReplenishment(QStandardItemModel &model,
                                  const QList<core::inventory::Replenishment> &rows);
    /// Writes a model as CSV (header row first). Returns false on a write error.
    static bool writeCsv(const QStandardItemModel &model, const QString &path);
};

} // namespace sb::ui
