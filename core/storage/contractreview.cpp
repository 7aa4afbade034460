// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/contractreview.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/orderrepository.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

/// Translations in the "sb::core::ContractReview" context, spelled ContractReviewText::tr() so that
/// lupdate files them under the context the program asks for.
class ContractReviewText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::ContractReview)
};

enum Column {
    OrderId,
    Point,
    State,
    Note,
    CheckedBy,
    CheckedAt
};

const TableSpec &spec()
{
    static const TableSpec s{QStringLiteral("contract_checks"),
                             QStringLiteral("contract_check"),
                             QString(),
                             {QStringLiteral("order_id"), QStringLiteral("point"), QStringLiteral("state"),
                              QStringLiteral("note"), QStringLiteral("checked_by"),
                              QStringLiteral("checked_at")}};
    return s;
}

QVariantList toValues(const ContractCheck &c)
{
    return {c.orderId,   contractpoint::key(c.point),        checkstate::key(c.state), c.note,
            c.checkedBy, recordio::nullableText(c.checkedAt)};
}

ContractCheck fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    ContractCheck c;
    c.meta = row.meta;
    c.orderId = v[OrderId].toString();
    c.point = contractpoint::fromText(v[Point].toString()).value_or(ContractPoint::PaymentTerms);
    c.state = checkstate::fromText(v[State].toString()).value_or(CheckState::Unchecked);
    c.note = v[Note].toString();
    c.checkedBy = v[CheckedBy].toString();
    c.checkedAt = v[CheckedAt].toString();
    return c;
}

void requireOrder(const Database &db, const QString &orderId)
{
    if (!recordio::liveIdExists(db, QStringLiteral("orders"), orderId))
        throw recordio::dataError(ContractReviewText::tr("No order with id %1.").arg(orderId));
}

// Stored live rows of an order by point key.
QHash<QString, StoredRow> storedChecks(const Database &db, const QString &orderId)
{
    QHash<QString, StoredRow> rows;
    for (const StoredRow &row :
         recordio::loadLiveWhere(db, spec(), QStringLiteral("order_id"), orderId, QStringLiteral("point")))
        rows.insert(row.values[Point].toString(), row);
    return rows;
}

int pointIndex(ContractPoint point)
{
    return int(contractpoint::all().indexOf(point));
}

} // namespace

QList<ContractCheck> ContractReview::checklist(const QString &orderId) const
{
    requireOrder(m_db, orderId);
    const QHash<QString, StoredRow> rows = storedChecks(m_db, orderId);
    QList<ContractCheck> result;
    for (const ContractPoint point : contractpoint::all()) {
        const auto row = rows.constFind(contractpoint::key(point));
        if (row != rows.constEnd()) {
            result.append(fromRow(*row));
        } else {
            ContractCheck missing;
            missing.orderId = orderId;
            missing.point = point;
            result.append(missing);
        }
    }
    return result;
}

ContractCheck ContractReview::setPoint(const QString &orderId, ContractPoint point, CheckState state,
                                       const QString &note) const
{
    WriteScope tx(m_db);
    requireOrder(m_db, orderId);
    ContractCheck check;
    check.orderId = orderId;
    check.point = point;
    check.state = state;
    check.note = note.trimmed();
    if (state != CheckState::Unchecked) {
        check.checkedBy = Database::userName();
        check.checkedAt = Database::nowUtc();
    }
    const QHash<QString, StoredRow> rows = storedChecks(m_db, orderId);
    const auto stored = rows.constFind(contractpoint::key(point));
    if (stored == rows.constEnd()) {
        recordio::insert(m_db, spec(), check.meta, toValues(check));
    } else {
        const ContractCheck before = fromRow(*stored);
        // Saving the same state and note again keeps who checked it and when.
        if (before.state == check.state && before.note == check.note) {
            check.checkedBy = before.checkedBy;
            check.checkedAt = before.checkedAt;
        }
        recordio::update(m_db, spec(), *stored, toValues(check), check.meta);
    }
    tx.commit();
    return check;
}

ContractCheck ContractReview::restorePoint(const ContractCheck &check) const
{
    WriteScope tx(m_db);
    requireOrder(m_db, check.orderId);
    ContractCheck restored = check;
    if (check.meta.id.isEmpty()) {
        restored = ContractCheck{};
        restored.orderId = check.orderId;
        restored.point = check.point;
    }
    restored.meta = RecordMeta{};
    const QHash<QString, StoredRow> rows = storedChecks(m_db, check.orderId);
    const auto stored = rows.constFind(contractpoint::key(check.point));
    if (stored == rows.constEnd())
        recordio::insert(m_db, spec(), restored.meta, toValues(restored));
    else
        recordio::update(m_db, spec(), *stored, toValues(restored), restored.meta);
    tx.commit();
    return restored;
}

QList<ReviewQueueEntry> ContractReview::ordersNeedingReview(ReviewQueueScope scope) const
{
    // Fixed SQL fragments only; the queue has no user values to bind.
    const QString flagged = QStringLiteral("sum(CASE WHEN k.state = 'flagged' THEN 1 ELSE 0 END)");
    const QString confirmed = QStringLiteral("sum(CASE WHEN k.state = 'confirmed' THEN 1 ELSE 0 END)");
    QString having = flagged + QStringLiteral(" > 0");
    if (scope == ReviewQueueScope::Open)
        having += QStringLiteral(" OR ") + confirmed + QStringLiteral(" < 5");
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT o.id, o.number, c.code, c.name, o.order_date, o.status, o.amount, ") + flagged
        + QStringLiteral(", ") + confirmed
        + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                         "LEFT JOIN contract_checks k ON k.order_id = o.id AND k.deleted = 0 "
                         "WHERE o.deleted = 0 AND o.status <> 'cancelled' "
                         "GROUP BY o.id, o.number, c.code, c.name, o.order_date, o.status, o.amount HAVING ")
        + having);
    Database::exec(q, ContractReviewText::tr("read the contract review queue"));
    const int points = int(contractpoint::all().size());
    QList<ReviewQueueEntry> result;
    QHash<QString, qsizetype> indexById;
    while (q.next()) {
        ReviewQueueEntry e;
        e.orderId = q.value(0).toString();
        e.orderNumber = q.value(1).toString();
        e.customerCode = q.value(2).toString();
        e.customerName = q.value(3).toString();
        e.orderDate = recordio::toDate(q.value(4));
        e.status = orderstatus::fromText(q.value(5).toString()).value_or(OrderStatus::Draft);
        e.amount = q.value(6).toLongLong();
        e.flagged = q.value(7).toInt();
        e.confirmed = q.value(8).toInt();
        e.unchecked = std::max(points - e.flagged - e.confirmed, 0);
        indexById.insert(e.orderId, result.size());
        result.append(e);
    }

    QSqlQuery f = m_db.prepare(QStringLiteral(
        "SELECT order_id, point FROM contract_checks WHERE deleted = 0 AND state = 'flagged'"));
    Database::exec(f, ContractReviewText::tr("read the flagged contract points"));
    while (f.next()) {
        const auto index = indexById.constFind(f.value(0).toString());
        const auto point = contractpoint::fromText(f.value(1).toString());
        if (index != indexById.constEnd() && point)
            result[*index].flaggedPoints.append(*point);
    }
    for (ReviewQueueEntry &e : result) {
        std::sort(e.flaggedPoints.begin(), e.flaggedPoints.end(),
                  [](ContractPoint a, ContractPoint b) { return pointIndex(a) < pointIndex(b); });
    }
    std::sort(result.begin(), result.end(), [](const ReviewQueueEntry &a, const ReviewQueueEntry &b) {
        if ((a.flagged > 0) != (b.flagged > 0))
            return a.flagged > 0;
        if (a.orderDate != b.orderDate)
            return a.orderDate > b.orderDate;
        return a.orderNumber < b.orderNumber;
    });
    return result;
}

QHash<QString, ReviewCounts> ContractReview::reviewQueueCounts() const
{
    // Fixed SQL only; the queue has no user values to bind.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT o.id, sum(CASE WHEN k.state = 'flagged' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN k.state = 'confirmed' THEN 1 ELSE 0 END) "
        "FROM orders o LEFT JOIN contract_checks k ON k.order_id = o.id AND k.deleted = 0 "
        "WHERE o.deleted = 0 AND o.status <> 'cancelled' GROUP BY o.id, o.status "
        "HAVING sum(CASE WHEN k.state = 'flagged' THEN 1 ELSE 0 END) > 0 OR (o.status = 'draft' "
        "AND sum(CASE WHEN k.state = 'confirmed' THEN 1 ELSE 0 END) < 5)"));
    Database::exec(q, ContractReviewText::tr("read the contract review queue"));
    const int points = int(contractpoint::all().size());
    QHash<QString, ReviewCounts> result;
    while (q.next()) {
        ReviewCounts counts;
        counts.flagged = q.value(1).toInt();
        counts.unchecked = std::max(points - counts.flagged - q.value(2).toInt(), 0);
        result.insert(q.value(0).toString(), counts);
    }
    return result;
}

Order ContractReview::confirmOrder(const QString &orderId, bool override, const QString &reason) const
{
    WriteScope tx(m_db);
    const OrderRepository orders(m_db);
    const auto order = orders.findById(orderId);
    if (!order)
        throw recordio::dataError(ContractReviewText::tr("No order with id %1.").arg(orderId));
    if (order->status != OrderStatus::Draft)
        throw recordio::dataError(
            ContractReviewText::tr("Order %1 is %2; only a draft order can be confirmed.")
                .arg(order->number, orderstatus::displayName(order->status)));
    QStringList flaggedKeys;
    QStringList flaggedNames;
    for (const ContractCheck &check : checklist(orderId)) {
        if (check.state == CheckState::Flagged) {
            flaggedKeys.append(contractpoint::key(check.point));
            flaggedNames.append(contractpoint::displayName(check.point));
        }
    }
    if (!flaggedKeys.isEmpty()) {
        if (!override)
            throw recordio::dataError(
                ContractReviewText::tr("Order %1 has flagged contract points: %2. Resolve them or confirm "
                                       "with an override and a reason.")
                    .arg(order->number, flaggedNames.join(QStringLiteral("; "))));
        if (reason.trimmed().isEmpty())
            throw recordio::dataError(
                ContractReviewText::tr("Order %1: confirming despite flagged contract points needs a reason.")
                    .arg(order->number));
    }
    Order confirmed = orders.setStatus(orderId, OrderStatus::Confirmed);
    if (!flaggedKeys.isEmpty())
        AuditLog::record(m_db, QStringLiteral("order"), orderId, AuditAction::Override,
                         QStringLiteral("contract_review"), flaggedKeys.join(u','), reason.trimmed());
    tx.commit();
    return confirmed;
}

Order ContractReview::undoConfirm(const QString &orderId, const QString &overrideReason) const
{
    WriteScope tx(m_db);
    Order draft = OrderRepository(m_db).revertStatus(orderId, OrderStatus::Confirmed, OrderStatus::Draft);
    if (!overrideReason.trimmed().isEmpty())
        AuditLog::record(m_db, QStringLiteral("order"), orderId, AuditAction::Override,
                         QStringLiteral("contract_review"), overrideReason.trimmed(), std::nullopt);
    tx.commit();
    return draft;
}

} // namespace sb::core
