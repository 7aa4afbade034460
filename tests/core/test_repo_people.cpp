// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/reprepository.h"
#include "core/storage/teamrepository.h"

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

Team team(const QString &code, const QString &parentId = {})
{
    Team t;
    t.code = code;
    t.name = QStringLiteral("Team ") + code;
    t.parentTeamId = parentId;
    t.region = QStringLiteral("华东");
    return t;
}

Rep rep(const QString &code, const QString &teamId = {})
{
    Rep r;
    r.code = code;
    r.name = QStringLiteral("张伟");
    r.teamId = teamId;
    r.email = QStringLiteral("zhang.wei@example.cn");
    r.phone = QStringLiteral("13800001234");
    r.basePay = 1200000;
    r.hiredOn = QDate(2023, 9, 1);
    return r;
}
} // namespace

TEST_CASE("teams nest under live parents and never under their own sub-teams", "[repo][team]")
{
    sb::test::TempWorkspace ws;
    TeamRepository repo(*ws.db);
    const Team east = repo.create(team(QStringLiteral("EAST")));
    Team shanghai = repo.create(team(QStringLiteral("SH"), east.meta.id));
    const Team pudong = repo.create(team(QStringLiteral("PD"), shanghai.meta.id));
    CHECK(repo.findByCode(QStringLiteral("PD"))->parentTeamId == shanghai.meta.id);
    Team loop = *repo.findById(east.meta.id);
    loop.parentTeamId = pudong.meta.id;
    CHECK(errorOf([&] { repo.update(loop); })
          == QStringLiteral("Team EAST cannot be placed under its own sub-team."));
    loop.parentTeamId = east.meta.id;
    CHECK(errorOf([&] { repo.update(loop); }).contains(QStringLiteral("parent_team_id")));
    CHECK(errorOf([&] { repo.create(team(QStringLiteral("X"), QStringLiteral("nope"))); })
          == QStringLiteral("Unknown parent team nope on team X."));
    CHECK(errorOf([&] { repo.create(team(QStringLiteral("SH"))); })
          == QStringLiteral("Team code SH already exists."));
    CHECK(repo.count() == 3);
    shanghai.name = QStringLiteral("上海");
    CHECK(repo.update(shanghai).meta.version == 2);
    QStringList codes;
    for (const Team &t : repo.list())
        codes.append(t.code);
    CHECK(codes == (QStringList{QStringLiteral("EAST"), QStringLiteral("PD"), QStringLiteral("SH")}));
}

TEST_CASE("reps round-trip every field across reopening", "[repo][rep]")
{
    sb::test::TempWorkspace ws;
    const Team t = TeamRepository(*ws.db).create(team(QStringLiteral("EAST")));
    Rep r = rep(QStringLiteral("R01"), t.meta.id);
    r.active = false;
    const Rep created = RepRepository(*ws.db).create(r);
    ws.reopen();
    RepRepository repo(*ws.db);
    const auto back = repo.findByCode(QStringLiteral("R01"));
    REQUIRE(back);
    CHECK(back->meta.id == created.meta.id);
    CHECK(back->name == QStringLiteral("张伟"));
    CHECK(back->teamId == t.meta.id);
    CHECK(back->email == QStringLiteral("zhang.wei@example.cn"));
    CHECK(back->phone == QStringLiteral("13800001234"));
    CHECK(back->basePay == 1200000);
    CHECK(back->hiredOn == QDate(2023, 9, 1));
    CHECK_FALSE(back->active);
    CHECK(back->commissionPlanId.isEmpty());
}

TEST_CASE("reps with a taken code, an unknown team or a bad e-mail are refused", "[repo][rep]")
{
    sb::test::TempWorkspace ws;
    RepRepository repo(*ws.db);
    const Rep first = repo.create(rep(QStringLiteral("R01")));
    CHECK(errorOf([&] { repo.create(rep(QStringLiteral("R01"))); })
          == QStringLiteral("Sales rep code R01 already exists."));
    CHECK(errorOf([&] { repo.create(rep(QStringLiteral("R02"), QStringLiteral("ghost"))); })
          == QStringLiteral("Unknown team ghost on sales rep R02."));
    Rep bad = rep(QStringLiteral("R03"));
    bad.email = QStringLiteral("not-an-address");
    CHECK(errorOf([&] { repo.create(bad); }).contains(QStringLiteral("email \"not-an-address\"")));
    CHECK(repo.count() == 1);
    repo.remove(first.meta.id);
    CHECK(repo.count() == 0);
    // The code is free again once the rep is deleted.
    repo.create(rep(QStringLiteral("R01")));
    CHECK(repo.list().size() == 1);
    CHECK(repo.list().constFirst().meta.id != first.meta.id);
}
