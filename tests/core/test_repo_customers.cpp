// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/customerrepository.h"
#include "core/storage/reprepository.h"

#include <QSqlQuery>

#include <functional>

using namespace sb::core;

namespace {
Customer sample(const QString &code)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("上海精工机械");
    c.industry = QStringLiteral("制造");
    c.sizeBand = QStringLiteral("200-499");
    c.region = QStringLiteral("上海");
    c.city = QStringLiteral("上海");
    c.decisionMaker = QStringLiteral("王强");
    c.decisionMakerTitle = QStringLiteral("采购总监");
    c.phone = QStringLiteral("+86 21 5555 1234");
    c.email = QStringLiteral("wang@jinggong.example.cn");
    c.source = QStringLiteral("trade fair");
    c.lifecycle = LifecycleStage::Conversion;
    c.notes = QStringLiteral("Prefers calls in the morning.");
    return c;
}

void requireSame(const Customer &a, const Customer &b)
{
    CHECK(a.meta.id == b.meta.id);
    CHECK(a.meta.version == b.meta.version);
    CHECK(a.meta.updatedAt == b.meta.updatedAt);
    CHECK(a.code == b.code);
    CHECK(a.name == b.name);
    CHECK(a.industry == b.industry);
    CHECK(a.sizeBand == b.sizeBand);
    CHECK(a.region == b.region);
    CHECK(a.city == b.city);
    CHECK(a.channelId == b.channelId);
    CHECK(a.ownerRepId == b.ownerRepId);
    CHECK(a.decisionMaker == b.decisionMaker);
    CHECK(a.decisionMakerTitle == b.decisionMakerTitle);
    CHECK(a.phone == b.phone);
    CHECK(a.email == b.email);
    CHECK(a.source == b.source);
    CHECK(a.lifecycle == b.lifecycle);
    CHECK(a.notes == b.notes);
}

QString errorOf(const std::function<void()> &action, Error::Kind expected = Error::Kind::Data)
{
    try {
        action();
    } catch (const Error &e) {
        CHECK(e.kind() == expected);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

QString insertChannel(const Database &db, const QString &name)
{
    const QString id = Database::newId();
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO channels (id, code, name, type, created_at, updated_at, updated_by_office) "
        "VALUES (?, ?, ?, 'agent', ?, ?, ?)"));
    const QStringList values
        = {id, QStringLiteral("CH-") + name, name, Database::nowUtc(), Database::nowUtc(), db.officeId()};
    for (const QString &v : values)
        q.addBindValue(v);
    Database::exec(q, QStringLiteral("insert a channel"));
    return id;
}
} // namespace

TEST_CASE("a created customer reads back field for field with fresh meta columns", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    const Customer created = repo.create(sample(QStringLiteral("C001")));
    CHECK(created.meta.id.size() == 36);
    CHECK(created.meta.version == 1);
    CHECK(created.meta.updatedByOffice == ws.db->officeId());
    CHECK(created.meta.createdAt == created.meta.updatedAt);
    CHECK(created.meta.createdAt.endsWith(u'Z'));
    const auto byId = repo.findById(created.meta.id);
    REQUIRE(byId);
    requireSame(*byId, created);
    const auto byCode = repo.findByCode(QStringLiteral("C001"));
    REQUIRE(byCode);
    CHECK(byCode->meta.id == created.meta.id);
    CHECK_FALSE(repo.findByCode(QStringLiteral("C002")));
    CHECK(repo.count() == 1);
}

TEST_CASE("a customer code with inner spaces is stored and found as written", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    const Customer created = repo.create(sample(QStringLiteral("Acme Corporation")));
    const auto byCode = repo.findByCode(QStringLiteral("Acme Corporation"));
    REQUIRE(byCode);
    CHECK(byCode->meta.id == created.meta.id);
    CHECK(byCode->code == QStringLiteral("Acme Corporation"));
    CHECK(errorOf([&] { repo.create(sample(QStringLiteral("Acme Corporation "))); }).contains(u"code"));
    CHECK(repo.count() == 1);
}

TEST_CASE("updating a customer bumps the version and keeps the creation time", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    Customer c = repo.create(sample(QStringLiteral("C001")));
    c.name = QStringLiteral("上海精工机械股份有限公司");
    c.lifecycle = LifecycleStage::Retention;
    const Customer updated = repo.update(c);
    CHECK(updated.meta.version == 2);
    CHECK(updated.meta.createdAt == c.meta.createdAt);
    CHECK(updated.meta.updatedAt >= c.meta.updatedAt);
    const auto stored = repo.findById(c.meta.id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("上海精工机械股份有限公司"));
    CHECK(stored->lifecycle == LifecycleStage::Retention);
    CHECK(stored->meta.version == 2);
    // Saving the same values again is not a change.
    CHECK(repo.update(*stored).meta.version == 2);
}

TEST_CASE("removing a customer leaves a tombstone that restore brings back", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    const Customer c = repo.create(sample(QStringLiteral("C001")));
    repo.remove(c.meta.id);
    CHECK_FALSE(repo.findById(c.meta.id));
    CHECK(repo.count() == 0);
    QSqlQuery q(ws.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT deleted, version FROM customers")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toInt() == 2);
    q.finish();
    repo.restore(c.meta.id);
    const auto back = repo.findById(c.meta.id);
    REQUIRE(back);
    CHECK(back->meta.version == 3);
    CHECK(back->name == c.name);
    CHECK(errorOf([&] { repo.remove(QStringLiteral("no-such-id")); }).contains(QStringLiteral("no-such-id")));
}

TEST_CASE("a duplicate customer code is refused with a message naming the code", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    const Customer first = repo.create(sample(QStringLiteral("C001")));
    CHECK(errorOf([&] { repo.create(sample(QStringLiteral("C001"))); })
          == QStringLiteral("Customer code C001 already exists."));
    CHECK(repo.count() == 1);
    Customer second = repo.create(sample(QStringLiteral("C002")));
    second.code = QStringLiteral("C001");
    CHECK(errorOf([&] { repo.update(second); }) == QStringLiteral("Customer code C001 already exists."));
    CHECK(repo.findById(second.meta.id)->code == QStringLiteral("C002"));
    // A deleted customer's code is free again, and then its restore is refused.
    repo.remove(first.meta.id);
    repo.update(second);
    CHECK(errorOf([&] { repo.restore(first.meta.id); }).contains(QStringLiteral("C001")));
    CHECK(repo.codeExists(QStringLiteral("C001")));
    CHECK_FALSE(repo.codeExists(QStringLiteral("C001"), second.meta.id));
}

TEST_CASE("invalid customer fields are refused naming the field and the value", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    Customer c = sample(QStringLiteral("C001"));
    c.phone = QStringLiteral("call me");
    const QString message = errorOf([&] { repo.create(c); });
    CHECK(message.contains(QStringLiteral("phone")));
    CHECK(message.contains(QStringLiteral("\"call me\"")));
    CHECK(repo.count() == 0);
    c = sample(QStringLiteral("C\t1"));
    CHECK(errorOf([&] { repo.create(c); }).contains(QStringLiteral("code \"C\t1\"")));
}

TEST_CASE("unknown owner and channel references are refused by name", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    Customer c = sample(QStringLiteral("C001"));
    c.ownerRepId = QStringLiteral("ghost-rep");
    CHECK(errorOf([&] { repo.create(c); })
          == QStringLiteral("Unknown sales rep ghost-rep on customer C001."));
    c.ownerRepId.clear();
    c.channelId = QStringLiteral("ghost-channel");
    CHECK(errorOf([&] { repo.create(c); })
          == QStringLiteral("Unknown channel ghost-channel on customer C001."));
    CHECK(repo.count() == 0);
}

TEST_CASE("the customer list carries owner and channel names, ordered by code", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    Rep rep;
    rep.code = QStringLiteral("R01");
    rep.name = QStringLiteral("李娜");
    rep = RepRepository(*ws.db).create(rep);
    Customer b = sample(QStringLiteral("B-2"));
    b.ownerRepId = rep.meta.id;
    b.channelId = insertChannel(*ws.db, QStringLiteral("华东代理"));
    repo.create(b);
    repo.create(sample(QStringLiteral("A-1")));
    const Customer gone = repo.create(sample(QStringLiteral("C-3")));
    repo.remove(gone.meta.id);
    const QList<CustomerListRow> rows = repo.list();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].customer.code == QStringLiteral("A-1"));
    CHECK(rows[0].ownerName.isEmpty());
    CHECK(rows[1].customer.code == QStringLiteral("B-2"));
    CHECK(rows[1].ownerName == QStringLiteral("李娜"));
    CHECK(rows[1].channelName == QStringLiteral("华东代理"));
    CHECK(rows[1].customer.ownerRepId == rep.meta.id);
}

TEST_CASE("customers persist across reopening the workspace", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    const Customer c = CustomerRepository(*ws.db).create(sample(QStringLiteral("C001")));
    ws.reopen();
    const auto back = CustomerRepository(*ws.db).findById(c.meta.id);
    REQUIRE(back);
    requireSame(*back, c);
}

TEST_CASE("hostile text is stored and read back exactly", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    Customer c = sample(QStringLiteral("O'Brien\"1"));
    c.name = QStringLiteral("'); DROP TABLE customers;--");
    c.industry = QStringLiteral("😀 客户 \\N %s %1 \t tab");
    c.decisionMaker = QStringLiteral("Robert'); DELETE FROM audit_log; --");
    QString note;
    for (int i = 0; i < 10000; ++i)
        note += QChar(u'a' + i % 26);
    note.replace(5000, 2, QStringLiteral("😀"));
    c.notes = note;
    repo.create(c);
    ws.reopen();
    CustomerRepository reopened(*ws.db);
    CHECK(reopened.count() == 1);
    const auto back = reopened.findByCode(QStringLiteral("O'Brien\"1"));
    REQUIRE(back);
    CHECK(back->name == c.name);
    CHECK(back->industry == c.industry);
    CHECK(back->decisionMaker == c.decisionMaker);
    CHECK(back->notes.size() == 10000);
    CHECK(back->notes == note);
}

TEST_CASE("the next customer code follows the highest one with the office prefix", "[repo][customer]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    const QString prefix = ws.db->numberPrefix();
    REQUIRE(prefix.size() == 4);
    CHECK(repo.nextCode() == prefix + QStringLiteral("-C000001"));
    repo.create(sample(prefix + QStringLiteral("-C000041")));
    const Customer gone = repo.create(sample(prefix + QStringLiteral("-C000050")));
    repo.remove(gone.meta.id);
    // Other shapes and other offices' codes do not count.
    repo.create(sample(QStringLiteral("ZZ99-C000900")));
    repo.create(sample(prefix + QStringLiteral("-C00X")));
    CHECK(repo.nextCode() == prefix + QStringLiteral("-C000051"));
    CHECK_FALSE(repo.codeExists(repo.nextCode()));
}
