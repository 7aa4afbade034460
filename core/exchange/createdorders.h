// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlite/sqlitestatement.h"

#include <QByteArray>
#include <QString>

namespace sb::core {

class Database;
class ImportContext;

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

    CreatedOrders(const Database &db, ImportContext &context, QByteArray now, QByteArray office);
    CreatedOrders(const CreatedOrders &) = delete;
    CreatedOrders &operator=(const CreatedOrders &) = delete;

    /// Writes the order, or corrects its amount when it was written before and has
    /// more lines since (a file with the order's rows apart).
    void write(Order &order);

private:
    ImportContext &m_context;
    const QByteArray m_now;
    const QByteArray m_office;
    const QString m_user;
    SqliteStatement m_insert, m_audit, m_setAmount;
};

} // namespace sb::core
