// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/funnelreport.h"

namespace sb::core {

namespace {

// The pipeline's bottleneck by the measure asked for: findBottleneck() rates the
// count step rates, so the amount rates take their place for a report by amount.
std::optional<funnel::Bottleneck> pipelineBottleneck(const funnel::PipelineConversion &pipeline,
                                                     FunnelMeasure by)
{
    if (by == FunnelMeasure::Count)
        return funnel::findBottleneck(pipeline);
    funnel::PipelineConversion rated = pipeline;
    for (funnel::StageReach &stage : rated.stages)
        stage.stepRate = stage.amountStepRate;
    return funnel::findBottleneck(rated);
}

} // namespace

FunnelReport funnelReport(const Database &db, const FunnelReportRequest &request)
{
    if (request.definition == FunnelDefinition::Stage)
        return funnelReport(loadFunnelFacts(db, request.period, request.filters), request);
    // The counts are aggregated in SQL (the fast path); amounts only when asked for.
    const FunnelCounts counts
        = funnelCounts(db, request.period, request.filters, request.by == FunnelMeasure::Amount);
    FunnelReport report{
        request, funnel::conversionFromTally(counts.reach), {}, counts.winRate, counts.cycle, std::nullopt};
    report.bottleneck = pipelineBottleneck(report.pipeline, request.by);
    return report;
}

FunnelReport funnelReport(const QList<funnel::OpportunityFacts> &facts, const FunnelReportRequest &request)
{
    FunnelReport report{request,
                        {},
                        {},
                        funnel::winRate(facts, request.period),
                        funnel::salesCycle(facts, request.period),
                        std::nullopt};
    if (request.definition == FunnelDefinition::Pipeline) {
        report.pipeline = funnel::pipelineConversion(facts, request.period);
        report.bottleneck = pipelineBottleneck(report.pipeline, request.by);
    } else {
        report.stages = funnel::stageConversion(facts, request.period);
        report.bottleneck = funnel::stageBottleneck(report.stages);
    }
    return report;
}

QString funnelDefinitionKey(FunnelDefinition definition)
{
    return definition == FunnelDefinition::Pipeline ? QStringLiteral("pipeline") : QStringLiteral("stage");
}

QString funnelMeasureKey(FunnelMeasure measure)
{
    return measure == FunnelMeasure::Count ? QStringLiteral("count") : QStringLiteral("amount");
}

} // namespace sb::core
