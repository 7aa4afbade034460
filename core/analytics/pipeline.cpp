// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/pipeline.h"

#include <QHash>

#include <algorithm>

namespace sb::core::funnel {

namespace {

QDate latest(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

// Date the deal first stood at needs confirmed or beyond; invalid when it never did.
QDate needsReachedOn(const OpportunityFacts &f)
{
    for (const StageEvent &event : f.history) {
        if (stage::funnelIndex(event.to) >= 1)
            return event.on;
    }
    // Created directly at a later stage, or history missing: nothing says it was late.
    if (stage::funnelIndex(f.stage) >= 1)
        return f.createdOn;
    return {};
}

} // namespace

int probabilityFor(Stage stage, const StageProbabilities &probabilities)
{
    return probabilities.value(stage, stage::defaultProbability(stage));
}

QList<PipelineMonth> weightedPipeline(const QList<OpportunityFacts> &facts,
                                      const StageProbabilities &probabilities)
{
    struct Sum
    {
        qint64 deals = 0;
        Money amount = 0;
        qint64 weightedTimes100 = 0; // exact until the single rounding per month
    };
    QMap<QDate, Sum> months;
    Sum undated;
    for (const OpportunityFacts &f : facts) {
        if (stage::isClosed(f.stage))
            continue;
        Sum &sum = f.expectedClose.isValid()
            ? months[QDate(f.expectedClose.year(), f.expectedClose.month(), 1)]
            : undated;
        ++sum.deals;
        sum.amount += f.amount;
        sum.weightedTimes100 += f.amount * probabilityFor(f.stage, probabilities);
    }
    QList<PipelineMonth> result;
    auto row = [](const QDate &month, const Sum &sum) {
        return PipelineMonth{month, sum.deals, sum.amount, money::divRound(sum.weightedTimes100, 100)};
    };
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        result.append(row(it.key(), it.value()));
    if (undated.deals > 0)
        result.append(row(QDate(), undated));
    return result;
}

LostAnalysis lostReasons(const QList<OpportunityFacts> &facts, const Period &period)
{
    LostAnalysis result;
    QHash<QString, qsizetype> competitorRow;
    for (const OpportunityFacts &f : facts) {
        if (f.stage != Stage::Lost || !period.contains(f.closedOn))
            continue;
        ++result.deals;
        result.amount += f.amount;
        const Stage at = stage::funnel().at(highestStageReached(f));
        const QString reason = f.lostReason.trimmed();
        auto same = [&](const LostReasonCount &r) { return r.stage == at && r.reason == reason; };
        auto it = std::find_if(result.byStage.begin(), result.byStage.end(), same);
        if (it == result.byStage.end()) {
            result.byStage.append(LostReasonCount{at, reason, 0, 0});
            it = result.byStage.end() - 1;
        }
        ++it->deals;
        it->amount += f.amount;

        const QString competitor = f.lostCompetitor.trimmed();
        const qsizetype index = competitorRow.value(competitor, -1);
        if (index < 0) {
            competitorRow.insert(competitor, result.byCompetitor.size());
            result.byCompetitor.append(CompetitorCount{competitor, 1, f.amount});
        } else {
            ++result.byCompetitor[index].deals;
            result.byCompetitor[index].amount += f.amount;
        }
    }
    std::sort(result.byStage.begin(), result.byStage.end(), [](const auto &a, const auto &b) {
        if (a.stage != b.stage)
            return stage::funnelIndex(a.stage) < stage::funnelIndex(b.stage);
        if (a.deals != b.deals)
            return a.deals > b.deals;
        return a.reason < b.reason;
    });
    std::sort(result.byCompetitor.begin(), result.byCompetitor.end(), [](const auto &a, const auto &b) {
        if (a.deals != b.deals)
            return a.deals > b.deals;
        return a.competitor < b.competitor;
    });
    return result;
}

QList<StaleDeal> staleDeals(const QList<OpportunityFacts> &facts, const QDate &today, int days)
{
    QList<StaleDeal> result;
    for (const OpportunityFacts &f : facts) {
        if (stage::isClosed(f.stage))
            continue;
        QDate touch = latest(f.createdOn, f.lastActivity);
        for (const StageEvent &event : f.history)
            touch = latest(touch, event.on);
        if (!touch.isValid())
            continue;
        const qint64 idle = touch.daysTo(today);
        if (idle >= days)
            result.append(StaleDeal{f.id, f.code, f.ownerId, f.stage, f.amount, touch, idle});
    }
    std::sort(result.begin(), result.end(), [](const StaleDeal &a, const StaleDeal &b) {
        if (a.idleDays != b.idleDays)
            return a.idleDays > b.idleDays;
        return a.code < b.code;
    });
    return result;
}

QList<FollowUpBreach> followUpBreaches(const QList<OpportunityFacts> &facts, const Period &cohort,
                                       const QDate &today, const FollowUpRule &rule)
{
    struct Entry
    {
        QDate created;
        FollowUpBreach breach;
    };
    QList<Entry> entries;
    for (const OpportunityFacts &f : facts) {
        if (!cohort.contains(f.createdOn))
            continue;
        const bool closed = stage::isClosed(f.stage) && f.closedOn.isValid();
        const QDate end = closed ? f.closedOn : today;
        const QDate contact = f.firstActivity.isValid() ? f.firstActivity : end;
        const QDate needsOn = needsReachedOn(f);
        const QDate needs = needsOn.isValid() ? needsOn : end;

        FollowUpBreach b{f.id,
                         f.code,
                         f.ownerId,
                         f.stage,
                         false,
                         false,
                         false,
                         f.createdOn.daysTo(contact),
                         f.createdOn.daysTo(needs),
                         f.createdOn.daysTo(end)};
        b.lateFirstContact = b.daysToFirstContact > rule.firstContactDays;
        b.lateNeeds = b.daysToNeeds > rule.needsDays;
        b.lateDecision = b.daysToDecision > rule.decisionDays;
        if (b.lateFirstContact || b.lateNeeds || b.lateDecision)
            entries.append(Entry{f.createdOn, b});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.created != b.created)
            return a.created < b.created;
        return a.breach.code < b.breach.code;
    });
    QList<FollowUpBreach> result;
    result.reserve(entries.size());
    for (const Entry &e : entries)
        result.append(e.breach);
    return result;
}

} // namespace sb::core::funnel
