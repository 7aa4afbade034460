// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/reports/funnelreport.h"

using namespace sb::core;
using namespace sb::core::funnel;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// A deal whose history is the chain `stages` entered on `dates` (the first entry
// is the creation); the current stage is the last one.
OpportunityFacts chain(const char *code, Money amount, const QList<Stage> &stages, const QList<QDate> &dates)
{
    OpportunityFacts f;
    f.id = QStringLiteral("id-") + QLatin1String(code);
    f.code = QLatin1String(code);
    f.amount = amount;
    f.createdOn = dates.first();
    std::optional<Stage> from;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        f.history.append(StageEvent{from, stages[i], dates[i]});
        from = stages[i];
    }
    f.stage = stages.last();
    if (stage::isClosed(f.stage))
        f.closedOn = dates.last();
    return f;
}

constexpr Stage IC = Stage::InitialContact;
constexpr Stage NC = Stage::NeedsConfirmed;
constexpr Stage P = Stage::Proposal;
constexpr Stage N = Stage::Negotiation;
constexpr Stage W = Stage::Won;
constexpr Stage L = Stage::Lost;

const Period kQ1{d(2025, 1, 1), d(2025, 3, 31)};

// Cohort Q1 2025: A B C D E G (highest stage in brackets). F, H and I were created in
// December 2024 and only leave stages or close in Q1.
//
// Pipeline by count, reached 6 4 3 1 1: step rates .667 .75 .333 1 against the
// industry's .4 .625 .48 .417 → proposal → negotiation is the bottleneck (1/3).
// By amount, reached 2600 2300 1900 1000 1000: step rates .885 .826 .526 1, none
// below the industry → no bottleneck.
// Stage conversion in Q1 (the last departure from a stage decides):
//   initial contact  left 5 (B lost; C D E G forward)       rate .8
//   needs confirmed  left 7 (D lost; C E G F H I forward)    rate .857
//   proposal         left 5 (G H I lost; E F forward)        rate .4  < .48 → bottleneck
//   negotiation      left 2 (E F forward)                    rate 1
// Closed in Q1: won E (45 days) and F (61 days); lost B D G H I → win rate 2/7,
// cycle median 53, mean 53.
QList<OpportunityFacts> book()
{
    return {
        chain("A", 100, {IC}, {d(2025, 1, 5)}), // [0] open
        chain("B", 200, {IC, L}, {d(2025, 1, 6), d(2025, 1, 20)}), // [0]
        chain("C", 300, {IC, NC, P}, {d(2025, 1, 10), d(2025, 1, 15), d(2025, 2, 1)}), // [2] open
        chain("D", 400, {IC, NC, L}, {d(2025, 1, 12), d(2025, 1, 20), d(2025, 2, 10)}), // [1]
        chain("E", 1000, {IC, NC, P, N, W},
              {d(2025, 1, 15), d(2025, 1, 20), d(2025, 2, 1), d(2025, 2, 15), d(2025, 3, 1)}), // [4]
        chain("F", 5000, {IC, NC, P, N, W},
              {d(2024, 12, 1), d(2024, 12, 5), d(2025, 1, 5), d(2025, 1, 10), d(2025, 1, 31)}),
        chain("G", 600, {IC, NC, P, L},
              {d(2025, 1, 20), d(2025, 1, 25), d(2025, 2, 5), d(2025, 3, 10)}), // [2]
        chain("H", 700, {IC, NC, P, L}, {d(2024, 12, 15), d(2024, 12, 20), d(2025, 1, 2), d(2025, 1, 8)}),
        chain("I", 800, {IC, NC, P, L}, {d(2024, 12, 16), d(2024, 12, 21), d(2025, 1, 3), d(2025, 1, 9)}),
    };
}

FunnelReportRequest request(FunnelDefinition definition, FunnelMeasure by = FunnelMeasure::Count)
{
    FunnelReportRequest r;
    r.period = kQ1;
    r.definition = definition;
    r.by = by;
    return r;
}

void requireSame(const FunnelReport &a, const FunnelReport &b)
{
    REQUIRE(a.pipeline.stages.size() == b.pipeline.stages.size());
    CHECK(a.pipeline.cohort == b.pipeline.cohort);
    const bool byAmount = a.request.by == FunnelMeasure::Amount;
    for (qsizetype i = 0; i < a.pipeline.stages.size(); ++i) {
        const StageReach &x = a.pipeline.stages.at(i);
        const StageReach &y = b.pipeline.stages.at(i);
        CHECK(x.reached == y.reached);
        CHECK(x.cumulativeRate == y.cumulativeRate);
        CHECK(x.stepRate == y.stepRate);
        if (byAmount) {
            CHECK(x.amount == y.amount);
            CHECK(x.amountStepRate == y.amountStepRate);
        }
    }
    REQUIRE(a.stages.size() == b.stages.size());
    for (qsizetype i = 0; i < a.stages.size(); ++i) {
        CHECK(a.stages.at(i).left == b.stages.at(i).left);
        CHECK(a.stages.at(i).rate == b.stages.at(i).rate);
    }
    CHECK(a.winRate.won == b.winRate.won);
    CHECK(a.winRate.lost == b.winRate.lost);
    CHECK(a.cycle.deals == b.cycle.deals);
    CHECK(a.cycle.medianDays == b.cycle.medianDays);
    CHECK(a.cycle.meanDays == b.cycle.meanDays);
    REQUIRE(a.bottleneck.has_value() == b.bottleneck.has_value());
    if (a.bottleneck) {
        CHECK(a.bottleneck->from == b.bottleneck->from);
        CHECK(a.bottleneck->rate == b.bottleneck->rate);
    }
}

} // namespace

TEST_CASE("the pipeline report by count holds the cohort's funnel, the closings and the bottleneck",
          "[funnelreport]")
{
    const FunnelReport r = funnelReport(book(), request(FunnelDefinition::Pipeline));
    CHECK(r.request.period.from == kQ1.from);
    CHECK(r.stages.isEmpty());
    REQUIRE(r.pipeline.stages.size() == 5);
    CHECK(r.pipeline.cohort == 6);
    const QList<qint64> reached{6, 4, 3, 1, 1};
    for (int i = 0; i < 5; ++i)
        CHECK(r.pipeline.stages.at(i).reached == reached.at(i));
    CHECK(r.pipeline.stages.at(3).cumulativeRate == Approx(1.0 / 6.0));
    CHECK(*r.pipeline.stages.at(3).stepRate == Approx(1.0 / 3.0));

    CHECK(r.winRate.won == 2);
    CHECK(r.winRate.lost == 5);
    CHECK(*r.winRate.rate == Approx(2.0 / 7.0));
    CHECK(r.cycle.deals == 2);
    CHECK(*r.cycle.medianDays == Approx(53));
    CHECK(*r.cycle.meanDays == Approx(53));

    REQUIRE(r.bottleneck);
    CHECK(r.bottleneck->from == P);
    CHECK(r.bottleneck->to == N);
    CHECK(r.bottleneck->rate == Approx(1.0 / 3.0));
    CHECK(r.bottleneck->benchmark == Approx(0.48));
    CHECK(r.bottleneck->advice == bottleneckAdvice(P));
}

TEST_CASE("the pipeline report by amount rates the amounts, so it finds no bottleneck here", "[funnelreport]")
{
    const FunnelReport r = funnelReport(book(), request(FunnelDefinition::Pipeline, FunnelMeasure::Amount));
    CHECK(r.pipeline.cohortAmount == 2600);
    const QList<Money> amounts{2600, 2300, 1900, 1000, 1000};
    for (int i = 0; i < 5; ++i)
        CHECK(r.pipeline.stages.at(i).amount == amounts.at(i));
    CHECK(*r.pipeline.stages.at(3).amountStepRate == Approx(1000.0 / 1900.0));
    CHECK_FALSE(r.bottleneck.has_value());
    // The closings do not depend on the measure.
    CHECK(r.winRate.won == 2);
    CHECK(r.cycle.deals == 2);
}

TEST_CASE("the stage report rates each departure against the benchmark of its own step", "[funnelreport]")
{
    const FunnelReport r = funnelReport(book(), request(FunnelDefinition::Stage));
    CHECK(r.pipeline.stages.isEmpty());
    REQUIRE(r.stages.size() == 4);
    struct Expected
    {
        Stage stage;
        qint64 left, forward, lost;
        double rate, industryStep, excellentStep;
    };
    const QList<Expected> expected{{IC, 5, 4, 1, 0.8, 0.40, 0.60},
                                   {NC, 7, 6, 1, 6.0 / 7.0, 0.625, 0.40 / 0.60},
                                   {P, 5, 2, 3, 0.4, 0.48, 0.625},
                                   {N, 2, 2, 0, 1.0, 0.05 / 0.12, 0.60}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const StageConversion &s = r.stages.at(i);
        const Expected &e = expected.at(i);
        CAPTURE(i);
        CHECK(s.stage == e.stage);
        CHECK(s.left == e.left);
        CHECK(s.forward == e.forward);
        CHECK(s.lost == e.lost);
        CHECK(*s.rate == Approx(e.rate));
        CHECK(s.industryStep == Approx(e.industryStep));
        CHECK(s.excellentStep == Approx(e.excellentStep));
    }
    // The same step benchmarks as the pipeline rows of the stage each step enters.
    const PipelineConversion pipeline = conversionFromTally({});
    for (qsizetype i = 0; i < r.stages.size(); ++i) {
        CHECK(r.stages.at(i).industryStep == *pipeline.stages.at(i + 1).industryStep);
        CHECK(r.stages.at(i).excellentStep == *pipeline.stages.at(i + 1).excellentStep);
    }
    REQUIRE(r.bottleneck);
    CHECK(r.bottleneck->from == P);
    CHECK(r.bottleneck->to == N);
    CHECK(r.bottleneck->rate == Approx(0.4));
    CHECK(r.bottleneck->benchmark == Approx(0.48));
    CHECK(r.winRate.won == 2);
    CHECK(r.winRate.lost == 5);
}

TEST_CASE("definitions and measures have stable keys", "[funnelreport]")
{
    CHECK(funnelDefinitionKey(FunnelDefinition::Pipeline) == QStringLiteral("pipeline"));
    CHECK(funnelDefinitionKey(FunnelDefinition::Stage) == QStringLiteral("stage"));
    CHECK(funnelMeasureKey(FunnelMeasure::Count) == QStringLiteral("count"));
    CHECK(funnelMeasureKey(FunnelMeasure::Amount) == QStringLiteral("amount"));
}

TEST_CASE("the report read from a workspace equals the report of the facts the Funnel page loads",
          "[funnelreport]")
{
    sb::test::TempWorkspace ws;
    DemoOptions options;
    options.seed = 7;
    options.today = d(2026, 6, 30);
    generateDemo(*ws.db, options);

    const QList<Period> periods{Period{}, Period{d(2026, 1, 1), d(2026, 3, 31)},
                                Period{d(2025, 7, 1), QDate()}};
    const QList<std::pair<FunnelDefinition, FunnelMeasure>> kinds{
        {FunnelDefinition::Pipeline, FunnelMeasure::Count},
        {FunnelDefinition::Pipeline, FunnelMeasure::Amount},
        {FunnelDefinition::Stage, FunnelMeasure::Count}};
    for (const Period &period : periods) {
        // Loaded as the Funnel page loads them: open to the right, for the pipeline health.
        const QList<OpportunityFacts> facts = loadFunnelFacts(*ws.db, Period{period.from, QDate()});
        for (const auto &[definition, by] : kinds) {
            FunnelReportRequest r;
            r.period = period;
            r.definition = definition;
            r.by = by;
            CAPTURE(period.from.toString(Qt::ISODate).toStdString(),
                    funnelDefinitionKey(definition).toStdString(), funnelMeasureKey(by).toStdString());
            requireSame(funnelReport(*ws.db, r), funnelReport(facts, r));
        }
    }
}
