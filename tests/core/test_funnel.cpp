// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/analytics/funnel.h"

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

// Cohort Q1 2025 (created 01-01 … 03-31): D01–D10 and D12. D11 and D13 were created
// in 2024. Highest stage reached (funnel index) in brackets.
QList<OpportunityFacts> book()
{
    return {
        chain("D01", 100, {IC}, {d(2025, 1, 5)}), // [0] open
        chain("D02", 200, {IC, L}, {d(2025, 1, 6), d(2025, 1, 20)}), // [0]
        chain("D03", 300, {IC, NC}, {d(2025, 1, 8), d(2025, 1, 10)}), // [1] open
        chain("D04", 400, {IC, NC, L}, {d(2025, 1, 10), d(2025, 1, 12), d(2025, 2, 1)}), // [1]
        chain("D05", 500, {IC, NC, P}, {d(2025, 1, 15), d(2025, 1, 20), d(2025, 2, 1)}), // [2] open
        chain("D06", 600, {IC, NC, P, L},
              {d(2025, 1, 20), d(2025, 1, 25), d(2025, 2, 5), d(2025, 3, 1)}), // [2]
        chain("D07", 700, {IC, NC, P, N, W},
              {d(2025, 1, 25), d(2025, 2, 1), d(2025, 2, 10), d(2025, 2, 20), d(2025, 3, 10)}), // [4]
        chain("D08", 800, {IC, NC, P, L},
              {d(2025, 2, 1), d(2025, 2, 5), d(2025, 2, 15), d(2025, 3, 15)}), // [2]
        // Back from proposal to needs, then lost from needs: it had reached proposal.
        chain("D09", 900, {IC, NC, P, NC, L},
              {d(2025, 2, 5), d(2025, 2, 10), d(2025, 2, 15), d(2025, 2, 20), d(2025, 3, 5)}), // [2]
        chain("D10", 1000, {IC, NC, P, N, W},
              {d(2025, 2, 10), d(2025, 2, 12), d(2025, 2, 20), d(2025, 3, 1), d(2025, 3, 20)}), // [4]
        chain("D11", 1100, {IC, NC, P, N, W},
              {d(2024, 12, 20), d(2024, 12, 22), d(2024, 12, 28), d(2025, 1, 5), d(2025, 1, 15)}),
        chain("D12", 1200, {IC, NC, L}, {d(2025, 3, 1), d(2025, 3, 10), d(2025, 4, 5)}), // [1]
        chain("D13", 1300, {IC, L}, {d(2024, 11, 1), d(2024, 12, 15)}),
    };
}

} // namespace

TEST_CASE("the highest stage reached counts every stage the history names, lost excluded", "[funnel]")
{
    const auto deals = book();
    CHECK(highestStageReached(deals[0]) == 0); // open at initial contact
    CHECK(highestStageReached(deals[1]) == 0); // lost from initial contact
    CHECK(highestStageReached(deals[5]) == 2); // lost from proposal
    CHECK(highestStageReached(deals[6]) == 4); // won
    CHECK(highestStageReached(deals[8]) == 2); // reached proposal, went back, lost from needs

    OpportunityFacts bare;
    bare.stage = Stage::Lost;
    CHECK(highestStageReached(bare) == 0); // lost without history: initial contact only
    bare.history = {StageEvent{Stage::Negotiation, Stage::Lost, d(2025, 1, 1)}};
    CHECK(highestStageReached(bare) == 3); // imported history: only the lost row, from negotiation
    bare.stage = Stage::Proposal;
    bare.history.clear();
    CHECK(highestStageReached(bare) == 2); // open without history: its current stage
}

TEST_CASE("pipeline conversion counts the deals that reached each stage and its rates", "[funnel]")
{
    const PipelineConversion c = pipelineConversion(book(), kQ1);
    // Highest index per cohort deal: 0: D01 D02; 1: D03 D04 D12; 2: D05 D06 D08 D09; 3: —; 4: D07 D10.
    // Reached = that index or later: 11, 9, 6, 2, 2.
    REQUIRE(c.stages.size() == 5);
    CHECK(c.cohort == 11);
    CHECK(c.stages[0].stage == Stage::InitialContact);
    CHECK(c.stages[4].stage == Stage::Won);
    CHECK(c.stages[0].reached == 11);
    CHECK(c.stages[1].reached == 9);
    CHECK(c.stages[2].reached == 6);
    CHECK(c.stages[3].reached == 2);
    CHECK(c.stages[4].reached == 2);
    // Cumulative = reached / 11.
    CHECK(c.stages[0].cumulativeRate == Approx(1.0));
    CHECK(c.stages[1].cumulativeRate == Approx(9.0 / 11));
    CHECK(c.stages[2].cumulativeRate == Approx(6.0 / 11));
    CHECK(c.stages[3].cumulativeRate == Approx(2.0 / 11));
    CHECK(c.stages[4].cumulativeRate == Approx(2.0 / 11));
    // Step = reached / reached at the previous stage: —, 9/11, 6/9, 2/6, 2/2.
    CHECK_FALSE(c.stages[0].stepRate.has_value());
    CHECK(*c.stages[1].stepRate == Approx(9.0 / 11));
    CHECK(*c.stages[2].stepRate == Approx(6.0 / 9));
    CHECK(*c.stages[3].stepRate == Approx(2.0 / 6));
    CHECK(*c.stages[4].stepRate == Approx(1.0));
}

TEST_CASE("pipeline conversion by amount adds up the deals' amounts", "[funnel]")
{
    const PipelineConversion c = pipelineConversion(book(), kQ1);
    // By highest index: 0: 100+200 = 300; 1: 300+400+1200 = 1900; 2: 500+600+800+900 = 2800;
    // 3: 0; 4: 700+1000 = 1700. Reached amounts: 6700, 6400, 4500, 1700, 1700.
    CHECK(c.cohortAmount == 6700);
    CHECK(c.stages[0].amount == 6700);
    CHECK(c.stages[1].amount == 6400);
    CHECK(c.stages[2].amount == 4500);
    CHECK(c.stages[3].amount == 1700);
    CHECK(c.stages[4].amount == 1700);
    CHECK(c.stages[1].amountCumulativeRate == Approx(6400.0 / 6700));
    CHECK(c.stages[3].amountCumulativeRate == Approx(1700.0 / 6700));
    CHECK(*c.stages[2].amountStepRate == Approx(4500.0 / 6400));
    CHECK(*c.stages[3].amountStepRate == Approx(1700.0 / 4500));
    CHECK(*c.stages[4].amountStepRate == Approx(1.0));
}

TEST_CASE("each stage carries the industry and excellent benchmarks, cumulative and per step", "[funnel]")
{
    const PipelineConversion c = pipelineConversion(book(), kQ1);
    const double industry[] = {1.0, 0.40, 0.25, 0.12, 0.05};
    const double excellent[] = {1.0, 0.60, 0.40, 0.25, 0.15};
    for (int i = 0; i < 5; ++i) {
        CHECK(c.stages[i].industry == Approx(industry[i]));
        CHECK(c.stages[i].excellent == Approx(excellent[i]));
        CHECK(industryRate(i) == Approx(industry[i]));
        CHECK(excellentRate(i) == Approx(excellent[i]));
    }
    CHECK_FALSE(c.stages[0].industryStep.has_value());
    CHECK(*c.stages[1].industryStep == Approx(0.40)); // 40 / 100
    CHECK(*c.stages[2].industryStep == Approx(0.625)); // 25 / 40
    CHECK(*c.stages[3].industryStep == Approx(0.48)); // 12 / 25
    CHECK(*c.stages[4].industryStep == Approx(5.0 / 12)); // 5 / 12
    CHECK(*c.stages[2].excellentStep == Approx(40.0 / 60));
}

TEST_CASE("the bottleneck is the step furthest below the industry step rate, with its advice", "[funnel]")
{
    const PipelineConversion c = pipelineConversion(book(), kQ1);
    // Step rate − industry step: 9/11 − 0.40 = +0.42; 6/9 − 0.625 = +0.04;
    // 2/6 − 0.48 = −0.147; 2/2 − 5/12 = +0.58. Only proposal → negotiation is below.
    const auto b = findBottleneck(c);
    REQUIRE(b.has_value());
    CHECK(b->from == Stage::Proposal);
    CHECK(b->to == Stage::Negotiation);
    CHECK(b->rate == Approx(2.0 / 6));
    CHECK(b->benchmark == Approx(0.48));
    CHECK(b->advice == QStringLiteral("More tailoring, clearer differentiation, show success cases."));
}

TEST_CASE("the bottleneck picks the largest shortfall, skips steps without a rate, and is none when no step "
          "is short",
          "[funnel]")
{
    ReachTally t;
    // Reached 100, 30, 15, 5, 2: steps 0.30 (−0.10), 0.50 (−0.125), 0.333 (−0.147), 0.40 (−0.0167).
    t.count = {70, 15, 10, 3, 2};
    auto b = findBottleneck(conversionFromTally(t));
    REQUIRE(b);
    CHECK(b->from == Stage::Proposal);

    // Exactly the industry funnel (100, 40, 25, 12, 5): no step is below it.
    t.count = {60, 15, 13, 7, 5};
    CHECK_FALSE(findBottleneck(conversionFromTally(t)).has_value());

    // Reached 100, 20, 5, 0, 0: needs → proposal gets 0.25 (−0.375) and proposal →
    // negotiation 0 (−0.48), the larger shortfall; negotiation → won has no rate.
    t.count = {80, 15, 5, 0, 0};
    b = findBottleneck(conversionFromTally(t));
    REQUIRE(b);
    CHECK(b->from == Stage::Proposal);
    CHECK(b->to == Stage::Negotiation);

    // Reached 10, 0, 0, 0, 0: contact → needs is 0 (−0.40); the later steps are 0 / 0.
    t.count = {10, 0, 0, 0, 0};
    b = findBottleneck(conversionFromTally(t));
    REQUIRE(b);
    CHECK(b->from == Stage::InitialContact); // later steps have no rate (0 / 0)
    CHECK(b->advice == bottleneckAdvice(Stage::InitialContact));
}

TEST_CASE("the four handbook advices belong to the four steps", "[funnel]")
{
    CHECK(bottleneckAdvice(Stage::InitialContact)
          == QStringLiteral("Sharpen the value proposition and the first conversation; build trust."));
    CHECK(bottleneckAdvice(Stage::NeedsConfirmed)
          == QStringLiteral("Dig deeper into needs, bring industry insight, agree the need."));
    CHECK(bottleneckAdvice(Stage::Proposal)
          == QStringLiteral("More tailoring, clearer differentiation, show success cases."));
    CHECK(bottleneckAdvice(Stage::Negotiation)
          == QStringLiteral("Map the decision process and decision makers; flexible commercial terms."));
    CHECK(bottleneckAdvice(Stage::Won).isEmpty());
    CHECK(bottleneckAdvice(Stage::Lost).isEmpty());
}

TEST_CASE("stage conversion rates the deals that left each stage forward against lost", "[funnel]")
{
    // February departures. Initial contact: D07 D08 D09 D10 forward → 4/4.
    // Needs: D04 lost; D05 D06 D07 D08 D09 D10 forward → 6 of 7.
    // Proposal: D07 forward, D09 back to needs (counted, not rated) → 1/1.
    // Negotiation: nobody left in February.
    const auto feb = stageConversion(book(), Period{d(2025, 2, 1), d(2025, 2, 28)});
    REQUIRE(feb.size() == 4);
    CHECK(feb[0].stage == Stage::InitialContact);
    CHECK(feb[0].left == 4);
    CHECK(feb[0].forward == 4);
    CHECK(*feb[0].rate == Approx(1.0));
    CHECK(feb[1].left == 7);
    CHECK(feb[1].forward == 6);
    CHECK(feb[1].lost == 1);
    CHECK(*feb[1].rate == Approx(6.0 / 7));
    CHECK(feb[2].left == 2);
    CHECK(feb[2].backward == 1);
    CHECK(*feb[2].rate == Approx(1.0));
    CHECK(feb[3].left == 0);
    CHECK_FALSE(feb[3].rate.has_value());

    // March: proposal → D06 lost (03-01), D10 forward (03-01), D08 lost (03-15) → 1/3.
    // Negotiation → won: D07 (03-10), D10 (03-20) → 2/2. Needs: only D09 left, to lost
    // (03-05) → 0/1; D12 entered needs in March but left it in April.
    const auto mar = stageConversion(book(), Period{d(2025, 3, 1), d(2025, 3, 31)});
    CHECK(mar[2].forward == 1);
    CHECK(mar[2].lost == 2);
    CHECK(*mar[2].rate == Approx(1.0 / 3));
    CHECK(*mar[3].rate == Approx(1.0));
    CHECK(mar[1].left == 1);
    CHECK(mar[1].lost == 1);
    CHECK(*mar[1].rate == Approx(0.0));
}

TEST_CASE("win rate counts only deals closed in the period", "[funnel]")
{
    // Closed in Q1: won D07 (03-10), D10 (03-20), D11 (01-15, created in 2024);
    // lost D02, D04, D06, D08, D09. D12 (lost 04-05) and D13 (12-15) are outside.
    const WinRate w = winRate(book(), kQ1);
    CHECK(w.won == 3);
    CHECK(w.lost == 5);
    CHECK(*w.rate == Approx(3.0 / 8));

    const WinRate april = winRate(book(), Period{d(2025, 4, 1), d(2025, 4, 30)});
    CHECK(april.won == 0);
    CHECK(april.lost == 1);
    CHECK(*april.rate == Approx(0.0));
}

TEST_CASE("the sales cycle takes median and mean days from creation to won", "[funnel]")
{
    // Won in Q1: D07 01-25 → 03-10 = 44 days; D10 02-10 → 03-20 = 38; D11 2024-12-20 → 01-15 = 26.
    // Odd count: median 38, mean (44 + 38 + 26) / 3 = 36.
    const SalesCycle odd = salesCycle(book(), kQ1);
    CHECK(odd.deals == 3);
    CHECK(*odd.medianDays == Approx(38));
    CHECK(*odd.meanDays == Approx(36));

    // Even count, March only: 44 and 38 → median 41, mean 41.
    const SalesCycle even = salesCycle(book(), Period{d(2025, 3, 1), d(2025, 3, 31)});
    CHECK(even.deals == 2);
    CHECK(*even.medianDays == Approx(41));

    // Sorted 1, 3, 4, 10: median (3 + 4) / 2 = 3.5, mean 18 / 4 = 4.5.
    const SalesCycle listed = cycleFromDays({10, 3, 1, 4});
    CHECK(*listed.medianDays == Approx(3.5));
    CHECK(*listed.meanDays == Approx(4.5));
}

TEST_CASE("time in stage measures every visit, open deals until today", "[funnel]")
{
    const auto t = timeInStage(book(), kQ1, d(2025, 4, 10));
    REQUIRE(t.size() == 4);
    // Initial contact: D01 95 (01-05 → today 04-10), D02 14, D03 2, D04 2, D05 5, D06 5,
    // D07 7, D08 4, D09 5, D10 2, D12 9 → 11 visits, sum 150, sorted median 5.
    CHECK(t[0].stays == 11);
    CHECK(*t[0].meanDays == Approx(150.0 / 11));
    CHECK(*t[0].medianDays == Approx(5));
    // Needs: D03 90 (until today), D04 20, D05 12, D06 11, D07 9, D08 10, D09 5 and 13
    // (two visits), D10 8, D12 26 → 10 visits, sum 204, median (11 + 12) / 2.
    CHECK(t[1].stays == 10);
    CHECK(*t[1].meanDays == Approx(20.4));
    CHECK(*t[1].medianDays == Approx(11.5));
    // Proposal: D05 68 (until today), D06 24, D07 10, D08 28, D09 5, D10 9 → sum 144, median 17.
    CHECK(t[2].stays == 6);
    CHECK(*t[2].meanDays == Approx(24));
    CHECK(*t[2].medianDays == Approx(17));
    // Negotiation: D07 18, D10 19.
    CHECK(*t[3].meanDays == Approx(18.5));
    CHECK(*t[3].medianDays == Approx(18.5));
}

TEST_CASE("an empty cohort gives zero rates, no step rates, no bottleneck and no averages", "[funnel]")
{
    const Period none{d(2030, 1, 1), d(2030, 12, 31)};
    const PipelineConversion c = pipelineConversion(book(), none);
    CHECK(c.cohort == 0);
    for (const StageReach &row : c.stages) {
        CHECK(row.reached == 0);
        CHECK(row.cumulativeRate == 0.0);
        CHECK(row.amountCumulativeRate == 0.0);
        CHECK_FALSE(row.stepRate.has_value());
        CHECK_FALSE(row.amountStepRate.has_value());
    }
    CHECK_FALSE(findBottleneck(c).has_value());
    CHECK_FALSE(winRate(book(), none).rate.has_value());
    const SalesCycle cycle = salesCycle(book(), none);
    CHECK(cycle.deals == 0);
    CHECK_FALSE(cycle.medianDays.has_value());
    CHECK_FALSE(cycle.meanDays.has_value());
    for (const StageTime &s : timeInStage({}, none, d(2030, 6, 1)))
        CHECK_FALSE(s.meanDays.has_value());
    for (const StageConversion &s : stageConversion(book(), none))
        CHECK_FALSE(s.rate.has_value());
}

TEST_CASE("a period with an open end includes every date on that side", "[funnel]")
{
    CHECK(Period{}.contains(d(1990, 1, 1)));
    CHECK_FALSE(Period{}.contains(QDate()));
    CHECK(Period{QDate(), d(2025, 1, 1)}.contains(d(2025, 1, 1)));
    CHECK_FALSE(Period{QDate(), d(2025, 1, 1)}.contains(d(2025, 1, 2)));
    CHECK_FALSE(Period{d(2025, 1, 2), QDate()}.contains(d(2025, 1, 1)));
    // The whole book: all 13 deals, D13 created 2024-11-01 included.
    CHECK(pipelineConversion(book(), Period{}).cohort == 13);
}
