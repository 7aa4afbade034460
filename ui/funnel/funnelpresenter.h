// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/funnel/funnelanalysis.h"
#include "ui/funnel/funnelchart.h"

#include <QCoreApplication>

namespace sb::ui {

/// Which funnel the page shows (product.md names both on screen).
using FunnelDefinition = core::FunnelDefinition;
/// Deals counted, or their amounts.
using FunnelMeasure = core::FunnelMeasure;

/// The bottleneck in words, for the panel beside the funnel.
struct BottleneckText
{
    bool found = false;
    QString title; ///< "Bottleneck: proposal → negotiation"
    QString comparison; ///< the step's rate against the industry step rate
    QString advice; ///< the handbook's advice
};

/// Turns the funnel reports of a FunnelAnalysis into what the Funnel page and its chart say.
class FunnelPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::FunnelPresenter)

public:
    static QString definitionName(FunnelDefinition definition);
    /// The definition in one sentence.
    static QString definitionSentence(FunnelDefinition definition);
    static QString periodText(const core::funnel::Period &period);
    /// The drawing of the funnel for a definition and a measure. Stage conversion
    /// is counted in deals only, so it ignores the measure.
    static FunnelChartData chartData(const FunnelAnalysis &analysis, FunnelDefinition definition,
                                     FunnelMeasure measure);
    /// The bottleneck of the funnel on show.
    static const std::optional<core::funnel::Bottleneck> &
    bottleneck(const FunnelAnalysis &analysis, FunnelDefinition definition, FunnelMeasure measure);
    static BottleneckText bottleneckText(const FunnelAnalysis &analysis, FunnelDefinition definition,
                                         FunnelMeasure measure);

private:
    static FunnelChartData pipelineData(const core::FunnelReport &report);
    static FunnelChartData stageData(const core::FunnelReport &report);
};

/// -1 below the industry benchmark, 0 between industry and excellent, 1 at or above excellent.
int benchmarkRating(double rate, double industry, double excellent);

} // namespace sb::ui
