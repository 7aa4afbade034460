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
        const core::DealCustomer deal = a.deals.value(id);
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

const core::FunnelReport &FunnelAnalysis::report(core::FunnelDefinition definition,
                                                 core::FunnelMeasure measure) const
{
    if (definition == core::FunnelDefinition::Stage)
        return byStage;
    return measure == core::FunnelMeasure::Amount ? byAmount : byCount;
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

    // The reports the command line prints, built from the facts already read (the
    // command line's pipeline counts would read the workspace again).
    core::FunnelReportRequest funnelRequest{request.period, request.filters, core::FunnelDefinition::Pipeline,
                                            core::FunnelMeasure::Count};
    a.byCount = core::funnelReport(facts, funnelRequest);
    funnelRequest.by = core::FunnelMeasure::Amount;
    a.byAmount = core::funnelReport(facts, funnelRequest);
    funnelRequest.definition = core::FunnelDefinition::Stage;
    funnelRequest.by = core::FunnelMeasure::Count;
    a.byStage = core::funnelReport(facts, funnelRequest);

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
    a.deals = core::dealCustomers(db, QStringList(atRisk.cbegin(), atRisk.cend()));
    listAtRisk(a);
    return a;
}

} // namespace sb::ui
