// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sb::core {

class ImportContext;
class OrderLinesWriter;

/// Writes the orders an order-lines import creates: each once, with its total,
/// when the file has moved past its lines (with the audit entry and the import log
/// entry that undo needs), instead of an insert at the first line and an update of
/// the total at the end.
class CreatedOrders final
{
public:
    struct Order
    {
        QByteArray id;
        QString number;
        QByteArray customerId;
        QString date;
        QString status;
        qint64 amount = 0; ///< Σ of its lines written so far
        qint64 writtenAmount = -1; ///< the amount its row has, -1 before it is written
    };

    CreatedOrders(OrderLinesWriter &writer, ImportContext &context);
    CreatedOrders(const CreatedOrders &) = delete;
    CreatedOrders &operator=(const CreatedOrders &) = delete;

    /// Writes the order, or corrects its amount when it was written before and has
    /// more lines since (a file with the order's rows apart).
    void write(Order &order);

private:
    OrderLinesWriter &m_writer;
    ImportContext &m_context;
};

} // namespace sb::core
