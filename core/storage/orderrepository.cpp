// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/orderrepository.h"

#include "core/storage/database.h"
#include "core/storage/inventoryqueries.h"
#include "core/storage/recordstore.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

/// Translations in the "sb::core::OrderRepository" context, spelled OrderRepositoryText::tr() so that
/// lupdate files them under the context the program asks for.
class OrderRepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::OrderRepository)
};

enum Column {
    Number,
    CustomerId,
    OpportunityId,
    OwnerRepId,
    ChannelId,
    OrderDate,
    SignDate,
    ContractAmount,
    Amount,
    PaymentTerms,
    Status,
    DeliveryStatus,
    Notes
};

enum LineColumn {
    LOrderId,
    LLineNo,
    LProductId,
    LQuantity,
    LUnitPrice,
    LDiscount,
    LAmount
};

const TableSpec &lineSpec()
{
    static const TableSpec s{QStringLiteral("order_lines"),
                             QStringLiteral("order_line"),
                             QString(),
                             {QStringLiteral("order_id"), QStringLiteral("line_no"),
                              QStringLiteral("product_id"), QStringLiteral("quantity"),
                              QStringLiteral("unit_price"), QStringLiteral("discount_bp"),
                              QStringLiteral("amount")}};
    return s;
}

QVariantList toValues(const Order &o)
{
    return {o.number,
            o.customerId,
            recordio::nullableText(o.opportunityId),
            recordio::nullableText(o.ownerRepId),
            recordio::nullableText(o.channelId),
            recordio::dateValue(o.orderDate),
            recordio::dateValue(o.signDate),
            o.contractAmount ? QVariant(qlonglong(*o.contractAmount))
                             : QVariant(QMetaType(QMetaType::LongLong)),
            o.amount,
            o.paymentTerms,
            orderstatus::key(o.status),
            o.deliveryStatus.isEmpty() ? QStringLiteral("pending") : o.deliveryStatus,
            o.notes};
}

QVariantList lineValues(const OrderLine &l)
{
    return {l.orderId,  l.lineNo, recordio::nullableText(l.productId), l.quantity, l.unitPrice,
            l.discount, l.amount};
}

Order fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Order o;
    o.meta = row.meta;
    o.number = v[Number].toString();
    o.customerId = v[CustomerId].toString();
    o.opportunityId = v[OpportunityId].toString();
    o.ownerRepId = v[OwnerRepId].toString();
    o.channelId = v[ChannelId].toString();
    o.orderDate = recordio::toDate(v[OrderDate]);
    o.signDate = recordio::toDate(v[SignDate]);
    if (!v[ContractAmount].isNull())
        o.contractAmount = v[ContractAmount].toLongLong();
    o.amount = v[Amount].toLongLong();
    o.paymentTerms = v[PaymentTerms].toString();
    o.status = orderstatus::fromText(v[Status].toString()).value_or(OrderStatus::Draft);
    o.deliveryStatus = v[DeliveryStatus].toString();
    o.notes = v[Notes].toString();
    return o;
}

OrderLine lineFromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    OrderLine l;
    l.meta = row.meta;
    l.orderId = v[LOrderId].toString();
    l.lineNo = v[LLineNo].toInt();
    l.productId = v[LProductId].toString();
    l.quantity = v[LQuantity].toLongLong();
    l.unitPrice = v[LUnitPrice].toLongLong();
    l.discount = v[LDiscount].toInt();
    l.amount = v[LAmount].toLongLong();
    return l;
}

// Lines and their references are checked by the repository itself: they need the stored lines.
const RecordTable<Order> &table()
{
    static const RecordTable<Order> t{
        {QStringLiteral("orders"),
         QStringLiteral("order"),
         QStringLiteral("number"),
         {QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("opportunity_id"),
          QStringLiteral("owner_rep_id"), QStringLiteral("channel_id"), QStringLiteral("order_date"),
          QStringLiteral("sign_date"), QStringLiteral("contract_amount"), QStringLiteral("amount"),
          QStringLiteral("payment_terms"), QStringLiteral("status"), QStringLiteral("delivery_status"),
          QStringLiteral("notes")}},
        {"sb::core::OrderRepository", QT_TRANSLATE_NOOP("sb::core::OrderRepository", "No order with id %1."),
         QT_TRANSLATE_NOOP("sb::core::OrderRepository", "An order with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::OrderRepository", "Order number %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::OrderRepository",
                           "Order %1 cannot be restored: another order now uses number %1."),
         QT_TRANSLATE_NOOP("sb::core::OrderRepository", "Order %1")},
        toValues,
        fromRow,
        validate,
        nullptr};
    return t;
}

RecordStore<Order> orders(const Database &db)
{
    return RecordStore<Order>(db, table());
}

QList<StoredRow> storedLines(const Database &db, const QString &orderId)
{
    return recordio::loadLiveWhere(db, lineSpec(), QStringLiteral("order_id"), orderId,
                                   QStringLiteral("line_no"));
}

// Numbers unnumbered lines and recomputes every amount; the rules are checked after.
void numberLines(Order &o)
{
    int highest = 0;
    QSet<int> seen;
    for (const OrderLine &line : std::as_const(o.lines)) {
        if (line.lineNo <= 0)
            continue;
        if (seen.contains(line.lineNo))
            throw recordio::dataError(OrderRepositoryText::tr("Order %1: line number %2 appears twice.")
                                          .arg(o.number, QString::number(line.lineNo)));
        seen.insert(line.lineNo);
        highest = std::max(highest, line.lineNo);
    }
    for (OrderLine &line : o.lines) {
        if (line.lineNo <= 0)
            line.lineNo = ++highest;
        line.amount = money::lineAmount(line.quantity, line.unitPrice, line.discount);
    }
    o.amount = orderAmount(o);
}

void checkReference(const Database &db, const QString &table, const QString &id, const QString &before,
                    const QString &message)
{
    if (!id.isEmpty() && id != before && !recordio::liveIdExists(db, table, id))
        throw recordio::dataError(message);
}

void checkReferences(const Database &db, const Order &o, const Order *stored,
                     const QHash<int, OrderLine> &oldLines)
{
    if ((!stored || stored->customerId != o.customerId)
        && !recordio::liveIdExists(db, QStringLiteral("customers"), o.customerId))
        throw recordio::dataError(
            OrderRepositoryText::tr("Unknown customer %2 on order %1.").arg(o.number, o.customerId));
    checkReference(
        db, QStringLiteral("opportunities"), o.opportunityId, stored ? stored->opportunityId : QString(),
        OrderRepositoryText::tr("Unknown opportunity %2 on order %1.").arg(o.number, o.opportunityId));
    checkReference(db, QStringLiteral("reps"), o.ownerRepId, stored ? stored->ownerRepId : QString(),
                   OrderRepositoryText::tr("Unknown sales rep %2 on order %1.").arg(o.number, o.ownerRepId));
    checkReference(db, QStringLiteral("channels"), o.channelId, stored ? stored->channelId : QString(),
                   OrderRepositoryText::tr("Unknown channel %2 on order %1.").arg(o.number, o.channelId));
    for (const OrderLine &line : o.lines) {
        checkReference(db, QStringLiteral("products"), line.productId, oldLines.value(line.lineNo).productId,
                       OrderRepositoryText::tr("Unknown product %3 on line %2 of order %1.")
                           .arg(o.number, QString::number(line.lineNo), line.productId));
    }
}

} // namespace

Order OrderRepository::create(Order order) const
{
    const RecordStore<Order> store = orders(m_db);
    numberLines(order);
    store.checkValid(order);
    WriteScope tx(m_db);
    store.checkNew(order);
    checkReferences(m_db, order, nullptr, {});
    store.insert(order);
    for (OrderLine &line : order.lines) {
        line.orderId = order.meta.id;
        line.meta.id.clear();
        recordio::insert(m_db, lineSpec(), line.meta, lineValues(line));
    }
    tx.commit();
    std::sort(order.lines.begin(), order.lines.end(),
              [](const OrderLine &a, const OrderLine &b) { return a.lineNo < b.lineNo; });
    return order;
}

Order OrderRepository::update(Order order) const
{
    const RecordStore<Order> store = orders(m_db);
    numberLines(order);
    store.checkValid(order);
    WriteScope tx(m_db);
    const StoredRow row = store.require(order.meta.id);
    const Order stored = fromRow(row);
    if (order.status != stored.status && !orderstatus::canMove(stored.status, order.status))
        throw recordio::dataError(OrderRepositoryText::tr("Order %1 cannot go from %2 to %3.")
                                      .arg(order.number, orderstatus::displayName(stored.status),
                                           orderstatus::displayName(order.status)));
    store.checkKeyFree(order);
    QHash<int, StoredRow> oldRows;
    QHash<int, OrderLine> oldLines;
    for (const StoredRow &lineRow : storedLines(m_db, order.meta.id)) {
        const OrderLine line = lineFromRow(lineRow);
        oldRows.insert(line.lineNo, lineRow);
        oldLines.insert(line.lineNo, line);
    }
    checkReferences(m_db, order, &stored, oldLines);
    store.write(row, order);
    for (OrderLine &line : order.lines) {
        line.orderId = order.meta.id;
        const auto old = oldRows.constFind(line.lineNo);
        if (old == oldRows.constEnd()) {
            line.meta.id.clear();
            recordio::insert(m_db, lineSpec(), line.meta, lineValues(line));
        } else {
            recordio::update(m_db, lineSpec(), *old, lineValues(line), line.meta);
            oldRows.erase(old);
        }
    }
    for (const StoredRow &gone : std::as_const(oldRows))
        recordio::setDeleted(m_db, lineSpec(), gone, true);
    tx.commit();
    std::sort(order.lines.begin(), order.lines.end(),
              [](const OrderLine &a, const OrderLine &b) { return a.lineNo < b.lineNo; });
    return order;
}

void OrderRepository::remove(const QString &id) const
{
    orders(m_db).remove(id);
}

void OrderRepository::restore(const QString &id) const
{
    orders(m_db).restore(id);
}

Order OrderRepository::setStatus(const QString &id, OrderStatus status) const
{
    const RecordStore<Order> store = orders(m_db);
    WriteScope tx(m_db);
    const StoredRow row = store.require(id);
    Order order = fromRow(row);
    if (order.status != status) {
        if (!orderstatus::canMove(order.status, status))
            throw recordio::dataError(OrderRepositoryText::tr("Order %1 cannot go from %2 to %3.")
                                          .arg(order.number, orderstatus::displayName(order.status),
                                               orderstatus::displayName(status)));
        order.status = status;
        store.write(row, order);
        // Stock leaves on delivery, in the same transaction as the status change.
        if (status == OrderStatus::Delivered)
            takeDeliveredStock(m_db, id);
    }
    tx.commit();
    order.lines = lines(id);
    return order;
}

Order OrderRepository::revertStatus(const QString &id, OrderStatus from, OrderStatus to) const
{
    const RecordStore<Order> store = orders(m_db);
    WriteScope tx(m_db);
    const StoredRow row = store.require(id);
    Order order = fromRow(row);
    if (order.status != from)
        throw recordio::dataError(
            OrderRepositoryText::tr("Order %1 is %2, not %3: its status move cannot be taken back.")
                .arg(order.number, orderstatus::displayName(order.status), orderstatus::displayName(from)));
    if (from != to) {
        order.status = to;
        store.write(row, order);
        // Only the delivery itself moved stock (closing or cancelling later did not).
        if (from == OrderStatus::Delivered)
            returnDeliveredStock(m_db, id);
    }
    tx.commit();
    order.lines = lines(id);
    return order;
}

std::optional<Order> OrderRepository::findById(const QString &id) const
{
    std::optional<Order> order = orders(m_db).findById(id);
    if (order)
        order->lines = lines(order->meta.id);
    return order;
}

std::optional<Order> OrderRepository::findByNumber(const QString &number) const
{
    std::optional<Order> order = orders(m_db).findByKey(number);
    if (order)
        order->lines = lines(order->meta.id);
    return order;
}

QList<Order> OrderRepository::list() const
{
    return orders(m_db).list();
}

QList<OrderLine> OrderRepository::lines(const QString &orderId) const
{
    QList<OrderLine> result;
    for (const StoredRow &row : storedLines(m_db, orderId))
        result.append(lineFromRow(row));
    return result;
}

qint64 OrderRepository::count() const
{
    return orders(m_db).count();
}

bool OrderRepository::numberExists(const QString &number, const QString &exceptId) const
{
    return orders(m_db).keyExists(number, exceptId);
}

QString OrderRepository::nextNumber() const
{
    return orders(m_db).nextNumber(QStringLiteral("SO"));
}

} // namespace sb::core
