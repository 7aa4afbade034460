// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/entityimport.h"
#include "core/storage/sqlitestatement.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace sb::core {

/// Imports order lines from a flat file (one row per line, the order's columns
/// repeated), creating the orders, and on request the customers and products,
/// they name. Lines are keyed by order number and line number; a file without
/// line numbers numbers each order's lines in file order, so importing the same
/// file twice changes nothing. The bulk path: statements on the native handle.
class OrderLinesImporter final : public EntityImporter
{
public:
    OrderLinesImporter();
    ~OrderLinesImporter() override;
    RowOutcome apply(const RowInput &row, ImportContext &context) override;
    void finish(ImportContext &context) override;

private:
    struct OrderState
    {
        QString id;
        QString customerId;
        QString customerCode;
        bool created = false;
        bool changed = false;   ///< a line of an existing order was added or changed
        int nextLineNo = 1;
        qint64 amount = 0;      ///< Σ of the lines written, for orders created here
        QSet<int> linesSeen;    ///< line numbers this file has used
    };
    struct Statements;

    std::optional<QString> customerFor(const RowInput &row, ImportContext &context, RowOutcome &out);
    std::optional<QString> productFor(const RowInput &row, qint64 unitPrice, ImportContext &context, RowOutcome &out);
    OrderState *orderFor(const RowInput &row, const QString &number, ImportContext &context, RowOutcome &out);

    std::unique_ptr<Statements> m_sql;
    QHash<QString, OrderState> m_orders;
    QHash<QString, QString> m_products;   ///< sku → id
    QHash<QString, QString> m_customers;  ///< code → id
    QString m_now;
    QString m_office;
};

} // namespace sb::core
