// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/inventoryqueries.h"

#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace sb::core {

namespace {

/// Translations in the "sb::core::InventoryQueries" context, spelled InventoryQueriesText::tr() so that
/// lupdate files them under the context the program asks for.
class InventoryQueriesText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::InventoryQueries)
};

// Only the stock column: recordio::update then writes and audits just that field.
const recordio::TableSpec &stockSpec()
{
    static const recordio::TableSpec s{QStringLiteral("products"),
                                       QStringLiteral("product"),
                                       QStringLiteral("sku"),
                                       {QStringLiteral("stock_on_hand")}};
    return s;
}

// Quantity per product on live lines of live orders with one of the statuses
// (schema constants, never input) dated in [from, to]. The range on order_date
// lets SQLite use the orders_revenue index.
QHash<QString, qint64> quantities(const Database &db, const QString &statuses, QDate from, QDate to)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT l.product_id, sum(l.quantity) FROM orders o "
                       "JOIN order_lines l ON l.order_id = o.id AND l.deleted = 0 "
                       "WHERE o.order_date >= ? AND o.order_date <= ? AND o.deleted = 0 AND o.status IN (")
        + statuses + QStringLiteral(") AND l.product_id IS NOT NULL GROUP BY l.product_id"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    Database::exec(q, InventoryQueriesText::tr("sum the quantities sold"));
    QHash<QString, qint64> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

} // namespace

QList<inventory::ProductFacts> loadInventoryFacts(const Database &db, int year, QDate demandAsOf)
{
    const QHash<QString, qint64> delivered
        = quantities(db, QStringLiteral("'delivered', 'closed'"), QDate(year, 1, 1), QDate(year, 12, 31));
    const QHash<QString, qint64> demand
        = quantities(db, QStringLiteral("'confirmed', 'delivered', 'closed'"),
                     demandAsOf.addDays(-(inventory::kDemandWindowDays - 1)), demandAsOf);

    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT id, sku, name, product_line, unit_cost, stock_on_hand, safety_stock, lead_time_days "
        "FROM products WHERE deleted = 0 ORDER BY sku, id"));
    Database::exec(q, InventoryQueriesText::tr("read the products"));
    QList<inventory::ProductFacts> result;
    while (q.next()) {
        inventory::ProductFacts p;
        p.productId = q.value(0).toString();
        p.sku = q.value(1).toString();
        p.name = q.value(2).toString();
        p.productLine = q.value(3).toString();
        p.unitCost = q.value(4).toLongLong();
        p.stockOnHand = q.value(5).toLongLong();
        p.safetyStock = q.value(6).toLongLong();
        p.leadTimeDays = q.value(7).toInt();
        p.deliveredQuantity = delivered.value(p.productId);
        p.demandQuantity = demand.value(p.productId);
        result.append(p);
    }
    return result;
}

namespace {

// Moves stock_on_hand of each live product on the order's live lines by
// `sign` × the lines' quantity (summed per product); -1 delivers, +1 takes a delivery back.
void moveDeliveredStock(const Database &db, const QString &orderId, qint64 sign)
{
    WriteScope tx(db);
    QSqlQuery q = db.prepare(QStringLiteral("SELECT product_id, sum(quantity) FROM order_lines "
                                            "WHERE order_id = ? AND deleted = 0 AND product_id IS NOT NULL "
                                            "GROUP BY product_id ORDER BY product_id"));
    q.addBindValue(orderId);
    Database::exec(q, InventoryQueriesText::tr("read the delivered quantities"));
    QList<QPair<QString, qint64>> moves;
    while (q.next())
        moves.append({q.value(0).toString(), q.value(1).toLongLong()});
    for (const auto &[productId, quantity] : std::as_const(moves)) {
        if (quantity == 0)
            continue;
        const auto row = recordio::loadById(db, stockSpec(), productId);
        if (!row)
            continue; // a tombstoned product keeps no stock
        RecordMeta meta;
        recordio::update(db, stockSpec(), *row, {row->values.at(0).toLongLong() + sign * quantity}, meta);
    }
    tx.commit();
}

} // namespace

void takeDeliveredStock(const Database &db, const QString &orderId)
{
    moveDeliveredStock(db, orderId, -1);
}

void returnDeliveredStock(const Database &db, const QString &orderId)
{
    moveDeliveredStock(db, orderId, 1);
}

} // namespace sb::core
