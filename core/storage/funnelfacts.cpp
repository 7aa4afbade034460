// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "core/storage/funnelqueries.h"
#include "core/storage/funnelsql.h"
#include "core/storage/sqlite/sqlitestatement.h"

#include <QHash>

#include <algorithm>

// The detailed path: every fact of every deal, for the analyses that need lists
// (stage conversion, time in stage, stale deals, 2-2-2, lost reasons, lead scores).

namespace sb::core {

using namespace funnelsql;

QList<funnel::OpportunityFacts> loadFunnelFacts(const Database &db, const funnel::Period &window,
                                                const FunnelFilters &filters)
{
    checkFilters(db, filters);
    // Nearly every deal was created before the window ends, so the created_on index
    // would only add random reads: "+" keeps SQLite on a table scan (or on the owner
    // index when a filter makes that one selective).
    Statement scope{QStringLiteral(" FROM opportunities o WHERE o.deleted = 0 AND +o.created_on <= ?"
                                   " AND (o.closed_on IS NULL OR o.closed_on >= ?)"),
                    {highBound(window), lowBound(window)}};
    addFilters(scope, filters);

    // Hundreds of thousands of rows: read on the native handle, without Qt's boxing.
    const QByteArray mainSql
        = (QStringLiteral("SELECT o.id, o.code, o.owner_rep_id, o.source, o.created_on, o.stage, o.amount,"
                          " o.closed_on, o.expected_close, o.probability, o.lost_reason, o.lost_competitor,"
                          " o.lead_source_score, o.lead_need_score, o.lead_budget_score, o.lead_intent_score")
           + scope.sql)
              .toUtf8();
    SqliteStatement main(db, mainSql.constData());
    scope.bind(main);
    auto optionalInt = [&main](int column) {
        return main.isNull(column) ? std::nullopt : std::optional<int>(int(main.integer(column)));
    };
    const qint64 live = liveOpportunities(db);
    QList<funnel::OpportunityFacts> facts;
    facts.reserve(filters.isEmpty() ? live : 0);
    while (main.step()) {
        funnel::OpportunityFacts f;
        f.id = main.text(0);
        f.code = main.text(1);
        f.ownerId = main.text(2);
        f.source = main.text(3);
        f.createdOn = parseDate(main.text(4));
        f.stage = stageFromKey(main.text(5)).value_or(Stage::InitialContact);
        f.amount = main.integer(6);
        f.closedOn = parseDate(main.text(7));
        f.expectedClose = parseDate(main.text(8));
        f.probability = int(main.integer(9));
        f.lostReason = main.text(10);
        f.lostCompetitor = main.text(11);
        f.lead = funnel::LeadInputs{optionalInt(12), optionalInt(13), optionalInt(14), optionalInt(15)};
        facts.append(std::move(f));
    }
    std::sort(facts.begin(), facts.end(),
              [](const funnel::OpportunityFacts &a, const funnel::OpportunityFacts &b) {
                  return a.createdOn != b.createdOn ? a.createdOn < b.createdOn : a.code < b.code;
              });
    QHash<QString, qsizetype> byId;
    byId.reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i)
        byId.insert(facts[i].id, i);

    // A large share of the book reads faster as one scan of the live rows than as a
    // seek per deal; the rows of other deals are skipped by the id lookup.
    const bool scanAll = facts.size() * 8 > live;
    auto onlyMine = [&](const char *column) {
        return scanAll ? QString()
                       : QStringLiteral(" AND %1 IN (SELECT o.id").arg(QLatin1String(column)) + scope.sql
                + QStringLiteral(")");
    };
    const QByteArray historySql
        = (QStringLiteral("SELECT h.opportunity_id, h.from_stage, h.to_stage, h.changed_on,"
                          " h.changed_at FROM stage_history h WHERE h.deleted = 0")
           + onlyMine("h.opportunity_id"))
              .toUtf8();
    SqliteStatement history(db, historySql.constData());
    if (!scanAll)
        scope.bind(history);
    // Rows come in table order, which is the order they were written; a deal whose
    // rows do not follow changed_at (merged from another office) is re-read in order.
    QList<QString> lastChangedAt(facts.size());
    QList<qsizetype> unordered;
    while (history.step()) {
        const qsizetype at = byId.value(history.text(0), -1);
        const auto to = stageFromKey(history.text(2));
        if (at < 0 || !to)
            continue;
        facts[at].history.append(
            funnel::StageEvent{stageFromKey(history.text(1)), *to, parseDate(history.text(3))});
        QString changedAt = history.text(4);
        if (changedAt < lastChangedAt[at] && (unordered.isEmpty() || unordered.last() != at))
            unordered.append(at);
        lastChangedAt[at] = std::move(changedAt);
    }
    if (!unordered.isEmpty()) {
        SqliteStatement ordered(db,
                                "SELECT from_stage, to_stage, changed_on FROM stage_history"
                                " WHERE opportunity_id = ? AND deleted = 0 ORDER BY changed_at");
        std::sort(unordered.begin(), unordered.end());
        unordered.erase(std::unique(unordered.begin(), unordered.end()), unordered.end());
        for (const qsizetype at : unordered) {
            QList<funnel::StageEvent> &events = facts[at].history;
            events.clear();
            ordered.bind(1, facts[at].id);
            while (ordered.step()) {
                if (const auto to = stageFromKey(ordered.text(1)))
                    events.append(
                        funnel::StageEvent{stageFromKey(ordered.text(0)), *to, parseDate(ordered.text(2))});
            }
            ordered.reset();
        }
    }

    const QByteArray activitySql
        = (QStringLiteral("SELECT a.opportunity_id, a.activity_date FROM activities a"
                          " WHERE a.deleted = 0 AND a.opportunity_id IS NOT NULL")
           + onlyMine("a.opportunity_id"))
              .toUtf8();
    SqliteStatement activity(db, activitySql.constData());
    if (!scanAll)
        scope.bind(activity);
    while (activity.step()) {
        const qsizetype at = byId.value(activity.text(0), -1);
        const QDate on = parseDate(activity.text(1));
        if (at < 0 || !on.isValid())
            continue;
        funnel::OpportunityFacts &f = facts[at];
        if (!f.firstActivity.isValid() || on < f.firstActivity)
            f.firstActivity = on;
        if (!f.lastActivity.isValid() || on > f.lastActivity)
            f.lastActivity = on;
    }
    return facts;
}

QHash<QString, DealCustomer> dealCustomers(const Database &db, const QStringList &ids)
{
    // In chunks, so that a statement stays well below SQLite's limit on bound values.
    constexpr qsizetype kChunk = 400;
    QHash<QString, DealCustomer> deals;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        // Only placeholders are spliced in; the ids themselves are bound.
        const Statement s{QStringLiteral("SELECT o.id, c.name, o.amount FROM opportunities o"
                                         " JOIN customers c ON c.id = o.customer_id WHERE o.id IN (%1)")
                              .arg(marks.join(QLatin1Char(','))),
                          chunk};
        QSqlQuery q = s.run(db, FunnelText::tr("read the at-risk deals"));
        while (q.next())
            deals.insert(q.value(0).toString(), DealCustomer{q.value(1).toString(), q.value(2).toLongLong()});
    }
    return deals;
}

} // namespace sb::core
