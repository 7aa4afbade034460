// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/leadscoring.h"
#include "core/domain/money.h"
#include "core/domain/opportunity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The sales funnel (销售漏斗), product.md "Opportunities and the sales funnel".
//
// Definitions used throughout:
// - Funnel index: 0 initial contact, 1 needs confirmed, 2 proposal, 3 negotiation, 4 won.
// - Reached: an opportunity reached a stage when it entered that stage or a later one.
//   Its highest stage is the largest funnel index among its current stage (unless
//   lost) and every stage named in its history (as `to` or `from`, lost excluded);
//   at least 0, so a lost deal without history counts as initial contact only.
// - Pipeline conversion: the cohort is the opportunities CREATED in the period.
//   Cumulative rate = reached / reached at initial contact; step rate = reached /
//   reached at the previous stage (none for the first stage or an empty previous).
// - Stage conversion: of the opportunities that LEFT a stage in the period (their
//   last departure from it inside the period decides), the share that moved forward
//   rather than to lost; moves back to an earlier stage are counted but not rated.
// - Win rate and sales cycle use the opportunities CLOSED (closedOn) in the period.
namespace sb::core::funnel {

inline constexpr int kFunnelStages = 5;

/// A closed date range [from, to]; an invalid bound leaves that side open.
struct Period
{
    QDate from;
    QDate to;

    /// True for a valid date inside the range.
    bool contains(const QDate &date) const
    {
        return date.isValid() && (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
    }
};

/// One recorded stage change, reduced to what the analyses need.
struct StageEvent
{
    std::optional<Stage> from; ///< empty for the creation entry
    Stage to = Stage::InitialContact;
    QDate on;
};

/// What the funnel analyses know about one opportunity.
struct OpportunityFacts
{
    QString id;
    QString code;
    QString ownerId;
    QString source;
    QDate createdOn;
    Stage stage = Stage::InitialContact;
    Money amount = 0;
    QDate closedOn;
    QDate expectedClose;
    int probability = 10;
    QString lostReason;
    QString lostCompetitor;
    QList<StageEvent> history; ///< oldest first
    QDate firstActivity; ///< earliest activity on the opportunity, if any
    QDate lastActivity; ///< latest activity on the opportunity, if any
    LeadInputs lead;
};

/// Funnel index of the highest stage the opportunity ever entered (0–4).
int highestStageReached(const OpportunityFacts &facts);

/// Industry-average cumulative rate of a funnel stage (1.0, 0.40, 0.25, 0.12, 0.05).
double industryRate(int funnelIndex);
/// Cumulative rate of excellent companies (1.0, 0.60, 0.40, 0.25, 0.15).
double excellentRate(int funnelIndex);

/// Cohort deals whose HIGHEST stage is exactly each funnel index, with their
/// amounts: the shape the storage fast path aggregates in SQL.
struct ReachTally
{
    std::array<qint64, kFunnelStages> count{};
    std::array<Money, kFunnelStages> amount{};
};

/// One funnel stage of the pipeline conversion.
struct StageReach
{
    Stage stage = Stage::InitialContact;
    qint64 reached = 0; ///< deals that reached this stage or a later one
    Money amount = 0; ///< their total amount
    double cumulativeRate = 0.0; ///< reached / reached at initial contact; 0 when none
    std::optional<double> stepRate; ///< reached / reached at the previous stage
    double amountCumulativeRate = 0.0; ///< the same by amount
    std::optional<double> amountStepRate; ///< the same by amount
    double industry = 0.0; ///< industry-average cumulative rate
    double excellent = 0.0; ///< excellent companies' cumulative rate
    std::optional<double> industryStep; ///< industry step rate (none for the first stage)
    std::optional<double> excellentStep; ///< excellent step rate (none for the first stage)
};

/// The pipeline conversion of a cohort: five stages, initial contact to won.
struct PipelineConversion
{
    QList<StageReach> stages;
    qint64 cohort = 0; ///< deals in the cohort (= reached at initial contact)
    Money cohortAmount = 0;
};

/// Tallies the highest stage of the opportunities created in `cohort`.
ReachTally tallyReach(const QList<OpportunityFacts> &facts, const Period &cohort);
/// Turns a tally into reached counts, rates and benchmarks.
PipelineConversion conversionFromTally(const ReachTally &tally);
/// tallyReach + conversionFromTally.
PipelineConversion pipelineConversion(const QList<OpportunityFacts> &facts, const Period &cohort);

/// The weakest step of the funnel against the industry step rate.
struct Bottleneck
{
    Stage from = Stage::InitialContact;
    Stage to = Stage::NeedsConfirmed;
    double rate = 0.0; ///< the step rate by count
    double benchmark = 0.0; ///< the industry step rate
    QString advice; ///< the handbook's advice, translated
};

/// The step whose count rate falls furthest below the industry step rate (the
/// earliest on a tie); none when no step is below it or no step has a rate.
std::optional<Bottleneck> findBottleneck(const PipelineConversion &conversion);
/// The handbook's advice for the step leaving `from` (an open stage); empty otherwise.
QString bottleneckAdvice(Stage from);

/// Stage conversion of one open stage.
struct StageConversion
{
    Stage stage = Stage::InitialContact;
    qint64 left = 0; ///< deals whose last departure in the period was from this stage
    qint64 forward = 0; ///< … to a later stage (won included)
    qint64 lost = 0; ///< … to lost
    qint64 backward = 0; ///< … back to an earlier stage (not rated)
    std::optional<double> rate; ///< forward / (forward + lost); none when both are 0
    double industryStep = 0.0; ///< industry step rate from this stage to the next
    double excellentStep = 0.0; ///< excellent step rate from this stage to the next
};

/// Stage conversion for the four open stages, in funnel order.
QList<StageConversion> stageConversion(const QList<OpportunityFacts> &facts, const Period &period);
/// The bottleneck of a stage conversion: its rates measured against the industry
/// step rates by the same rule as findBottleneck().
std::optional<Bottleneck> stageBottleneck(const QList<StageConversion> &stages);

/// Win rate (签约率) over the deals closed in a period.
struct WinRate
{
    qint64 won = 0;
    qint64 lost = 0;
    std::optional<double> rate; ///< won / (won + lost); none when nothing closed
};

/// Won and lost among the opportunities whose closedOn lies in the period.
WinRate winRate(const QList<OpportunityFacts> &facts, const Period &period);
/// Win rate from counts.
WinRate winRateFrom(qint64 won, qint64 lost);

/// Sales cycle (销售周期): days from creation to won.
struct SalesCycle
{
    qint64 deals = 0;
    std::optional<double> medianDays; ///< none when no deal
    std::optional<double> meanDays;
};

/// Cycle of the won deals closed in the period.
SalesCycle salesCycle(const QList<OpportunityFacts> &facts, const Period &period);
/// Cycle from a list of day counts (any order).
SalesCycle cycleFromDays(QList<qint64> days);

/// Median of the values (mean of the two middle ones for an even count); none when empty.
std::optional<double> median(QList<qint64> values);
/// Arithmetic mean; none when empty.
std::optional<double> mean(const QList<qint64> &values);

/// Days spent in one open stage.
struct StageTime
{
    Stage stage = Stage::InitialContact;
    qint64 stays = 0; ///< number of visits of the stage measured
    std::optional<double> meanDays;
    std::optional<double> medianDays;
};

/// Time in each open stage for the opportunities created in `cohort`: every visit
/// runs from entering the stage to the next change, or to `today` while the deal
/// is still in it. Without history, an open deal is taken to have sat in its
/// current stage since its creation.
QList<StageTime> timeInStage(const QList<OpportunityFacts> &facts, const Period &cohort, const QDate &today);

} // namespace sb::core::funnel
