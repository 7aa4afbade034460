// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/money.h"
#include "core/domain/record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

/// Order status workflow: draft → confirmed → delivered → closed, or cancelled.
enum class OrderStatus {
    Draft,
    Confirmed,
    Delivered,
    Closed,
    Cancelled
};

namespace orderstatus {
QString key(OrderStatus status);
std::optional<OrderStatus> fromText(const QString &text);
QString displayName(OrderStatus status);
QList<OrderStatus> all();
/// Revenue counts orders that are confirmed, delivered or closed.
bool countsAsRevenue(OrderStatus status);
/// Legal transitions of the workflow.
bool canMove(OrderStatus from, OrderStatus to);
} // namespace orderstatus

/// One order line; keyed by its order and line number.
struct OrderLine
{
    RecordMeta meta;
    QString orderId;
    int lineNo = 0;
    QString productId; ///< products.id or empty
    qint64 quantity = 0;
    Price4 unitPrice = 0;
    BasisPoints discount = 0;
    Money amount = 0; ///< lineAmount(quantity, unitPrice, discount)
};

/// An order / contract (订单 / 合同).
struct Order
{
    RecordMeta meta;
    QString number;
    QString customerId;
    QString opportunityId;
    QString ownerRepId;
    QString channelId;
    QDate orderDate;
    QDate signDate;
    std::optional<Money> contractAmount;
    Money amount = 0; ///< Σ line amounts, or the contract amount when there are no lines
    QString paymentTerms;
    OrderStatus status = OrderStatus::Draft;
    QString deliveryStatus; ///< pending, partial, delivered
    QString notes;
    QList<OrderLine> lines;
};

/// The amount rule: sum of the lines, or the contract amount for an order without lines.
Money orderAmount(const Order &order);

/// Field rules: number, customer, order date required; lines with quantity ≠ 0,
/// price ≥ 0, discount 0–100 %.
FieldErrors validate(const Order &order);

} // namespace sb::core
