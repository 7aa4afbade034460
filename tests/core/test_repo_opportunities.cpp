// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"

#include <QSqlQuery>

#include <functional>

using namespace sb::core;

namespace {
QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

struct Fixture
{
    sb::test::TempWorkspace ws;
    QString customerId;

    Fixture()
    {
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("北方电力");
        customerId = CustomerRepository(*ws.db).create(c).meta.id;
    }

    OpportunityRepository repo() const { return OpportunityRepository(*ws.db); }

    Opportunity sample(const QString &code) const
    {
        Opportunity o;
        o.code = code;
        o.customerId = customerId;
        o.title = QStringLiteral("SCADA upgrade");
        o.source = QStringLiteral("referral");
        o.amount = 12000000;
        o.productsNeeded = QStringLiteral("RTU, licences");
        o.competitors = QStringLiteral("Acme");
        o.createdOn = QDate(2025, 2, 3);
        o.expectedClose = QDate(2025, 6, 30);
        return o;
    }

    qint64 historyRowsInTable() const
    {
        QSqlQuery q(ws.db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM stage_history"));
        q.next();
        return q.value(0).toLongLong();
    }
};
} // namespace

TEST_CASE("creating an opportunity stores it and records the creation in the history", "[repo][opportunity]")
{
    Fixture f;
    const Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    const auto back = f.repo().findByCode(QStringLiteral("O1"));
    REQUIRE(back);
    CHECK(back->meta.id == o.meta.id);
    CHECK(back->customerId == f.customerId);
    CHECK(back->amount == 12000000);
    CHECK(back->createdOn == QDate(2025, 2, 3));
    CHECK(back->expectedClose == QDate(2025, 6, 30));
    CHECK(back->stage == Stage::InitialContact);
    CHECK(back->probability == 10);
    CHECK_FALSE(back->closedOn.isValid());
    const QList<StageChange> history = f.repo().history(o.meta.id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].from.has_value());
    CHECK(history[0].to == Stage::InitialContact);
    CHECK(history[0].changedBy == Database::userName());
    QSqlQuery q(f.ws.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT changed_on, from_stage IS NULL FROM stage_history")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2025-02-03"));
    CHECK(q.value(1).toInt() == 1);
}

TEST_CASE("an opportunity for an unknown customer or with a taken code is refused", "[repo][opportunity]")
{
    Fixture f;
    Opportunity o = f.sample(QStringLiteral("O1"));
    o.customerId = QStringLiteral("no-such-customer");
    CHECK(errorOf([&] { f.repo().create(o); })
          == QStringLiteral("Unknown customer no-such-customer on opportunity O1."));
    f.repo().create(f.sample(QStringLiteral("O1")));
    CHECK(errorOf([&] { f.repo().create(f.sample(QStringLiteral("O1"))); })
          == QStringLiteral("Opportunity code O1 already exists."));
    CHECK(f.repo().count() == 1);
    CHECK(f.historyRowsInTable() == 1);
}

TEST_CASE("stage moves update probability and closing date and append history", "[repo][opportunity]")
{
    Fixture f;
    const Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    f.repo().moveStage(o.meta.id, Stage::NeedsConfirmed, {}, {}, QDate(2025, 2, 10));
    f.repo().moveStage(o.meta.id, Stage::Proposal, {}, {}, QDate(2025, 3, 1));
    CHECK(f.repo().findById(o.meta.id)->probability == 50);
    f.repo().moveStage(o.meta.id, Stage::Negotiation, {}, {}, QDate(2025, 4, 1));
    const StageChange won = f.repo().moveStage(o.meta.id, Stage::Won, {}, {}, QDate(2025, 5, 20));
    CHECK(won.from == Stage::Negotiation);
    CHECK(won.to == Stage::Won);
    const auto back = f.repo().findById(o.meta.id);
    CHECK(back->stage == Stage::Won);
    CHECK(back->probability == 100);
    CHECK(back->closedOn == QDate(2025, 5, 20));
    const QList<StageChange> history = f.repo().history(o.meta.id);
    REQUIRE(history.size() == 5);
    QStringList path;
    for (const StageChange &c : history)
        path.append(stage::key(c.to));
    CHECK(path.join(u',') == QStringLiteral("initial_contact,needs_confirmed,proposal,negotiation,won"));
    for (qsizetype i = 1; i < history.size(); ++i)
        CHECK(history[i].changedAt > history[i - 1].changedAt);
}

TEST_CASE("illegal stage moves are refused and change nothing", "[repo][opportunity]")
{
    Fixture f;
    const Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    CHECK(errorOf([&] { f.repo().moveStage(o.meta.id, Stage::Won); })
          == QStringLiteral("Opportunity O1 cannot move from Initial contact to Won."));
    CHECK(
        errorOf([&] { f.repo().moveStage(o.meta.id, Stage::Lost); }).contains(QStringLiteral("lost_reason")));
    f.repo().moveStage(o.meta.id, Stage::Lost, QStringLiteral("价格"), QStringLiteral("Acme"),
                       QDate(2025, 3, 3));
    const auto lost = f.repo().findById(o.meta.id);
    CHECK(lost->lostReason == QStringLiteral("价格"));
    CHECK(lost->lostCompetitor == QStringLiteral("Acme"));
    CHECK(lost->closedOn == QDate(2025, 3, 3));
    CHECK(lost->probability == 0);
    CHECK(errorOf([&] {
              f.repo().moveStage(o.meta.id, Stage::Proposal);
          }).contains(QStringLiteral("cannot move")));
    CHECK(f.repo().history(o.meta.id).size() == 2);
}

TEST_CASE("undo of a stage move removes exactly that history row and restores the stage",
          "[repo][opportunity]")
{
    Fixture f;
    const Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    const StageChange first = f.repo().moveStage(o.meta.id, Stage::NeedsConfirmed);
    const StageChange lost = f.repo().moveStage(o.meta.id, Stage::Lost, QStringLiteral("timing"));
    CHECK(errorOf([&] { f.repo().undoStageMove(first.meta.id); })
          == QStringLiteral("Only the latest stage change of opportunity O1 can be undone."));
    f.repo().undoStageMove(lost.meta.id);
    const auto back = f.repo().findById(o.meta.id);
    CHECK(back->stage == Stage::NeedsConfirmed);
    CHECK(back->probability == 25);
    CHECK_FALSE(back->closedOn.isValid());
    CHECK(back->lostReason.isEmpty());
    const QList<StageChange> history = f.repo().history(o.meta.id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().meta.id == first.meta.id);
    // The undone row stays as a tombstone, so other offices learn of the undo.
    CHECK(f.historyRowsInTable() == 3);
    f.repo().undoStageMove(first.meta.id);
    CHECK(f.repo().findById(o.meta.id)->stage == Stage::InitialContact);
    const QString creation = f.repo().history(o.meta.id).constFirst().meta.id;
    CHECK(errorOf([&] { f.repo().undoStageMove(creation); }).contains(QStringLiteral("cannot be undone")));
}

TEST_CASE("a stage changed through update is checked and recorded like a move", "[repo][opportunity]")
{
    Fixture f;
    Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    o.stage = Stage::Won;
    CHECK(errorOf([&] { f.repo().update(o); }).contains(QStringLiteral("cannot move")));
    o.stage = Stage::Proposal;
    o.probability = 40;
    o.title = QStringLiteral("SCADA upgrade, phase 1");
    const Opportunity saved = f.repo().update(o);
    CHECK(saved.meta.version == 2);
    const auto back = f.repo().findById(o.meta.id);
    CHECK(back->stage == Stage::Proposal);
    CHECK(back->probability == 40);
    CHECK(back->title == QStringLiteral("SCADA upgrade, phase 1"));
    const QList<StageChange> history = f.repo().history(o.meta.id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].from == Stage::InitialContact);
    CHECK(history[1].to == Stage::Proposal);
}

TEST_CASE("stage moves are audited with the old and new stage", "[repo][opportunity][audit]")
{
    Fixture f;
    const Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    f.repo().moveStage(o.meta.id, Stage::Proposal);
    AuditFilter filter;
    filter.entity = QStringLiteral("opportunity");
    filter.recordId = o.meta.id;
    QList<AuditEntry> stageRows;
    for (const AuditEntry &e : AuditLog::entries(*f.ws.db, filter)) {
        if (e.field == QStringLiteral("stage") && e.action == AuditAction::Update)
            stageRows.append(e);
    }
    REQUIRE(stageRows.size() == 1);
    CHECK(stageRows[0].oldValue == QStringLiteral("initial_contact"));
    CHECK(stageRows[0].newValue == QStringLiteral("proposal"));
}

TEST_CASE("opportunities and their history persist across reopening", "[repo][opportunity]")
{
    Fixture f;
    const Opportunity o = f.repo().create(f.sample(QStringLiteral("O1")));
    f.repo().moveStage(o.meta.id, Stage::NeedsConfirmed, {}, {}, QDate(2025, 2, 4));
    f.ws.reopen();
    OpportunityRepository repo(*f.ws.db);
    const auto back = repo.findById(o.meta.id);
    REQUIRE(back);
    CHECK(back->stage == Stage::NeedsConfirmed);
    CHECK(back->meta.version == 2);
    CHECK(repo.history(o.meta.id).size() == 2);
    CHECK(repo.listForCustomer(f.customerId).size() == 1);
    CHECK(repo.listForCustomer(QStringLiteral("other")).isEmpty());
}

TEST_CASE("removed opportunities vanish from lists and the next code uses the office prefix",
          "[repo][opportunity]")
{
    Fixture f;
    const QString prefix = f.ws.db->numberPrefix();
    CHECK(f.repo().nextCode() == prefix + QStringLiteral("-O000001"));
    const Opportunity a = f.repo().create(f.sample(f.repo().nextCode()));
    f.repo().create(f.sample(f.repo().nextCode()));
    CHECK(f.repo().nextCode() == prefix + QStringLiteral("-O000003"));
    f.repo().remove(a.meta.id);
    CHECK(f.repo().count() == 1);
    CHECK(f.repo().list().size() == 1);
    CHECK(f.repo().nextCode() == prefix + QStringLiteral("-O000003"));
    f.repo().restore(a.meta.id);
    CHECK(f.repo().count() == 2);
}

TEST_CASE("lead scores are stored when assessed, empty otherwise, and must lie within 0–100",
          "[repo][opportunity]")
{
    Fixture f;
    Opportunity o = f.sample(QStringLiteral("O1"));
    o.leadNeedScore = 80;
    o.leadIntentScore = 0;
    o = f.repo().create(o);
    auto back = f.repo().findByCode(QStringLiteral("O1"));
    REQUIRE(back);
    CHECK_FALSE(back->leadSourceScore);
    CHECK(back->leadNeedScore == 80);
    CHECK_FALSE(back->leadBudgetScore);
    CHECK(back->leadIntentScore == 0);

    back->leadBudgetScore = 65;
    back->leadNeedScore.reset();
    f.repo().update(*back);
    back = f.repo().findByCode(QStringLiteral("O1"));
    REQUIRE(back);
    CHECK(back->leadBudgetScore == 65);
    CHECK_FALSE(back->leadNeedScore);

    back->leadSourceScore = 101;
    CHECK(errorOf([&] { f.repo().update(*back); }).contains(QStringLiteral("lead_source_score")));
}

TEST_CASE("a deal recorded as already won enters that stage on its closing date", "[repo][opportunity]")
{
    Fixture f;
    Opportunity o = f.sample(QStringLiteral("O1"));
    o.stage = Stage::Won;
    o.probability = 100;
    o.closedOn = QDate(2025, 5, 20);
    o = f.repo().create(o);
    const QList<StageChange> history = f.repo().history(o.meta.id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().to == Stage::Won);
    QSqlQuery q(f.ws.db->connection());
    q.exec(QStringLiteral("SELECT changed_on FROM stage_history"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2025-05-20"));
}
