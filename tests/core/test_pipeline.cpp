// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/analytics/leadscoring.h"
#include "core/analytics/pipeline.h"

using namespace sb::core;
using namespace sb::core::funnel;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

OpportunityFacts deal(const char *code, Stage stage, Money amount, const QDate &created)
{
    OpportunityFacts f;
    f.id = QStringLiteral("id-") + QLatin1String(code);
    f.code = QLatin1String(code);
    f.stage = stage;
    f.amount = amount;
    f.createdOn = created;
    f.history = {StageEvent{std::nullopt, stage::isClosed(stage) ? Stage::InitialContact : stage, created}};
    return f;
}

OpportunityFacts expecting(OpportunityFacts f, const QDate &close)
{
    f.expectedClose = close;
    return f;
}

// A lost deal: history `stages` (creation first) then lost on `closed`.
OpportunityFacts lostDeal(const char *code, Money amount, const QList<Stage> &stages, const QDate &closed,
                          const char *reason, const char *competitor)
{
    OpportunityFacts f = deal(code, Stage::Lost, amount, d(2025, 1, 1));
    f.history.clear();
    std::optional<Stage> from;
    for (const Stage s : stages) {
        f.history.append(StageEvent{from, s, d(2025, 1, 1)});
        from = s;
    }
    f.history.append(StageEvent{from, Stage::Lost, closed});
    f.closedOn = closed;
    f.lostReason = QLatin1String(reason);
    f.lostCompetitor = QLatin1String(competitor);
    return f;
}

const Period kQ1{d(2025, 1, 1), d(2025, 3, 31)};

} // namespace

TEST_CASE("the weighted pipeline sums amount times stage probability by expected-close month", "[pipeline]")
{
    const QList<OpportunityFacts> deals = {
        expecting(deal("A", Stage::InitialContact, 1000, d(2025, 1, 2)), d(2025, 4, 15)),
        expecting(deal("B", Stage::NeedsConfirmed, 333, d(2025, 1, 2)), d(2025, 4, 30)),
        expecting(deal("C", Stage::Proposal, 2001, d(2025, 1, 2)), d(2025, 5, 10)),
        expecting(deal("D", Stage::Negotiation, 1000, d(2025, 1, 2)), d(2025, 5, 31)),
        expecting(deal("E", Stage::Won, 9000, d(2025, 1, 2)), d(2025, 4, 1)),
        expecting(deal("F", Stage::Lost, 9000, d(2025, 1, 2)), d(2025, 4, 1)),
        deal("G", Stage::Proposal, 500, d(2025, 1, 2)),
    };
    const auto months = weightedPipeline(deals);
    REQUIRE(months.size() == 3);
    // April: A 1000 × 10 % + B 333 × 25 % = 100 + 83.25 = 183.25 → 183 (won E excluded).
    CHECK(months[0].month == d(2025, 4, 1));
    CHECK(months[0].deals == 2);
    CHECK(months[0].amount == 1333);
    CHECK(months[0].weighted == 183);
    // May: C 2001 × 50 % + D 1000 × 75 % = 1000.5 + 750 = 1750.5 → 1751 (half away from zero, once).
    CHECK(months[1].month == d(2025, 5, 1));
    CHECK(months[1].amount == 3001);
    CHECK(months[1].weighted == 1751);
    // No expected close: G 500 × 50 % = 250, listed last.
    CHECK_FALSE(months[2].month.isValid());
    CHECK(months[2].weighted == 250);

    // A model that gives proposal 40 %: May = 2001 × 40 % + 750 = 800.4 + 750 = 1550.4 → 1550.
    const auto custom = weightedPipeline(deals, StageProbabilities{{Stage::Proposal, 40}});
    CHECK(custom[0].weighted == 183);
    CHECK(custom[1].weighted == 1550);
    CHECK(custom[2].weighted == 200);
    CHECK(probabilityFor(Stage::Proposal, {{Stage::Proposal, 40}}) == 40);
    CHECK(probabilityFor(Stage::Negotiation, {{Stage::Proposal, 40}}) == 75);
}

TEST_CASE("lost reasons are grouped by the stage reached and by competitor", "[pipeline]")
{
    using S = Stage;
    const QList<OpportunityFacts> deals = {
        lostDeal("L1", 100, {S::InitialContact}, d(2025, 2, 1), "Price", "Acme"),
        lostDeal("L2", 200, {S::InitialContact, S::NeedsConfirmed, S::Proposal}, d(2025, 2, 10), "Price",
                 "Acme"),
        lostDeal("L3", 300, {S::InitialContact, S::Proposal}, d(2025, 3, 1), "No budget", ""),
        lostDeal("L4", 400, {S::InitialContact, S::Proposal}, d(2025, 3, 5), "Price", "Beta"),
        // Reached negotiation, fell back to needs, lost there: counted at negotiation.
        lostDeal("L5", 500, {S::InitialContact, S::NeedsConfirmed, S::Negotiation, S::NeedsConfirmed},
                 d(2025, 3, 10), "Timing", "Beta"),
        lostDeal("L6", 600, {S::InitialContact}, d(2025, 4, 2), "Price", "Acme"), // after the period
        deal("W1", Stage::Won, 700, d(2025, 1, 1)),
    };
    const LostAnalysis a = lostReasons(deals, kQ1);
    CHECK(a.deals == 5);
    CHECK(a.amount == 1500);
    REQUIRE(a.byStage.size() == 4);
    CHECK(a.byStage[0].stage == Stage::InitialContact);
    CHECK(a.byStage[0].reason == QStringLiteral("Price"));
    CHECK(a.byStage[0].deals == 1);
    CHECK(a.byStage[1].stage == Stage::Proposal);
    CHECK(a.byStage[1].reason == QStringLiteral("Price"));
    CHECK(a.byStage[1].deals == 2);
    CHECK(a.byStage[1].amount == 600);
    CHECK(a.byStage[2].reason == QStringLiteral("No budget"));
    CHECK(a.byStage[3].stage == Stage::Negotiation);
    CHECK(a.byStage[3].reason == QStringLiteral("Timing"));

    REQUIRE(a.byCompetitor.size() == 3);
    // Acme 2 deals (100 + 200), Beta 2 (400 + 500), none named 1 (300).
    CHECK(a.byCompetitor[0].competitor == QStringLiteral("Acme"));
    CHECK(a.byCompetitor[0].amount == 300);
    CHECK(a.byCompetitor[1].competitor == QStringLiteral("Beta"));
    CHECK(a.byCompetitor[1].amount == 900);
    CHECK(a.byCompetitor[2].competitor.isEmpty());
    CHECK(a.byCompetitor[2].deals == 1);
}

TEST_CASE("stale deals are open deals untouched for the configured number of days", "[pipeline]")
{
    const QDate today = d(2025, 4, 30);
    OpportunityFacts s1 = deal("S1", Stage::NeedsConfirmed, 100, d(2025, 3, 1)); // idle 60
    OpportunityFacts s2 = deal("S2", Stage::NeedsConfirmed, 100, d(2025, 3, 1));
    s2.history.append(StageEvent{Stage::InitialContact, Stage::NeedsConfirmed, d(2025, 4, 5)}); // idle 25
    OpportunityFacts s3 = deal("S3", Stage::Proposal, 100, d(2025, 2, 1));
    s3.lastActivity = d(2025, 4, 20); // a call ten days ago
    OpportunityFacts s4 = deal("S4", Stage::InitialContact, 100, d(2025, 3, 31)); // idle exactly 30
    OpportunityFacts s5 = deal("S5", Stage::InitialContact, 100, d(2025, 4, 1)); // idle 29
    OpportunityFacts s6 = deal("S6", Stage::Lost, 100, d(2025, 1, 1)); // closed
    const QList<OpportunityFacts> deals = {s1, s2, s3, s4, s5, s6};

    const auto stale = staleDeals(deals, today);
    REQUIRE(stale.size() == 2);
    CHECK(stale[0].code == QStringLiteral("S1"));
    CHECK(stale[0].idleDays == 60);
    CHECK(stale[0].lastTouch == d(2025, 3, 1));
    CHECK(stale[1].code == QStringLiteral("S4"));
    CHECK(stale[1].idleDays == 30);

    CHECK(staleDeals(deals, today, 60).size() == 1);
    CHECK(staleDeals(deals, today, 61).isEmpty());
    CHECK(staleDeals(deals, today, 10).size() == 5); // S1, S4, S5 (29), S2 (25) and S3 (10)
}

TEST_CASE("the 2-2-2 rule lists deals late to first contact, needs confirmed or a decision", "[pipeline]")
{
    const QDate today = d(2025, 4, 30);
    auto make = [](const char *code, const QDate &created, const QDate &activity) {
        OpportunityFacts f = deal(code, Stage::InitialContact, 100, created);
        f.firstActivity = activity;
        return f;
    };
    auto move = [](OpportunityFacts &f, Stage to, const QDate &on) {
        f.history.append(StageEvent{f.stage, to, on});
        f.stage = to;
        if (stage::isClosed(to))
            f.closedOn = on;
    };
    // T1: contact 1 day, needs 9, won after 50: on time.
    OpportunityFacts t1 = make("T1", d(2025, 3, 1), d(2025, 3, 2));
    move(t1, Stage::NeedsConfirmed, d(2025, 3, 10));
    move(t1, Stage::Negotiation, d(2025, 4, 1));
    move(t1, Stage::Won, d(2025, 4, 20));
    // T2: first contact after 4 days; open 60 days (the limit itself is still on time).
    OpportunityFacts t2 = make("T2", d(2025, 3, 1), d(2025, 3, 5));
    move(t2, Stage::NeedsConfirmed, d(2025, 3, 10));
    // T3: needs after 19 days, open for 88.
    OpportunityFacts t3 = make("T3", d(2025, 2, 1), d(2025, 2, 2));
    move(t3, Stage::NeedsConfirmed, d(2025, 2, 20));
    // T4: no activity, lost the next day: decided, nothing late.
    OpportunityFacts t4 = make("T4", d(2025, 1, 10), QDate());
    move(t4, Stage::Lost, d(2025, 1, 11));
    // T5: no activity, lost at initial contact after 21 days: contact and needs late.
    OpportunityFacts t5 = make("T5", d(2025, 1, 10), QDate());
    move(t5, Stage::Lost, d(2025, 1, 31));
    // T7: created straight at proposal (needs on day 0), won after 74 days.
    OpportunityFacts t7 = make("T7", d(2025, 1, 5), d(2025, 1, 6));
    t7.history = {StageEvent{std::nullopt, Stage::Proposal, d(2025, 1, 5)}};
    t7.stage = Stage::Proposal;
    move(t7, Stage::Negotiation, d(2025, 3, 1));
    move(t7, Stage::Won, d(2025, 3, 20));
    // T6: created yesterday, no contact yet: not late yet; outside Q1 anyway.
    const OpportunityFacts t6 = make("T6", d(2025, 4, 29), QDate());
    const QList<OpportunityFacts> deals = {t1, t2, t3, t4, t5, t6, t7};

    const auto late = followUpBreaches(deals, kQ1, today);
    REQUIRE(late.size() == 4);
    CHECK(late[0].code == QStringLiteral("T7")); // ordered by creation date
    CHECK_FALSE(late[0].lateFirstContact);
    CHECK_FALSE(late[0].lateNeeds);
    CHECK(late[0].lateDecision);
    CHECK(late[0].daysToDecision == 74);
    CHECK(late[1].code == QStringLiteral("T5"));
    CHECK(late[1].lateFirstContact);
    CHECK(late[1].lateNeeds);
    CHECK_FALSE(late[1].lateDecision);
    CHECK(late[1].daysToNeeds == 21);
    CHECK(late[2].code == QStringLiteral("T3"));
    CHECK_FALSE(late[2].lateFirstContact);
    CHECK(late[2].lateNeeds);
    CHECK(late[2].lateDecision);
    CHECK(late[2].daysToNeeds == 19);
    CHECK(late[2].daysToDecision == 88);
    CHECK(late[3].code == QStringLiteral("T2"));
    CHECK(late[3].lateFirstContact);
    CHECK(late[3].daysToFirstContact == 4);
    CHECK_FALSE(late[3].lateDecision);
    CHECK(late[3].daysToDecision == 60);

    // The whole book adds T6, which is not late yet.
    CHECK(followUpBreaches(deals, Period{}, today).size() == 4);
    // A stricter rule, a decision within 59 days, makes T2's 60 days late too.
    const auto strict = followUpBreaches(deals, kQ1, today, FollowUpRule{2, 14, 59});
    CHECK(strict[3].lateDecision);
}

TEST_CASE("lead scoring weighs source reliability, need, budget and intent into a graded score", "[pipeline]")
{
    LeadScoringModel model;
    model.sourceReliability = {{QStringLiteral("Referral"), 90}, {QStringLiteral("Web"), 60}};

    // (90 + 80 + 70 + 90) / 4 = 82.5 → 83 (half away from zero) → A; source matched case-insensitively.
    LeadScore s = scoreLead(QStringLiteral("referral"), LeadInputs{std::nullopt, 80, 70, 90}, model);
    CHECK(s.sourceScore == 90);
    CHECK(s.score == 83);
    CHECK(s.grade == u'A');
    // (60 + 60 + 50 + 60) / 4 = 57.5 → 58 → C.
    s = scoreLead(QStringLiteral("Web"), LeadInputs{std::nullopt, 60, 50, 60}, model);
    CHECK(s.score == 58);
    CHECK(s.grade == u'C');
    // Unknown source 50, missing budget 0: (50 + 60 + 0 + 70) / 4 = 45 → C.
    s = scoreLead(QStringLiteral("Trade fair"), LeadInputs{std::nullopt, 60, std::nullopt, 70}, model);
    CHECK(s.sourceScore == 50);
    CHECK(s.score == 45);
    // The lead's own source score wins over the map: (20 + 40 + 30 + 10) / 4 = 25 → D.
    s = scoreLead(QStringLiteral("Referral"), LeadInputs{20, 40, 30, 10}, model);
    CHECK(s.sourceScore == 20);
    CHECK(s.score == 25);
    CHECK(s.grade == u'D');

    // Weights 10/40/30/20: (900 + 3200 + 2100 + 1800) / 100 = 80 → A, B under a stricter A of 85.
    model.sourceWeight = 10;
    model.needWeight = 40;
    model.budgetWeight = 30;
    model.intentWeight = 20;
    s = scoreLead(QStringLiteral("Referral"), LeadInputs{std::nullopt, 80, 70, 90}, model);
    CHECK(s.score == 80);
    CHECK(s.grade == u'A');
    model.gradeA = 85;
    CHECK(scoreLead(QStringLiteral("Referral"), LeadInputs{std::nullopt, 80, 70, 90}, model).grade == u'B');

    // Inputs are held to 0–100; no weight at all scores 0.
    CHECK(scoreLead(QStringLiteral("x"), LeadInputs{150, 150, 150, 150}).score == 100);
    LeadScoringModel none;
    none.sourceWeight = none.needWeight = none.budgetWeight = none.intentWeight = 0;
    CHECK(scoreLead(QStringLiteral("x"), LeadInputs{90, 90, 90, 90}, none).score == 0);
}

TEST_CASE("lead grades follow the 80 / 60 / 40 thresholds by default", "[pipeline]")
{
    CHECK(gradeFor(100) == u'A');
    CHECK(gradeFor(80) == u'A');
    CHECK(gradeFor(79) == u'B');
    CHECK(gradeFor(60) == u'B');
    CHECK(gradeFor(59) == u'C');
    CHECK(gradeFor(40) == u'C');
    CHECK(gradeFor(39) == u'D');
    CHECK(gradeFor(0) == u'D');
}
