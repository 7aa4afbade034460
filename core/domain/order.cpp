// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/order.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace sb::core {
namespace orderstatus {

QString key(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Draft:
        return QStringLiteral("draft");
    case OrderStatus::Confirmed:
        return QStringLiteral("confirmed");
    case OrderStatus::Delivered:
        return QStringLiteral("delivered");
    case OrderStatus::Closed:
        return QStringLiteral("closed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString displayName(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Draft:
        return QCoreApplication::translate("sb::core::OrderStatus", "Draft");
    case OrderStatus::Confirmed:
        return QCoreApplication::translate("sb::core::OrderStatus", "Confirmed");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("sb::core::OrderStatus", "Delivered");
    case OrderStatus::Closed:
        return QCoreApplication::translate("sb::core::OrderStatus", "Closed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("sb::core::OrderStatus", "Cancelled");
    }
    return {};
}

QList<OrderStatus> all()
{
    return {OrderStatus::Draft, OrderStatus::Confirmed, OrderStatus::Delivered, OrderStatus::Closed,
            OrderStatus::Cancelled};
}

std::optional<OrderStatus> fromText(const QString &text)
{
    static const QStringList chinese
        = {QStringLiteral("草稿"), QStringLiteral("已确认"), QStringLiteral("已交付"),
           QStringLiteral("已关闭"), QStringLiteral("已取消")};
    const QString t = text.trimmed();
    const auto statuses = all();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (t.compare(key(statuses[i]), Qt::CaseInsensitive) == 0 || t == chinese[i]
            || t.compare(displayName(statuses[i]), Qt::CaseInsensitive) == 0)
            return statuses[i];
    }
    return std::nullopt;
}

bool countsAsRevenue(OrderStatus s)
{
    return s == OrderStatus::Confirmed || s == OrderStatus::Delivered || s == OrderStatus::Closed;
}

bool canMove(OrderStatus from, OrderStatus to)
{
    switch (from) {
    case OrderStatus::Draft:
        return to == OrderStatus::Confirmed || to == OrderStatus::Cancelled;
    case OrderStatus::Confirmed:
        return to == OrderStatus::Delivered || to == OrderStatus::Cancelled;
    case OrderStatus::Delivered:
        return to == OrderStatus::Closed;
    case OrderStatus::Closed:
    case OrderStatus::Cancelled:
        return false;
    }
    return false;
}

} // namespace orderstatus

Money orderAmount(const Order &order)
{
    if (order.lines.isEmpty())
        return order.contractAmount.value_or(0);
    Money total = 0;
    for (const OrderLine &line : order.lines)
        total += line.amount;
    return total;
}

namespace {

/// Translations in the "sb::core::Order" context, spelled OrderText::tr() so that
/// lupdate files them under the context the program asks for.
class OrderText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Order)
};

} // namespace

FieldErrors validate(const Order &order)
{
    FieldErrors errors;
    if (!validation::isValidCode(order.number))
        errors.append({QStringLiteral("order_number"),
                       OrderText::tr("Order number is required: at most 40 characters, no spaces at either "
                                     "end, no control characters.")});
    if (order.customerId.isEmpty())
        errors.append({QStringLiteral("customer_code"), OrderText::tr("Customer is required.")});
    if (!order.orderDate.isValid())
        errors.append({QStringLiteral("order_date"), OrderText::tr("Order date is required.")});
    if (order.contractAmount && *order.contractAmount < 0)
        errors.append(
            {QStringLiteral("contract_amount"), OrderText::tr("Contract amount must not be negative.")});
    for (const OrderLine &line : order.lines) {
        if (line.unitPrice < 0)
            errors.append({QStringLiteral("unit_price"),
                           OrderText::tr("Line %1: unit price must not be negative.").arg(line.lineNo)});
        if (line.discount < 0 || line.discount > 10000)
            errors.append({QStringLiteral("discount"),
                           OrderText::tr("Line %1: discount must be between 0 and 100 %.").arg(line.lineNo)});
        if (line.quantity == 0)
            errors.append({QStringLiteral("quantity"),
                           OrderText::tr("Line %1: quantity must not be zero.").arg(line.lineNo)});
    }
    return errors;
}

} // namespace sb::core
