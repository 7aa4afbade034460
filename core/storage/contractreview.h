// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contract.h"
#include "core/domain/money.h"
#include "core/domain/order.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace sb::core {

class Database;

/// An order whose contract review is not finished: a line of the review queue.
struct ReviewQueueEntry
{
    QString orderId;
    QString orderNumber;
    QString customerCode;
    QString customerName;
    QDate orderDate;
    OrderStatus status = OrderStatus::Draft;
    Money amount = 0;
    int flagged = 0; ///< points flagged
    int unchecked = 0; ///< points unchecked, missing rows included
    int confirmed = 0; ///< points confirmed
    QList<ContractPoint> flaggedPoints; ///< in checklist order
};

/// Where the contract review of one order in the review queue stands.
struct ReviewCounts
{
    int flagged = 0; ///< points flagged
    int unchecked = 0; ///< points neither confirmed nor flagged, missing rows included
};

/// Which orders the review queue lists.
enum class ReviewQueueScope {
    Open, ///< any flagged or unchecked point (the default)
    FlaggedOnly, ///< any flagged point
};

/// The contract risk checklist (合同风险) of orders, stored in contract_checks: five
/// points per order, each unchecked, confirmed or flagged. A point without a row
/// is unchecked. Writes are one transaction each (a savepoint inside a caller's),
/// bump version/updated_at/updated_by_office and are audited (entity
/// "contract_check"). Throws Error::Data for rule violations, Error::Database otherwise.
class ContractReview final
{
public:
    explicit ContractReview(const Database &db) : m_db(db) { }

    /// The five points of a live order in checklist order, missing rows as unchecked.
    QList<ContractCheck> checklist(const QString &orderId) const;
    /// Sets one point of a live order; confirmed and flagged record the user
    /// (Database::userName()) and the time, unchecked clears them. Returns the stored point.
    ContractCheck setPoint(const QString &orderId, ContractPoint point, CheckState state,
                           const QString &note = {}) const;
    /// Writes a point back exactly as `check` holds it (undo): state, note, who
    /// checked it and when. A point that had no row (empty meta.id) becomes
    /// unchecked again. Audited like setPoint. Returns the stored point.
    ContractCheck restorePoint(const ContractCheck &check) const;
    /// Live orders that are not cancelled and have a point open (see `scope`):
    /// orders with flags first, then newest order date first, then by number.
    QList<ReviewQueueEntry> ordersNeedingReview(ReviewQueueScope scope = ReviewQueueScope::Open) const;
    /// The review queue of the order list, keyed by order id, without the rest of
    /// each order: live orders that are not cancelled and have a flagged point, and
    /// drafts with a point still to check. One grouped query; small for any workspace.
    QHash<QString, ReviewCounts> reviewQueueCounts() const;
    /// Confirms a draft order (OrderRepository::setStatus, same transaction).
    /// With flagged points it needs `override` and a non-empty `reason`, and logs
    /// an audit row (action override, entity "order", field "contract_review", old
    /// value the flagged point keys, new value the reason); without `override` it
    /// throws Error::Data naming the flagged points. Unchecked points do not block.
    Order confirmOrder(const QString &orderId, bool override = false, const QString &reason = {}) const;
    /// Takes back confirmOrder (undo): the confirmed order goes back to draft
    /// (OrderRepository::revertStatus, same transaction). When the confirmation was
    /// an override (`overrideReason` not empty) it logs an audit row (action
    /// override, entity "order", field "contract_review", old value the reason, new
    /// value none), so the history shows the override withdrawn.
    Order undoConfirm(const QString &orderId, const QString &overrideReason = {}) const;

private:
    const Database &m_db;
};

} // namespace sb::core
