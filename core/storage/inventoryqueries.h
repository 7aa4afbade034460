// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/inventory.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sb::core {

class Database;

/// The input of the inventory analyses (core/analytics/inventory.h): every live
/// product, ordered by SKU, with the quantity on live lines of live delivered and
/// closed orders dated in `year` and the demand quantity (confirmed, delivered,
/// closed) of the 90 days ending on `demandAsOf`. Lines of tombstoned products
/// and lines without a product are left out.
QList<inventory::ProductFacts> loadInventoryFacts(const Database &db, int year, QDate demandAsOf);

/// Takes the stock of an order's delivery: stock_on_hand of each live product on
/// the order's live lines goes down by the lines' quantity (summed per product).
/// Each product write bumps its version and is audited (entity "product", field
/// "stock_on_hand"). Joins the caller's transaction; OrderRepository::setStatus
/// calls it when an order becomes delivered.
void takeDeliveredStock(const Database &db, const QString &orderId);

/// Takes a delivery back (the undo of takeDeliveredStock): stock_on_hand of each
/// live product on the order's live lines goes up by the lines' quantity, audited
/// the same way. Joins the caller's transaction; OrderRepository::revertStatus
/// calls it when an order goes back from delivered.
void returnDeliveredStock(const Database &db, const QString &orderId);

} // namespace sb::core
