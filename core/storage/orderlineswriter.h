// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace sb::core {

class Database;

/// An order the workspace has, found by its number.
struct ExistingOrder
{
    QByteArray id;
    QByteArray customerId;
    QString customerCode;
};

/// A live order line as stored.
struct StoredOrderLine
{
    QString id;
    QString productId; ///< empty when the line has no product
    qint64 quantity = 0;
    qint64 unitPrice = 0; ///< 4 decimals
    qint64 discountBp = 0;
    qint64 amount = 0;
    qint64 version = 0;
};

/// The values of a line an import writes.
struct OrderLineValues
{
    QByteArrayView productId; ///< empty: no product (NULL)
    qint64 quantity = 0;
    qint64 unitPrice = 0; ///< 4 decimals
    qint64 discountBp = 0;
    qint64 amount = 0;
};

/// An order an import creates.
struct NewOrder
{
    QByteArrayView id;
    QString number;
    QByteArrayView customerId;
    QString date;
    QString status;
    qint64 amount = 0;
};

/// The bulk writer of an order-lines import: the orders, lines, customers and products
/// it reads and writes, with every statement prepared once per import and values
/// bound as UTF-8 bytes where the importer has them so. Created rows are stamped with
/// the `now` and `office` given here. Foreign keys are checked at commit from here on,
/// so lines may go in before the order that holds them. Joins the caller's transaction;
/// failures throw sb::core::Error (Error::Data for a constraint).
class OrderLinesWriter final
{
public:
    OrderLinesWriter(const Database &db, QByteArray now, QByteArray office);
    ~OrderLinesWriter();
    OrderLinesWriter(const OrderLinesWriter &) = delete;
    OrderLinesWriter &operator=(const OrderLinesWriter &) = delete;

    /// The live order with this number, with its customer's code.
    std::optional<ExistingOrder> findOrder(const QString &number);
    /// The live line `lineNo` of an order.
    std::optional<StoredOrderLine> findLine(QByteArrayView orderId, int lineNo);
    /// True when the order has a live line `lineNo`.
    bool hasLine(QByteArrayView orderId, int lineNo);
    void insertLine(QByteArrayView id, QByteArrayView orderId, int lineNo, const OrderLineValues &values);
    /// Changes a line's values as a new version, stamped now.
    void updateLine(const QString &id, const OrderLineValues &values);

    /// An order's amount and version (0 and 0 when there is no such order).
    std::pair<qint64, qint64> orderAmountAndVersion(QByteArrayView orderId);
    /// Sets an existing order's amount to the sum of its live lines (its contract amount
    /// when it has none) as a new version, stamped now.
    void recomputeOrderAmount(QByteArrayView orderId);
    /// Writes a new order and its audit entry (created, by its number).
    void insertOrder(const NewOrder &order);
    /// Corrects the amount of an order written by this import.
    void setOrderAmount(QByteArrayView orderId, qint64 amount);

    /// The id of the live customer with this code.
    std::optional<QByteArray> findCustomer(const QString &code);
    /// The id of the live product with this SKU.
    std::optional<QByteArray> findProduct(const QString &sku);
    void insertCustomer(QByteArrayView id, const QString &code, const QString &name);
    void insertProduct(QByteArrayView id, const QString &sku, const QString &name, qint64 unitPrice);

private:
    struct Statements;
    std::unique_ptr<Statements> m_sql;
    const QByteArray m_now;
    const QByteArray m_office;
    const QString m_user;
};

} // namespace sb::core
