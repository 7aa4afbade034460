// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/funnel.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb::core::funnel {

namespace {

constexpr std::array<double, kFunnelStages> kIndustry = {1.0, 0.40, 0.25, 0.12, 0.05};
constexpr std::array<double, kFunnelStages> kExcellent = {1.0, 0.60, 0.40, 0.25, 0.15};

// Funnel index of a stage that counts as "entered"; -1 for lost.
int entered(Stage stage)
{
    return stage::funnelIndex(stage);
}

bool isOpen(Stage stage)
{
    return !stage::isClosed(stage);
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

int highestStageReached(const OpportunityFacts &facts)
{
    int best = entered(facts.stage);
    for (const StageEvent &event : facts.history) {
        best = std::max(best, entered(event.to));
        if (event.from)
            best = std::max(best, entered(*event.from));
    }
    return std::max(best, 0);
}

double industryRate(int funnelIndex)
{
    return funnelIndex >= 0 && funnelIndex < kFunnelStages ? kIndustry[size_t(funnelIndex)] : 0.0;
}

double excellentRate(int funnelIndex)
{
    return funnelIndex >= 0 && funnelIndex < kFunnelStages ? kExcellent[size_t(funnelIndex)] : 0.0;
}

ReachTally tallyReach(const QList<OpportunityFacts> &facts, const Period &cohort)
{
    ReachTally tally;
    for (const OpportunityFacts &f : facts) {
        if (!cohort.contains(f.createdOn))
            continue;
        const auto index = size_t(highestStageReached(f));
        ++tally.count[index];
        tally.amount[index] += f.amount;
    }
    return tally;
}

PipelineConversion conversionFromTally(const ReachTally &tally)
{
    std::array<qint64, kFunnelStages> reached{};
    std::array<Money, kFunnelStages> amount{};
    qint64 countSum = 0;
    Money amountSum = 0;
    for (int i = kFunnelStages - 1; i >= 0; --i) {
        countSum += tally.count[size_t(i)];
        amountSum += tally.amount[size_t(i)];
        reached[size_t(i)] = countSum;
        amount[size_t(i)] = amountSum;
    }

    PipelineConversion result;
    result.cohort = reached[0];
    result.cohortAmount = amount[0];
    const QList<Stage> stages = stage::funnel();
    for (int i = 0; i < kFunnelStages; ++i) {
        const auto at = size_t(i);
        StageReach row;
        row.stage = stages[i];
        row.reached = reached[at];
        row.amount = amount[at];
        row.cumulativeRate = money::share(reached[at], reached[0]);
        row.amountCumulativeRate = money::share(amount[at], amount[0]);
        row.industry = kIndustry[at];
        row.excellent = kExcellent[at];
        if (i > 0) {
            row.stepRate = ratio(reached[at], reached[at - 1]);
            row.amountStepRate = ratio(amount[at], amount[at - 1]);
            row.industryStep = kIndustry[at] / kIndustry[at - 1];
            row.excellentStep = kExcellent[at] / kExcellent[at - 1];
        }
        result.stages.append(row);
    }
    return result;
}

PipelineConversion pipelineConversion(const QList<OpportunityFacts> &facts, const Period &cohort)
{
    return conversionFromTally(tallyReach(facts, cohort));
}

QString bottleneckAdvice(Stage from)
{
    switch (from) {
    case Stage::InitialContact:
        return QCoreApplication::translate(
            "sb::core::funnel", "Sharpen the value proposition and the first conversation; build trust.");
    case Stage::NeedsConfirmed:
        return QCoreApplication::translate("sb::core::funnel",
                                           "Dig deeper into needs, bring industry insight, agree the need.");
    case Stage::Proposal:
        return QCoreApplication::translate("sb::core::funnel",
                                           "More tailoring, clearer differentiation, show success cases.");
    case Stage::Negotiation:
        return QCoreApplication::translate(
            "sb::core::funnel", "Map the decision process and decision makers; flexible commercial terms.");
    case Stage::Won:
    case Stage::Lost:
        break;
    }
    return {};
}

std::optional<Bottleneck> findBottleneck(const PipelineConversion &conversion)
{
    std::optional<Bottleneck> worst;
    double worstGap = 0.0;
    for (qsizetype i = 1; i < conversion.stages.size(); ++i) {
        const StageReach &row = conversion.stages[i];
        if (!row.stepRate || !row.industryStep)
            continue;
        // A rate equal to the benchmark up to rounding is not a shortfall.
        const double gap = *row.stepRate - *row.industryStep;
        if (gap < worstGap - 1e-9) {
            worstGap = gap;
            const Stage from = conversion.stages[i - 1].stage;
            worst = Bottleneck{from, row.stage, *row.stepRate, *row.industryStep, bottleneckAdvice(from)};
        }
    }
    return worst;
}

QList<StageConversion> stageConversion(const QList<OpportunityFacts> &facts, const Period &period)
{
    QList<StageConversion> rows;
    for (const Stage s : stage::funnel()) {
        if (!isOpen(s))
            continue;
        // The benchmarks of the step that leaves the stage, as the pipeline rows carry them.
        const auto at = size_t(entered(s));
        rows.append(StageConversion{s, 0, 0, 0, 0, std::nullopt, kIndustry[at + 1] / kIndustry[at],
                                    kExcellent[at + 1] / kExcellent[at]});
    }
    enum Outcome {
        None,
        Forward,
        Lost,
        Backward
    };
    for (const OpportunityFacts &f : facts) {
        std::array<Outcome, kFunnelStages - 1> outcome{};
        for (const StageEvent &event : f.history) {
            if (!event.from || !isOpen(*event.from) || !period.contains(event.on))
                continue;
            const int from = entered(*event.from);
            Outcome o = Backward;
            if (event.to == Stage::Lost)
                o = Lost;
            else if (entered(event.to) > from)
                o = Forward;
            outcome[size_t(from)] = o; // a later departure overrides an earlier one
        }
        for (size_t i = 0; i < outcome.size(); ++i) {
            StageConversion &row = rows[qsizetype(i)];
            switch (outcome[i]) {
            case None:
                continue;
            case Forward:
                ++row.forward;
                break;
            case Lost:
                ++row.lost;
                break;
            case Backward:
                ++row.backward;
                break;
            }
            ++row.left;
        }
    }
    for (StageConversion &row : rows)
        row.rate = ratio(row.forward, row.forward + row.lost);
    return rows;
}

std::optional<Bottleneck> stageBottleneck(const QList<StageConversion> &stages)
{
    // Stage conversion i is the step into funnel stage i + 1.
    PipelineConversion rated = conversionFromTally({});
    for (qsizetype i = 0; i < stages.size() && i + 1 < rated.stages.size(); ++i)
        rated.stages[i + 1].stepRate = stages.at(i).rate;
    return findBottleneck(rated);
}

WinRate winRateFrom(qint64 won, qint64 lost)
{
    return WinRate{won, lost, ratio(won, won + lost)};
}

WinRate winRate(const QList<OpportunityFacts> &facts, const Period &period)
{
    qint64 won = 0;
    qint64 lost = 0;
    for (const OpportunityFacts &f : facts) {
        if (!period.contains(f.closedOn))
            continue;
        if (f.stage == Stage::Won)
            ++won;
        else if (f.stage == Stage::Lost)
            ++lost;
    }
    return winRateFrom(won, lost);
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values[mid]);
    return (double(values[mid - 1]) + double(values[mid])) / 2.0;
}

std::optional<double> mean(const QList<qint64> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    for (const qint64 v : values)
        sum += v;
    return double(sum) / double(values.size());
}

SalesCycle cycleFromDays(QList<qint64> days)
{
    SalesCycle cycle;
    cycle.deals = days.size();
    cycle.meanDays = mean(days);
    cycle.medianDays = median(std::move(days));
    return cycle;
}

SalesCycle salesCycle(const QList<OpportunityFacts> &facts, const Period &period)
{
    QList<qint64> days;
    for (const OpportunityFacts &f : facts) {
        if (f.stage == Stage::Won && period.contains(f.closedOn) && f.createdOn.isValid())
            days.append(std::max<qint64>(0, f.createdOn.daysTo(f.closedOn)));
    }
    return cycleFromDays(std::move(days));
}

QList<StageTime> timeInStage(const QList<OpportunityFacts> &facts, const Period &cohort, const QDate &today)
{
    std::array<QList<qint64>, kFunnelStages - 1> stays;
    auto add = [&stays](Stage s, const QDate &start, const QDate &end) {
        if (isOpen(s) && start.isValid() && end.isValid())
            stays[size_t(entered(s))].append(std::max<qint64>(0, start.daysTo(end)));
    };
    for (const OpportunityFacts &f : facts) {
        if (!cohort.contains(f.createdOn))
            continue;
        const QList<StageEvent> &h = f.history;
        if (h.isEmpty()) {
            if (isOpen(f.stage))
                add(f.stage, f.createdOn, today);
            continue;
        }
        // History that starts with a move (no creation entry) began in its `from` stage.
        if (h.first().from)
            add(*h.first().from, f.createdOn, h.first().on);
        for (qsizetype i = 0; i < h.size(); ++i) {
            QDate end;
            if (i + 1 < h.size())
                end = h[i + 1].on;
            else if (isOpen(f.stage))
                end = today;
            else
                end = f.closedOn;
            add(h[i].to, h[i].on, end);
        }
    }
    QList<StageTime> result;
    for (const Stage s : stage::funnel()) {
        if (!isOpen(s))
            continue;
        const QList<qint64> &values = stays[size_t(entered(s))];
        result.append(StageTime{s, values.size(), mean(values), median(values)});
    }
    return result;
}

} // namespace sb::core::funnel
