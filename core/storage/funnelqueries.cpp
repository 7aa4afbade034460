// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/funnelqueries.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/funnelsql.h"

#include <QVariant>

#include <algorithm>

// Two ways to the funnel counts.
//
// The general path asks SQL, per cohort opportunity, for the highest funnel index
// among its current stage and every stage its live history names (one index seek
// per opportunity into stage_history_key), and groups by it. Exact for any history,
// but it costs several microseconds per opportunity (about two seconds for
// 200 000 on a cold page cache).
//
// The whole-book path answers the common "whole workspace, no filter" question
// without a join. The app records every move from the stage the deal was in, so a
// deal's stages form a chain; without a backward move (negotiation → proposal …)
// the chain only climbs, and the highest stage is the current one for open and won
// deals, and the `from` of its lost row for lost deals. So it counts live deals by
// stage (covering index opportunities_funnel) and lost rows by from_stage (partial
// index stage_history_lost), takes out the lost rows of tombstoned deals, and
// recomputes exactly the few deals that ever moved backward (partial index
// stage_history_backward). When the lost rows do not match the lost deals one to
// one (history imported or damaged), it falls back to the general path.
//
// The detailed loader for the pure functions is in funnelfacts.cpp.

namespace sb::core {

using namespace funnelsql;

namespace {

// The whole-book statements, shared with funnelCountsPlan().
QString liveByStageSql()
{
    return QStringLiteral(
        "SELECT stage, count(*), count(closed_on) FROM opportunities WHERE deleted = 0 GROUP BY stage");
}

QString lostRowsSql()
{
    return QStringLiteral(
        "SELECT from_stage, count(*) FROM stage_history WHERE deleted = 0 AND to_stage = 'lost'"
        " GROUP BY from_stage");
}

QString moversSql()
{
    return QStringLiteral("SELECT h.opportunity_id FROM stage_history h WHERE ") + backwardSql();
}

// Won deals closed in the period by cycle days, and the number of lost ones.
void addClosings(const Database &db, const funnel::Period &period, const FunnelFilters &filters,
                 std::optional<qint64> knownLost, FunnelCounts &out)
{
    // julianday is SQLite's; dates are ISO text, so the difference is whole days.
    Statement cycle{
        QStringLiteral("SELECT CAST(julianday(o.closed_on) - julianday(o.created_on) AS INTEGER) AS d,"
                       " count(*) FROM opportunities o WHERE o.deleted = 0 AND o.stage = 'won'"
                       " AND o.closed_on >= ? AND o.closed_on <= ?"),
        {lowBound(period), highBound(period)}};
    addFilters(cycle, filters);
    cycle.sql += QStringLiteral(" GROUP BY d");
    QSqlQuery q = cycle.run(db, FunnelText::tr("read the sales cycle"));
    QList<qint64> days;
    while (q.next()) {
        const qint64 d = q.value(0).isNull() ? 0 : std::max<qint64>(0, q.value(0).toLongLong());
        days.append(QList<qint64>(q.value(1).toLongLong(), d));
    }
    const qint64 won = days.size();
    out.cycle = funnel::cycleFromDays(std::move(days));

    qint64 lost = 0;
    if (knownLost) {
        lost = *knownLost;
    } else {
        Statement count{
            QStringLiteral("SELECT count(*) FROM opportunities o WHERE o.deleted = 0 AND o.stage = 'lost'"
                           " AND o.closed_on >= ? AND o.closed_on <= ?"),
            {lowBound(period), highBound(period)}};
        addFilters(count, filters);
        QSqlQuery c = count.run(db, FunnelText::tr("count lost opportunities"));
        if (c.next())
            lost = c.value(0).toLongLong();
    }
    out.winRate = funnel::winRateFrom(won, lost);
}

funnel::ReachTally generalReach(const Database &db, const funnel::Period &period,
                                const FunnelFilters &filters)
{
    Statement s{QStringLiteral("SELECT r.reached, count(*), sum(r.amount) FROM (SELECT o.amount AS amount, %1"
                               " AS reached FROM opportunities o WHERE o.deleted = 0"
                               " AND o.created_on >= ? AND o.created_on <= ?")
                    .arg(reachedSql()),
                {lowBound(period), highBound(period)}};
    addFilters(s, filters);
    s.sql += QStringLiteral(") r GROUP BY r.reached");
    QSqlQuery q = s.run(db, FunnelText::tr("count the funnel"));
    funnel::ReachTally tally;
    while (q.next()) {
        const auto index = size_t(std::clamp(q.value(0).toInt(), 0, funnel::kFunnelStages - 1));
        tally.count[index] += q.value(1).toLongLong();
        tally.amount[index] += q.value(2).toLongLong();
    }
    return tally;
}

// True when every opportunity was created inside the period. Tombstones count
// too: min() and max() over the whole table are one index probe each, and a
// tombstone outside the period only sends the question to the general path.
bool periodCoversAll(const Database &db, const funnel::Period &period)
{
    auto edge = [&db](const char *aggregate) {
        Statement s{QStringLiteral("SELECT %1(created_on) FROM opportunities").arg(QLatin1String(aggregate)),
                    {}};
        QSqlQuery q = s.run(db, FunnelText::tr("read the creation dates"));
        return q.next() && !q.value(0).isNull() ? std::optional<QString>(q.value(0).toString())
                                                : std::nullopt;
    };
    if (period.from.isValid()) {
        const auto first = edge("min");
        if (first && *first < lowBound(period))
            return false;
    }
    if (period.to.isValid()) {
        const auto last = edge("max");
        if (last && *last > highBound(period))
            return false;
    }
    return true;
}

// Adds `sign` × count to the tally under the funnel index of each from_stage key.
void addByFromStage(QSqlQuery &q, funnel::ReachTally &tally, qint64 sign, qint64 *total = nullptr)
{
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        tally.count[size_t(std::max(0, stageIndex(q.value(0).toString())))] += sign * n;
        if (total)
            *total += sign * n;
    }
}

std::optional<funnel::ReachTally> wholeBookReach(const Database &db, std::optional<qint64> &closedLost)
{
    funnel::ReachTally tally;
    qint64 liveLost = 0;
    Statement live{liveByStageSql(), {}};
    QSqlQuery q = live.run(db, FunnelText::tr("count opportunities by stage"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("lost")) {
            liveLost = q.value(1).toLongLong();
            closedLost = q.value(2).toLongLong();
        } else {
            tally.count[size_t(std::max(0, stageIndex(key)))] += q.value(1).toLongLong();
        }
    }

    qint64 lostRows = 0;
    Statement rows{lostRowsSql(), {}};
    q = rows.run(db, FunnelText::tr("count lost deals by stage"));
    addByFromStage(q, tally, 1, &lostRows);
    // CROSS JOIN keeps the few tombstoned opportunities as the outer loop.
    Statement tombstoned{
        QStringLiteral("SELECT h.from_stage, count(*) FROM opportunities o CROSS JOIN stage_history h"
                       " WHERE o.deleted = 1 AND h.opportunity_id = o.id AND h.deleted = 0"
                       " AND h.to_stage = 'lost' GROUP BY h.from_stage"),
        {}};
    q = tombstoned.run(db, FunnelText::tr("count lost deals by stage"));
    addByFromStage(q, tally, -1, &lostRows);
    if (lostRows != liveLost)
        return std::nullopt;

    // Deals that ever moved backward: recount them exactly.
    const QString movers = moversSql();
    Statement exact{
        QStringLiteral("SELECT o.stage, %1 FROM opportunities o WHERE o.deleted = 0 AND o.id IN (%2)")
            .arg(reachedSql(), movers),
        {}};
    q = exact.run(db, FunnelText::tr("count the funnel"));
    while (q.next()) {
        const int current = stageIndex(q.value(0).toString());
        if (current >= 0)
            --tally.count[size_t(current)];
        ++tally.count[size_t(std::clamp(q.value(1).toInt(), 0, funnel::kFunnelStages - 1))];
    }
    Statement moverLost{
        QStringLiteral("SELECT l.from_stage, count(*) FROM stage_history l WHERE l.deleted = 0"
                       " AND l.to_stage = 'lost' AND l.opportunity_id IN (SELECT o.id FROM"
                       " opportunities o WHERE o.deleted = 0 AND o.id IN (%1)) GROUP BY l.from_stage")
            .arg(movers),
        {}};
    q = moverLost.run(db, FunnelText::tr("count the funnel"));
    addByFromStage(q, tally, -1);
    return tally;
}

} // namespace

FunnelCounts funnelCounts(const Database &db, const funnel::Period &period, const FunnelFilters &filters,
                          bool withAmounts)
{
    checkFilters(db, filters);
    FunnelCounts out;
    std::optional<qint64> closedLost;
    if (!withAmounts && filters.isEmpty() && periodCoversAll(db, period)) {
        if (auto tally = wholeBookReach(db, closedLost)) {
            out.reach = *tally;
            out.wholeBook = true;
        }
    }
    if (!out.wholeBook) {
        out.reach = generalReach(db, period, filters);
        out.hasAmounts = true;
    }
    // Lost deals with a close date all count when the period is open on both sides.
    const bool openPeriod = !period.from.isValid() && !period.to.isValid();
    addClosings(db, period, filters, out.wholeBook && openPeriod ? closedLost : std::nullopt, out);
    return out;
}

QStringList funnelProductLines(const Database &db)
{
    Statement s{QStringLiteral("SELECT DISTINCT product_line FROM products WHERE deleted = 0"
                               " AND product_line <> '' ORDER BY product_line"),
                {}};
    QSqlQuery q = s.run(db, FunnelText::tr("read the product lines"));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines;
}

QStringList funnelCountsPlan(const Database &db)
{
    const QStringList statements = {liveByStageSql(), lostRowsSql(), moversSql()};
    QStringList lines;
    for (const QString &sql : statements) {
        Statement s{QStringLiteral("EXPLAIN QUERY PLAN ") + sql, {}};
        QSqlQuery q = s.run(db, FunnelText::tr("explain the funnel"));
        while (q.next())
            lines.append(q.value(3).toString());
    }
    return lines;
}

} // namespace sb::core
