// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/funnelpresenter.h"

#include "ui/common/format.h"

#include <QLocale>

#include <algorithm>

namespace sb::ui {

namespace {

using core::funnel::StageConversion;
using core::funnel::StageReach;

QString count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

int benchmarkRating(double rate, double industry, double excellent)
{
    // A hair of tolerance, so 40.0% against a 40% benchmark reads as meeting it.
    constexpr double epsilon = 1e-9;
    if (rate + epsilon < industry)
        return -1;
    if (rate + epsilon < excellent)
        return 0;
    return 1;
}

QString FunnelPresenter::definitionName(FunnelDefinition definition)
{
    return definition == FunnelDefinition::Pipeline ? tr("Pipeline conversion") : tr("Stage conversion");
}

QString FunnelPresenter::definitionSentence(FunnelDefinition definition)
{
    return definition == FunnelDefinition::Pipeline
        ? tr("Of the deals created in the period, the share that reached each stage (entered it or a later "
             "one; a lost deal counts up to the last stage it reached).")
        : tr("Of the deals that left a stage in the period, the share that moved forward rather than to "
             "lost.");
}

QString FunnelPresenter::periodText(const core::funnel::Period &period)
{
    if (!period.from.isValid() && !period.to.isValid())
        return tr("all dates");
    if (!period.to.isValid())
        return tr("from %1").arg(format::date(period.from));
    if (!period.from.isValid())
        return tr("up to %1").arg(format::date(period.to));
    return tr("%1 to %2").arg(format::date(period.from), format::date(period.to));
}

const std::optional<core::funnel::Bottleneck> &
FunnelPresenter::bottleneck(const FunnelAnalysis &a, FunnelDefinition definition, FunnelMeasure measure)
{
    return a.report(definition, measure).bottleneck;
}

FunnelChartData FunnelPresenter::chartData(const FunnelAnalysis &a, FunnelDefinition definition,
                                           FunnelMeasure measure)
{
    const core::FunnelReport &report = a.report(definition, measure);
    FunnelChartData data
        = definition == FunnelDefinition::Pipeline ? pipelineData(report) : stageData(report);
    const QString by = definition == FunnelDefinition::Stage || measure == FunnelMeasure::Count
        ? tr("by deal count")
        : tr("by amount");
    data.title = tr("%1 · %2 · %3").arg(definitionName(definition), periodText(a.request.period), by);
    data.caption = definitionSentence(definition);
    return data;
}

FunnelChartData FunnelPresenter::pipelineData(const core::FunnelReport &report)
{
    FunnelChartData data;
    data.headers = {tr("Stage · reached"), tr("Funnel · share of initial contact"),
                    tr("Cumulative · step rate"), tr("Benchmark (cumulative)")};
    const bool byAmount = report.request.by == FunnelMeasure::Amount;
    const core::funnel::PipelineConversion &p = report.pipeline;
    if (p.cohort == 0 || (byAmount && p.cohortAmount <= 0)) {
        data.emptyText
            = tr("No deals were created in this period with these filters, so there is no funnel to "
                 "draw. Choose a longer period or clear a filter.");
        return data;
    }
    const std::optional<core::funnel::Bottleneck> &neck = report.bottleneck;
    for (qsizetype i = 0; i < p.stages.size(); ++i) {
        const StageReach &s = p.stages.at(i);
        const double cumulative = byAmount ? s.amountCumulativeRate : s.cumulativeRate;
        const std::optional<double> step = byAmount ? s.amountStepRate : s.stepRate;
        FunnelChartRow row;
        row.stage = s.stage;
        row.name = core::stage::displayName(s.stage);
        row.value = byAmount
            ? tr("%1 reached (%2 deals)").arg(format::compactMoney(s.amount), count(s.reached))
            : (s.reached == 1 ? tr("1 deal reached") : tr("%1 deals reached").arg(count(s.reached)));
        row.width = cumulative;
        row.inside = format::percent(cumulative);
        if (i == 0) {
            row.rates = {tr("100% — the cohort"), tr("every deal starts here")};
            row.benchmark = {tr("Industry 100%"), tr("Excellent 100%")};
        } else {
            row.rates = {tr("%1 of initial contact").arg(format::percent(cumulative)),
                         tr("step rate %1").arg(format::percent(step))};
            row.benchmark = {tr("Industry %1").arg(format::percent(s.industry)),
                             tr("Excellent %1").arg(format::percent(s.excellent))};
            row.rating = benchmarkRating(cumulative, s.industry, s.excellent);
        }
        row.toolTip = tr("%1: %2 of the %3 deals created in the period reached this stage or a later one.")
                          .arg(row.name, count(s.reached), count(p.cohort));
        data.rows.append(row);
        if (i + 1 < p.stages.size()) {
            const StageReach &next = p.stages.at(i + 1);
            const std::optional<double> nextStep = byAmount ? next.amountStepRate : next.stepRate;
            const bool isNeck = neck && neck->from == s.stage;
            FunnelChartStep note;
            note.bottleneck = isNeck;
            note.text = isNeck ? tr("▼ Bottleneck: %1 carried on, industry %2")
                                     .arg(format::percent(nextStep), format::percent(next.industryStep))
                               : tr("↓ %1 carried on (industry %2, excellent %3)")
                                     .arg(format::percent(nextStep), format::percent(next.industryStep),
                                          format::percent(next.excellentStep));
            data.steps.append(note);
        }
    }
    return data;
}

FunnelChartData FunnelPresenter::stageData(const core::FunnelReport &report)
{
    FunnelChartData data;
    data.headers = {tr("Stage · deals that left it"), tr("Moved forward · share of those that left"),
                    tr("Forward · lost · back"), tr("Benchmark (step rate)")};
    qint64 widest = 0;
    for (const StageConversion &s : report.stages)
        widest = std::max(widest, s.left);
    if (widest == 0) {
        data.emptyText
            = tr("No deal left a stage in this period with these filters. Choose a longer period or "
                 "clear a filter.");
        return data;
    }
    const std::optional<core::funnel::Bottleneck> &neck = report.bottleneck;
    for (qsizetype i = 0; i < report.stages.size(); ++i) {
        const StageConversion &s = report.stages.at(i);
        FunnelChartRow row;
        row.stage = s.stage;
        row.name = core::stage::displayName(s.stage);
        row.value = s.left == 1 ? tr("1 deal left it") : tr("%1 deals left it").arg(count(s.left));
        if (neck && neck->from == s.stage)
            row.value = tr("%1 · bottleneck").arg(row.value);
        row.width = double(s.left) / double(widest);
        row.inside = format::percent(s.rate);
        row.rates = {tr("%1 forward · %2 lost").arg(count(s.forward), count(s.lost)),
                     tr("%1 went back (not rated)").arg(count(s.backward))};
        row.benchmark = {tr("Industry step %1").arg(format::percent(s.industryStep)),
                         tr("Excellent step %1").arg(format::percent(s.excellentStep))};
        if (s.rate)
            row.rating = benchmarkRating(*s.rate, s.industryStep, s.excellentStep);
        row.toolTip
            = tr("%1: of the %2 deals that left this stage in the period, %3 moved forward and %4 were lost.")
                  .arg(row.name, count(s.left), count(s.forward), count(s.lost));
        data.rows.append(row);
        if (i + 1 < report.stages.size())
            data.steps.append(FunnelChartStep{});
    }
    return data;
}

BottleneckText FunnelPresenter::bottleneckText(const FunnelAnalysis &a, FunnelDefinition definition,
                                               FunnelMeasure measure)
{
    BottleneckText text;
    const core::FunnelReport &report = a.report(definition, measure);
    const std::optional<core::funnel::Bottleneck> &neck = report.bottleneck;
    if (!neck) {
        const bool empty = definition == FunnelDefinition::Pipeline
            ? report.pipeline.cohort == 0
            : std::all_of(report.stages.cbegin(), report.stages.cend(),
                          [](const StageConversion &s) { return !s.rate.has_value(); });
        text.title = empty ? tr("No bottleneck to name") : tr("No bottleneck");
        text.comparison = empty ? tr("There are not enough deals in this period to rate the steps.")
                                : tr("Every step is at or above the industry step rate.");
        return text;
    }
    text.found = true;
    text.title = tr("Bottleneck: %1 → %2")
                     .arg(core::stage::displayName(neck->from), core::stage::displayName(neck->to));
    text.comparison = tr("Only %1 of the deals moved on from %2 to %3, against an industry step rate of %4 "
                         "(%5 percentage points below). No other step falls further short.")
                          .arg(format::percent(neck->rate), core::stage::displayName(neck->from),
                               core::stage::displayName(neck->to), format::percent(neck->benchmark),
                               QLocale().toString((neck->benchmark - neck->rate) * 100.0, 'f', 1));
    text.advice = neck->advice;
    return text;
}

} // namespace sb::ui
