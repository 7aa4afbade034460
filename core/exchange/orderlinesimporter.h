// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/createdorders.h"
#include "core/exchange/entityimport.h"
#include "core/exchange/orderreferences.h"
#include "core/storage/idsequence.h"
#include "core/storage/orderlineswriter.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <deque>
#include <memory>

namespace sb::core {

/// Imports order lines from a flat file (one row per line, the order's columns
/// repeated), creating the orders, and on request the customers and products,
/// they name. Lines are keyed by order number and line number; a file without
/// line numbers numbers each order's lines in file order, so importing the same
/// file twice changes nothing.
///
/// The bulk path (OrderLinesWriter): statements prepared once, ids that sort in creation
/// order, and foreign keys checked at commit, so that each line is one insert and
/// each order is written once, with its total, when the file moves on to the next
/// order. Orders, customers and products are only created once a line of theirs is
/// written.
class OrderLinesImporter final : public EntityImporter
{
public:
    OrderLinesImporter();
    ~OrderLinesImporter() override;
    RowOutcome apply(const RowInput &row, ImportContext &context) override;
    void beforeRow(const RowInput &row, ImportContext &context) override;
    void finish(ImportContext &context) override;

private:
    struct Slots;
    struct Line;

    struct OrderState
    {
        CreatedOrders::Order row; ///< id, number, customer; the rest for orders created here
        QString customerCode;
        int nextLineNo = 1;
        int linesWritten = 0;
        bool created = false;
        bool changed = false; ///< a line of an existing order was added or changed
        QSet<int> linesSeen; ///< existing orders: line numbers this file has used
    };

    void start(const RowInput &row, ImportContext &context);
    bool parseLine(const RowInput &row, const ImportContext &context, Line &line, RowOutcome &out) const;
    OrderState *orderFor(const RowInput &row, const QString &number, ImportContext &context, RowOutcome &out);
    std::optional<QByteArray> customerFor(const RowInput &row, RowOutcome &out);
    std::optional<QByteArray> productFor(const RowInput &row, RowOutcome &out);
    RowOutcome writeLine(const RowInput &row, OrderState &order, const Line &line, const QByteArray &product,
                         ImportContext &context, RowOutcome &out);
    void orderDone(OrderState &order);

    std::unique_ptr<OrderLinesWriter> m_writer;
    std::unique_ptr<Slots> m_slots;
    std::unique_ptr<CreatedOrders> m_created;
    std::unique_ptr<OrderReferences> m_references;
    std::deque<OrderState> m_orderList; ///< in the order first seen (stable addresses)
    QHash<QString, OrderState *> m_orders; ///< by order number
    OrderState *m_open = nullptr; ///< the order of the rows being read
    IdSequence m_ids;
    QByteArray m_now;
    QByteArray m_office;
};

} // namespace sb::core
