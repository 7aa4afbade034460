// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/funnel.h"
#include "core/analytics/pipeline.h"
#include "core/reports/funnelreport.h"
#include "core/storage/funnelqueries.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::core {
class Database;
}

namespace sb::ui {

/// An open deal at risk, with every rule it breaks in words.
struct AtRiskDeal
{
    QString id;
    QString code;
    QString customer;
    QString owner;
    core::Stage stage = core::Stage::InitialContact;
    core::Money amount = 0;
    QStringList rules;
    qint64 worstDays = 0; ///< the longest overshoot of a limit, for ordering
};

/// What the Funnel page asks for.
struct FunnelRequest
{
    core::funnel::Period period; ///< the cohort (pipeline conversion) and the closings / departures counted
    core::FunnelFilters filters;
    QDate today = QDate::currentDate();
    int staleDays = 30; ///< an open deal untouched this long is stale
};

/// Everything the Funnel page shows, computed on a worker thread from the facts
/// of core/storage/funnelqueries.h: the funnel as core::funnelReport() reports it
/// (the report `salesbench-cli funnel` prints), then the pipeline health.
struct FunnelAnalysis
{
    FunnelRequest request;
    qint64 facts = 0; ///< opportunities read
    /// One report per funnel the page can switch to without reading again.
    core::FunnelReport byCount; ///< pipeline conversion by count
    core::FunnelReport byAmount; ///< pipeline conversion by amount (its stages carry the counts too)
    core::FunnelReport byStage; ///< stage conversion
    QList<core::funnel::StageTime> timeInStage;
    QList<core::funnel::PipelineMonth> weighted; ///< open deals today, by expected close month
    core::funnel::StageProbabilities probabilities; ///< the workspace's, that weighed `weighted`
    core::funnel::LostAnalysis lost;
    QList<core::funnel::StaleDeal> stale;
    QList<core::funnel::FollowUpBreach> breaches;
    QHash<QString, QString> ownerNames; ///< rep id → name
    QHash<QString, core::DealCustomer> deals; ///< opportunity id → customer and amount, for the at-risk deals
    /// Open deals breaking the 2-2-2 rule or stale, the worst first (one row per deal).
    QList<AtRiskDeal> atRisk;
    qint64 closedBreaches = 0; ///< deals of the period that broke 2-2-2 but are closed (not listed)

    /// The report of a definition and a measure; stage conversion counts deals only,
    /// so it ignores the measure.
    const core::FunnelReport &report(core::FunnelDefinition definition, core::FunnelMeasure measure) const;
};

/// Reads the facts and runs every analysis (call on a worker with its own connection).
FunnelAnalysis analyseFunnel(const core::Database &db, const FunnelRequest &request);

} // namespace sb::ui
