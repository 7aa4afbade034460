// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/funnelsettings.h"

using namespace sb::core;
using sb::core::funnel::LeadScoringModel;
using sb::core::funnel::StageProbabilities;

namespace {

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

} // namespace

TEST_CASE("a new workspace weighs the pipeline with the default stage probabilities", "[funnelsettings]")
{
    sb::test::TempWorkspace ws;
    CHECK(stageProbabilities(*ws.db).isEmpty());
    CHECK(funnel::probabilityFor(Stage::Proposal, stageProbabilities(*ws.db)) == 50);
}

TEST_CASE("stage probabilities are kept by the workspace; won and lost stay fixed", "[funnelsettings]")
{
    sb::test::TempWorkspace ws;
    setStageProbabilities(*ws.db, {{Stage::InitialContact, 5}, {Stage::Proposal, 40}, {Stage::Won, 90}});
    const StageProbabilities stored = stageProbabilities(*ws.db);
    CHECK(stored == StageProbabilities{{Stage::InitialContact, 5}, {Stage::Proposal, 40}});
    CHECK(funnel::probabilityFor(Stage::NeedsConfirmed, stored) == 25); // not set: default
    CHECK(funnel::probabilityFor(Stage::Won, stored) == 100);

    // The weighted pipeline follows them: 1000 at proposal weighs 400 instead of 500.
    funnel::OpportunityFacts deal;
    deal.stage = Stage::Proposal;
    deal.amount = 1000;
    deal.expectedClose = QDate(2025, 6, 10);
    CHECK(funnel::weightedPipeline({deal}, stored).constFirst().weighted == 400);

    CHECK_THROWS_AS(setStageProbabilities(*ws.db, {{Stage::Negotiation, 101}}), Error);
    CHECK(stageProbabilities(*ws.db) == stored); // a refused change writes nothing
}

TEST_CASE("stage probabilities out of range in the stored text fall back to the defaults", "[funnelsettings]")
{
    sb::test::TempWorkspace ws;
    ws.db->setSetting(QStringLiteral("funnel/stage_probabilities"),
                      QStringLiteral(R"({"initial_contact": 150, "proposal": "x", "negotiation": 60.5,)"
                                     R"( "needs_confirmed": 30})"));
    CHECK(stageProbabilities(*ws.db) == StageProbabilities{{Stage::NeedsConfirmed, 30}});
    ws.db->setSetting(QStringLiteral("funnel/stage_probabilities"), QStringLiteral("not json"));
    CHECK(stageProbabilities(*ws.db).isEmpty());
}

TEST_CASE("the lead-scoring model is kept by the workspace and grades leads", "[funnelsettings]")
{
    sb::test::TempWorkspace ws;
    const LeadScoringModel defaults = leadScoringModel(*ws.db);
    CHECK(defaults.needWeight == 25);
    CHECK(defaults.gradeA == 80);
    CHECK(defaults.sourceReliability.isEmpty());

    LeadScoringModel model;
    model.sourceWeight = 10;
    model.needWeight = 40;
    model.budgetWeight = 30;
    model.intentWeight = 20;
    model.unknownSourceScore = 30;
    model.gradeA = 75;
    model.gradeB = 55;
    model.gradeC = 35;
    model.sourceReliability = {{QStringLiteral("老客户推荐"), 90}, {QStringLiteral("Website"), 40}};
    setLeadScoringModel(*ws.db, model);
    const LeadScoringModel stored = leadScoringModel(*ws.db);
    CHECK(stored.sourceWeight == 10);
    CHECK(stored.needWeight == 40);
    CHECK(stored.budgetWeight == 30);
    CHECK(stored.intentWeight == 20);
    CHECK(stored.unknownSourceScore == 30);
    CHECK(stored.gradeA == 75);
    CHECK(stored.gradeB == 55);
    CHECK(stored.gradeC == 35);
    CHECK(stored.sourceReliability == model.sourceReliability);

    // 10 × 90 + 40 × 80 + 30 × 60 + 20 × 70 = 7300 over 100 weight: 73, grade B (A starts at 75).
    const funnel::LeadScore score = funnel::scoreLead(QStringLiteral("老客户推荐"),
                                                      funnel::LeadInputs{std::nullopt, 80, 60, 70}, stored);
    CHECK(score.score == 73);
    CHECK(score.grade == u'B');
    // An unknown source scores 30: (300 + 3200 + 1800 + 1400) / 100 = 67 → B.
    CHECK(
        funnel::scoreLead(QStringLiteral("展会"), funnel::LeadInputs{std::nullopt, 80, 60, 70}, stored).score
        == 67);
}

TEST_CASE("a lead-scoring model that breaks a rule is refused field by field", "[funnelsettings]")
{
    LeadScoringModel model;
    CHECK(validateLeadScoringModel(model).isEmpty());
    model.sourceWeight = model.needWeight = model.budgetWeight = model.intentWeight = 0;
    CHECK(fields(validateLeadScoringModel(model)) == QStringList{QStringLiteral("source_weight")});
    model = {};
    model.needWeight = 120;
    model.gradeB = 80; // equal to A
    model.gradeC = 90; // above B
    model.sourceReliability.insert(QStringLiteral("web"), -5);
    CHECK(fields(validateLeadScoringModel(model))
          == QStringList({QStringLiteral("need_weight"), QStringLiteral("grade_a"), QStringLiteral("grade_b"),
                          QStringLiteral("source_reliability")}));

    sb::test::TempWorkspace ws;
    CHECK_THROWS_AS(setLeadScoringModel(*ws.db, model), Error);
    CHECK(leadScoringModel(*ws.db).needWeight == 25);
}

TEST_CASE("a stored lead model with thresholds out of order keeps the default grades", "[funnelsettings]")
{
    sb::test::TempWorkspace ws;
    ws.db->setSetting(QStringLiteral("funnel/lead_scoring"),
                      QStringLiteral(R"({"weights": {"source": 0, "need": 50, "budget": 50, "intent": 0},)"
                                     R"( "grades": {"a": 40, "b": 60, "c": 20}, "sources": {"web": 500}})"));
    const LeadScoringModel model = leadScoringModel(*ws.db);
    CHECK(model.needWeight == 50);
    CHECK(model.sourceWeight == 0);
    CHECK(model.gradeA == 80);
    CHECK(model.gradeB == 60);
    CHECK(model.sourceReliability.isEmpty());
}
