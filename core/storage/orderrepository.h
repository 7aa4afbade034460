// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Reads and writes orders with their lines, bound parameters only. Every write
/// is one transaction (a savepoint inside a caller's transaction), bumps
/// version/updated_at/updated_by_office and appends to the audit log (entities
/// "order" and "order_line"). Line amounts are always recomputed with
/// money::lineAmount and the order amount with orderAmount(); lines without a
/// line number are numbered after the highest given one, in list order.
/// Throws Error::Data for rule violations, Error::Database otherwise.
class OrderRepository final
{
public:
    explicit OrderRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts the order and its lines. Returns the stored order.
    Order create(Order order) const;
    /// Validates and updates the order; lines are matched by line number:
    /// changed ones are updated, new ones inserted, missing ones tombstoned.
    /// A changed status must be a legal transition.
    Order update(Order order) const;
    /// Marks the order deleted (tombstone); its lines stay with it.
    void remove(const QString &id) const;
    /// Brings a tombstoned order back.
    void restore(const QString &id) const;
    /// Moves the order to `status` if orderstatus::canMove allows it. Returns the stored order.
    /// Becoming delivered takes the lines' quantities off the products' stock
    /// (takeDeliveredStock, same transaction); update() never moves stock.
    Order setStatus(const QString &id, OrderStatus status) const;
    /// Takes back a status move (undo): the order must be in `from`; it goes back
    /// to `to` even where the workflow has no such move (confirmed → draft), and a
    /// delivery taken back returns the lines' quantities to stock. Audited like any
    /// update (field status). Throws Error::Data when the order is not in `from`.
    Order revertStatus(const QString &id, OrderStatus from, OrderStatus to) const;

    /// The live order with this id, with its lines.
    std::optional<Order> findById(const QString &id) const;
    /// The live order with this number, with its lines.
    std::optional<Order> findByNumber(const QString &number) const;
    /// Live orders ordered by number, without their lines (see lines()).
    QList<Order> list() const;
    /// Live lines of an order, by line number.
    QList<OrderLine> lines(const QString &orderId) const;
    /// Number of live orders.
    qint64 count() const;
    /// True when another live order uses this number (ignoring `exceptId`).
    bool numberExists(const QString &number, const QString &exceptId = {}) const;
    /// The next free number of the form PREFIX-SO000123.
    QString nextNumber() const;

private:
    const Database &m_db;
};

} // namespace sb::core
