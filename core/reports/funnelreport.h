// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/funnel.h"
#include "core/storage/funnelqueries.h"

#include <QList>
#include <QString>

#include <optional>

// The funnel report: what `salesbench-cli funnel` prints and the Funnel page
// draws, built in one place so that both fronts show the same figures.
namespace sb::core {

class Database;

/// Which funnel the report measures (product.md names both).
enum class FunnelDefinition {
    Pipeline, ///< of the deals created in the period, the share that reached each stage
    Stage, ///< of the deals that left a stage in the period, the share that moved forward
};

/// Whether the pipeline conversion is rated by number of deals or by their amounts.
enum class FunnelMeasure {
    Count,
    Amount, ///< pipeline definition only: stage conversion counts deals
};

/// What a funnel report covers.
struct FunnelReportRequest
{
    funnel::Period period; ///< the cohort (pipeline), the departures (stage) and the closings
    FunnelFilters filters;
    FunnelDefinition definition = FunnelDefinition::Pipeline;
    FunnelMeasure by = FunnelMeasure::Count;
};

/// One funnel, its closings and its bottleneck: everything either front shows of it.
struct FunnelReport
{
    FunnelReportRequest request;
    /// Pipeline definition: the five stages with their rates and benchmarks. The
    /// amounts are filled when measured by amount (and always when built from facts).
    funnel::PipelineConversion pipeline;
    /// Stage definition: the four open stages with the benchmarks of their step.
    QList<funnel::StageConversion> stages;
    funnel::WinRate winRate; ///< deals closed in the period
    funnel::SalesCycle cycle; ///< won deals closed in the period
    /// The step furthest below the industry step rate, rated by the definition and measure asked for.
    std::optional<funnel::Bottleneck> bottleneck;
};

/// Reads the workspace and builds the report: the pipeline definition from the counts
/// aggregated in SQL, the stage definition from the facts. Throws Error::Usage for an
/// unknown owner, team or product line.
FunnelReport funnelReport(const Database &db, const FunnelReportRequest &request);
/// Builds the report from facts already loaded (they must cover the request's period).
FunnelReport funnelReport(const QList<funnel::OpportunityFacts> &facts, const FunnelReportRequest &request);

/// Stable key for files and the command line: "pipeline" or "stage".
QString funnelDefinitionKey(FunnelDefinition definition);
/// Stable key: "count" or "amount".
QString funnelMeasureKey(FunnelMeasure measure);

} // namespace sb::core
