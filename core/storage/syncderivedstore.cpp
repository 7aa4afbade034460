// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncderivedstore.h"

#include "core/storage/database.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

} // namespace

SyncDerivedStore::SyncDerivedStore(const Database &db) : m_db(db) { }

QSqlQuery &SyncDerivedStore::query(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot = m_db.prepare(sql);
    return *slot;
}

QStringList SyncDerivedStore::latestStages(const QString &opportunityId)
{
    QSqlQuery &q
        = query(m_latestStages,
                QStringLiteral("SELECT DISTINCT to_stage FROM stage_history WHERE opportunity_id = ? "
                               "AND deleted = 0 AND changed_at = "
                               "(SELECT MAX(changed_at) FROM stage_history WHERE opportunity_id = ? "
                               "AND deleted = 0)"));
    q.bindValue(0, opportunityId);
    q.bindValue(1, opportunityId);
    Database::exec(q, SyncText::tr("read the stage history"));
    QStringList stages;
    while (q.next())
        stages.append(q.value(0).toString());
    q.finish();
    return stages;
}

std::optional<SyncOrderTotals> SyncDerivedStore::liveOrderTotals(const QString &id)
{
    QSqlQuery &q = query(
        m_orderTotals,
        QStringLiteral("SELECT o.amount, o.contract_amount, "
                       "  (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id AND l.deleted = 0), "
                       "  (SELECT COALESCE(SUM(l.amount), 0) FROM order_lines l WHERE l.order_id = o.id AND "
                       "l.deleted = 0) "
                       "FROM orders o WHERE o.id = ? AND o.deleted = 0"));
    q.bindValue(0, id);
    Database::exec(q, SyncText::tr("read an order"));
    std::optional<SyncOrderTotals> totals;
    if (q.next())
        totals = SyncOrderTotals{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                 q.value(3).toLongLong()};
    q.finish();
    return totals;
}

void SyncDerivedStore::setOrderAmount(const QString &id, qint64 amount)
{
    QSqlQuery &q = query(m_setOrderAmount, QStringLiteral("UPDATE orders SET amount = ? WHERE id = ?"));
    q.bindValue(0, amount);
    q.bindValue(1, id);
    Database::exec(q, SyncText::tr("update an order's amount"));
}

bool SyncDerivedStore::lineNumberTaken(const QString &orderId, qint64 lineNo, const QString &lineId)
{
    QSqlQuery &q = query(m_lineTaken,
                         QStringLiteral("SELECT 1 FROM order_lines WHERE order_id = ? AND "
                                        "line_no = ? AND deleted = 0 AND id <> ?"));
    q.bindValue(0, orderId);
    q.bindValue(1, lineNo);
    q.bindValue(2, lineId);
    Database::exec(q, SyncText::tr("read the order lines"));
    const bool taken = q.next();
    q.finish();
    return taken;
}

QList<SyncOrderLine> SyncDerivedStore::liveLines(const QString &orderId)
{
    QSqlQuery &q = query(
        m_liveLines,
        QStringLiteral("SELECT id, line_no, created_at FROM order_lines WHERE order_id = ? AND deleted = 0"));
    q.bindValue(0, orderId);
    Database::exec(q, SyncText::tr("read the order lines"));
    QList<SyncOrderLine> lines;
    while (q.next())
        lines.append(SyncOrderLine{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    q.finish();
    return lines;
}

void SyncDerivedStore::setLineNumber(const QString &lineId, qint64 number)
{
    QSqlQuery &q = query(m_setLineNumber, QStringLiteral("UPDATE order_lines SET line_no = ? WHERE id = ?"));
    q.bindValue(0, number);
    q.bindValue(1, lineId);
    Database::exec(q, SyncText::tr("renumber an order line"));
}

} // namespace sb::core
