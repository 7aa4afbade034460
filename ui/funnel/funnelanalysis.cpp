// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/funnelanalysis.h"

#include "core/storage/database.h"
#include "core/storage/funnelsettings.h"
#include "core/storage/reprepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sb::ui {

namespace {

using namespace core::funnel;

// Customer and amount of a few opportunities, in chunks so the statement stays small.
QHash<QString, DealInfo> dealInfo(const core::Database &db, const QStringList &ids)
{
    constexpr qsizetype kChunk = 400;
    QHash<QString, DealInfo> deals;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        // Only placeholders are spliced in; the ids themselves are bound.
        QSqlQuery q = db.prepare(QStringLiteral("SELECT o.id, c.name, o.amount FROM opportunities o "
                                                "JOIN customers c ON c.id = o.customer_id WHERE o.id IN (%1)")
                                     .arg(marks.join(QLatin1Char(','))));
        for (const QString &id : chunk)
            q.addBindValue(id);
        core::Database::exec(q,
                             QCoreApplication::translate("sb::ui::FunnelAnalysis", "read the at-risk deals"));
        while (q.next())
            deals.insert(q.value(0).toString(), DealInfo{q.value(1).toString(), q.value(2).toLongLong()});
    }
    return deals;
}

// The stage conversion rates measured with the same rule as the pipeline steps.
std::optional<Bottleneck> stageBottleneck(const QList<StageConversion> &stages)
{
    PipelineConversion rated = conversionFromTally({});
    for (qsizetype i = 0; i < stages.size() && i + 1 < rated.stages.size(); ++i)
        rated.stages[i + 1].stepRate = stages.at(i).rate;
    return findBottleneck(rated);
}

// The at-risk list: open deals only — a closed deal is past saving.
void listAtRisk(FunnelAnalysis &a)
{
    QList<AtRiskDeal> rows;
    QHash<QString, qsizetype> rowOfId;
    const auto rowFor = [&](const QString &id, const QString &code, const QString &owner,
                            core::Stage stage) -> AtRiskDeal & {
        const auto found = rowOfId.constFind(id);
        if (found != rowOfId.cend())
            return rows[*found];
        rowOfId.insert(id, rows.size());
        const DealInfo deal = a.deals.value(id);
        rows.append(
            AtRiskDeal{id, code, deal.customer, a.ownerNames.value(owner), stage, deal.amount, {}, 0});
        return rows.last();
    };
    const FollowUpRule rule;
    for (const FollowUpBreach &breach : std::as_const(a.breaches)) {
        if (core::stage::isClosed(breach.stage)) {
            ++a.closedBreaches;
            continue;
        }
        AtRiskDeal &row = rowFor(breach.id, breach.code, breach.ownerId, breach.stage);
        if (breach.lateFirstContact) {
            row.rules.append(QCoreApplication::translate(
                                 "sb::ui::AtRiskModel", "2-2-2: first contact took %1 days (rule: within %2)")
                                 .arg(breach.daysToFirstContact)
                                 .arg(rule.firstContactDays));
            row.worstDays = qMax(row.worstDays, breach.daysToFirstContact - rule.firstContactDays);
        }
        if (breach.lateNeeds) {
            row.rules.append(
                QCoreApplication::translate("sb::ui::AtRiskModel",
                                            "2-2-2: needs not confirmed after %1 days (rule: within %2)")
                    .arg(breach.daysToNeeds)
                    .arg(rule.needsDays));
            row.worstDays = qMax(row.worstDays, breach.daysToNeeds - rule.needsDays);
        }
        if (breach.lateDecision) {
            row.rules.append(QCoreApplication::translate("sb::ui::AtRiskModel",
                                                         "2-2-2: no decision after %1 days (rule: within %2)")
                                 .arg(breach.daysToDecision)
                                 .arg(rule.decisionDays));
            row.worstDays = qMax(row.worstDays, breach.daysToDecision - rule.decisionDays);
        }
    }
    for (const StaleDeal &deal : std::as_const(a.stale)) {
        AtRiskDeal &row = rowFor(deal.id, deal.code, deal.ownerId, deal.stage);
        row.rules.prepend(
            QCoreApplication::translate("sb::ui::AtRiskModel",
                                        "Stale: no stage change or activity for %1 days (limit %2)")
                .arg(deal.idleDays)
                .arg(a.request.staleDays));
        row.worstDays = qMax(row.worstDays, deal.idleDays - a.request.staleDays);
    }
    std::sort(rows.begin(), rows.end(), [](const AtRiskDeal &x, const AtRiskDeal &y) {
        return x.worstDays != y.worstDays ? x.worstDays > y.worstDays : x.code < y.code;
    });
    a.atRisk = std::move(rows);
}

} // namespace

double industryStepRate(int index)
{
    return index <= 0 ? 1.0 : industryRate(index) / industryRate(index - 1);
}

double excellentStepRate(int index)
{
    return index <= 0 ? 1.0 : excellentRate(index) / excellentRate(index - 1);
}

FunnelAnalysis analyseFunnel(const core::Database &db, const FunnelRequest &request)
{
    FunnelAnalysis a;
    a.request = request;
    // Open-ended to the right: the pipeline-health figures are about the deals
    // open today, whatever period the funnel looks at.
    const Period window{request.period.from, QDate()};
    const QList<OpportunityFacts> facts = core::loadFunnelFacts(db, window, request.filters);
    a.facts = facts.size();

    a.pipeline = pipelineConversion(facts, request.period);
    a.bottleneckByCount = findBottleneck(a.pipeline);
    PipelineConversion byAmount = a.pipeline;
    for (StageReach &stage : byAmount.stages)
        stage.stepRate = stage.amountStepRate;
    a.bottleneckByAmount = findBottleneck(byAmount);
    a.stages = stageConversion(facts, request.period);
    a.bottleneckByStage = stageBottleneck(a.stages);

    a.winRate = winRate(facts, request.period);
    a.cycle = salesCycle(facts, request.period);
    a.timeInStage = timeInStage(facts, request.period, request.today);
    a.probabilities = core::stageProbabilities(db);
    a.weighted = weightedPipeline(facts, a.probabilities);
    a.lost = lostReasons(facts, request.period);
    a.stale = staleDeals(facts, request.today, request.staleDays);
    a.breaches = followUpBreaches(facts, request.period, request.today);

    for (const core::Rep &rep : core::RepRepository(db).list())
        a.ownerNames.insert(rep.meta.id, rep.name);
    QSet<QString> atRisk;
    for (const StaleDeal &deal : std::as_const(a.stale))
        atRisk.insert(deal.id);
    for (const FollowUpBreach &breach : std::as_const(a.breaches)) {
        if (!core::stage::isClosed(breach.stage))
            atRisk.insert(breach.id);
    }
    a.deals = dealInfo(db, QStringList(atRisk.cbegin(), atRisk.cend()));
    listAtRisk(a);
    return a;
}

} // namespace sb::ui
