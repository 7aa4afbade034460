// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/funnel.h"

#include <QMap>

// Pipeline health, product.md "Opportunities and the sales funnel": weighted
// pipeline, lost reasons, stale deals and the "2-2-2" follow-up rule.
namespace sb::core::funnel {

/// Win probability in percent per stage; a missing stage uses stage::defaultProbability.
using StageProbabilities = QMap<Stage, int>;

/// The probability the model gives a stage.
int probabilityFor(Stage stage, const StageProbabilities &probabilities = {});

/// Open deals expected to close in one month.
struct PipelineMonth
{
    QDate month; ///< first day of the month; invalid for deals without an expected close
    qint64 deals = 0;
    Money amount = 0;
    Money weighted = 0; ///< Σ amount × probability / 100, rounded half away from zero once per month
};

/// Weighted pipeline (加权管道) of the OPEN deals by expected-close month, oldest
/// month first; deals without an expected close date come last.
QList<PipelineMonth> weightedPipeline(const QList<OpportunityFacts> &facts,
                                      const StageProbabilities &probabilities = {});

/// Lost deals of one reason at one stage (the highest stage they had reached).
struct LostReasonCount
{
    Stage stage = Stage::InitialContact;
    QString reason;
    qint64 deals = 0;
    Money amount = 0;
};

/// Lost deals that went to one competitor ("" when none was named).
struct CompetitorCount
{
    QString competitor;
    qint64 deals = 0;
    Money amount = 0;
};

/// Lost-deal analysis of a period.
struct LostAnalysis
{
    qint64 deals = 0;
    Money amount = 0;
    QList<LostReasonCount> byStage; ///< funnel order, then most deals first, then reason
    QList<CompetitorCount> byCompetitor; ///< most deals first, then competitor
};

/// Lost reasons by stage and by competitor over the deals lost (closedOn) in the period.
LostAnalysis lostReasons(const QList<OpportunityFacts> &facts, const Period &period);

/// An open deal nobody has touched for a while.
struct StaleDeal
{
    QString id;
    QString code;
    QString ownerId;
    Stage stage = Stage::InitialContact;
    Money amount = 0;
    QDate lastTouch; ///< latest of creation, stage change and activity
    qint64 idleDays = 0;
};

/// Open deals with no stage change and no activity for at least `days` days
/// before `today`, longest idle first (then by code).
QList<StaleDeal> staleDeals(const QList<OpportunityFacts> &facts, const QDate &today, int days = 30);

/// Limits of the "2-2-2" follow-up rule, in days after the opportunity's creation.
struct FollowUpRule
{
    int firstContactDays = 2; ///< first activity
    int needsDays = 14; ///< needs confirmed (or any later stage) reached
    int decisionDays = 60; ///< won or lost
};

/// An opportunity breaking the 2-2-2 rule, and which parts it breaks. A step that
/// has not happened yet is measured to its close date (closed deals) or to today.
struct FollowUpBreach
{
    QString id;
    QString code;
    QString ownerId;
    Stage stage = Stage::InitialContact;
    bool lateFirstContact = false;
    bool lateNeeds = false;
    bool lateDecision = false;
    qint64 daysToFirstContact = 0; ///< creation to first activity (or to close / today)
    qint64 daysToNeeds = 0; ///< creation to needs confirmed (or to close / today)
    qint64 daysToDecision = 0; ///< creation to close (or to today)
};

/// The opportunities created in `cohort` (open or closed) that break the rule,
/// ordered by creation date, then code.
QList<FollowUpBreach> followUpBreaches(const QList<OpportunityFacts> &facts, const Period &cohort,
                                       const QDate &today, const FollowUpRule &rule = {});

} // namespace sb::core::funnel
