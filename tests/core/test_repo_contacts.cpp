// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts and sales activities of a customer: the repositories behind the
// customer detail's contact list and activity timeline.
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/activityrepository.h"
#include "core/storage/auditlog.h"
#include "core/storage/contactrepository.h"
#include "core/storage/customerrepository.h"

#include <QSqlQuery>

#include <functional>

using namespace sb::core;

namespace {

Customer storeCustomer(const Database &db, const QString &code)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("杭州新创信息技术有限公司 ") + code;
    return CustomerRepository(db).create(c);
}

Contact sampleContact(const QString &customerId, const QString &code, const QString &name)
{
    Contact c;
    c.code = code;
    c.customerId = customerId;
    c.name = name;
    c.title = QStringLiteral("采购经理");
    c.phone = QStringLiteral("138 1234 5678");
    c.email = QStringLiteral("buyer@xinchuang.example.cn");
    c.notes = QStringLiteral("=SUM(A1) stays text");
    return c;
}

Activity sampleActivity(const QString &customerId, const QString &code, QDate date)
{
    Activity a;
    a.code = code;
    a.customerId = customerId;
    a.kind = ActivityKind::Visit;
    a.date = date;
    a.summary = QStringLiteral("现场拜访，演示新版本");
    a.nextStep = QStringLiteral("Send the quote");
    a.nextStepDate = date.addDays(7);
    return a;
}

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

int deletedFlag(const Database &db, const QString &table, const QString &id)
{
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT deleted FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    Database::exec(q, QStringLiteral("read the tombstone"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("A contact is stored, listed with its customer's other contacts and audited", "[repo][contact]")
{
    sb::test::TempWorkspace ws;
    const Customer customer = storeCustomer(*ws.db, QStringLiteral("C001"));
    const Customer other = storeCustomer(*ws.db, QStringLiteral("C002"));
    const ContactRepository repo(*ws.db);

    const Contact first
        = repo.create(sampleContact(customer.meta.id, repo.nextCode(), QStringLiteral("张磊")));
    CHECK(first.meta.id.size() == 36);
    CHECK(first.meta.version == 1);
    Contact boss = sampleContact(customer.meta.id, repo.nextCode(), QStringLiteral("Wang Qiang"));
    boss.isDecisionMaker = true;
    boss = repo.create(boss);
    repo.create(sampleContact(other.meta.id, repo.nextCode(), QStringLiteral("李娜")));
    CHECK(first.code != boss.code);

    const QList<Contact> contacts = repo.listForCustomer(customer.meta.id);
    REQUIRE(contacts.size() == 2);
    // The decision maker comes first whatever the names.
    CHECK(contacts[0].meta.id == boss.meta.id);
    CHECK(contacts[0].isDecisionMaker);
    CHECK(contacts[1].name == QStringLiteral("张磊"));
    CHECK(contacts[1].notes == QStringLiteral("=SUM(A1) stays text"));
    CHECK(contacts[1].phone == QStringLiteral("138 1234 5678"));

    Contact changed = *repo.findById(first.meta.id);
    changed.title = QStringLiteral("总经理");
    CHECK(repo.update(changed).meta.version == 2);
    CHECK(repo.findById(first.meta.id)->title == QStringLiteral("总经理"));

    AuditFilter filter;
    filter.entity = QStringLiteral("contact");
    filter.recordId = first.meta.id;
    const QList<AuditEntry> entries = AuditLog::entries(*ws.db, filter);
    CHECK(std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
        return e.action == AuditAction::Update && e.field == QStringLiteral("title")
            && e.newValue == QStringLiteral("总经理");
    }));
}

TEST_CASE("Invalid contacts, duplicate codes and unknown customers are refused", "[repo][contact]")
{
    sb::test::TempWorkspace ws;
    const Customer customer = storeCustomer(*ws.db, QStringLiteral("C001"));
    const ContactRepository repo(*ws.db);

    Contact nameless = sampleContact(customer.meta.id, QStringLiteral("CT1"), QStringLiteral("  "));
    CHECK(errorOf([&] { repo.create(nameless); }).contains(QStringLiteral("name")));
    Contact badMail = sampleContact(customer.meta.id, QStringLiteral("CT1"), QStringLiteral("张磊"));
    badMail.email = QStringLiteral("zhang at example");
    CHECK(errorOf([&] { repo.create(badMail); }).contains(QStringLiteral("\"zhang at example\"")));
    CHECK(errorOf([&] {
              repo.create(
                  sampleContact(QStringLiteral("ghost"), QStringLiteral("CT1"), QStringLiteral("张磊")));
          })
          == QStringLiteral("Unknown customer ghost on contact CT1."));
    CHECK(repo.listForCustomer(customer.meta.id).isEmpty());

    repo.create(sampleContact(customer.meta.id, QStringLiteral("CT1"), QStringLiteral("张磊")));
    CHECK(errorOf([&] {
              repo.create(sampleContact(customer.meta.id, QStringLiteral("CT1"), QStringLiteral("李娜")));
          })
          == QStringLiteral("Contact code CT1 already exists."));
    CHECK(repo.listForCustomer(customer.meta.id).size() == 1);
}

TEST_CASE("Removing a contact leaves a tombstone that restore brings back", "[repo][contact]")
{
    sb::test::TempWorkspace ws;
    const Customer customer = storeCustomer(*ws.db, QStringLiteral("C001"));
    const ContactRepository repo(*ws.db);
    const Contact c
        = repo.create(sampleContact(customer.meta.id, QStringLiteral("CT1"), QStringLiteral("张磊")));
    repo.remove(c.meta.id);
    CHECK(repo.listForCustomer(customer.meta.id).isEmpty());
    CHECK_FALSE(repo.findById(c.meta.id));
    CHECK(deletedFlag(*ws.db, QStringLiteral("contacts"), c.meta.id) == 1);
    repo.restore(c.meta.id);
    const auto back = repo.findById(c.meta.id);
    REQUIRE(back);
    CHECK(back->meta.version == 3);
    CHECK(back->name == QStringLiteral("张磊"));
    CHECK(errorOf([&] { repo.remove(QStringLiteral("no-such-id")); }).contains(QStringLiteral("no-such-id")));
}

TEST_CASE("Activities form a timeline per customer, newest first, with optional next-step dates",
          "[repo][activity]")
{
    sb::test::TempWorkspace ws;
    const Customer customer = storeCustomer(*ws.db, QStringLiteral("C001"));
    const Customer other = storeCustomer(*ws.db, QStringLiteral("C002"));
    const ActivityRepository repo(*ws.db);

    const Activity march = repo.create(sampleActivity(customer.meta.id, repo.nextCode(), QDate(2025, 3, 10)));
    Activity call = sampleActivity(customer.meta.id, repo.nextCode(), QDate(2025, 4, 2));
    call.kind = ActivityKind::Call;
    call.nextStep.clear();
    call.nextStepDate = QDate();
    call = repo.create(call);
    repo.create(sampleActivity(other.meta.id, repo.nextCode(), QDate(2025, 5, 1)));

    const QList<Activity> timeline = repo.listForCustomer(customer.meta.id);
    REQUIRE(timeline.size() == 2);
    CHECK(timeline[0].meta.id == call.meta.id);
    CHECK(timeline[0].kind == ActivityKind::Call);
    CHECK_FALSE(timeline[0].nextStepDate.isValid());
    CHECK(timeline[1].meta.id == march.meta.id);
    CHECK(timeline[1].kind == ActivityKind::Visit);
    CHECK(timeline[1].nextStepDate == QDate(2025, 3, 17));
    CHECK(timeline[1].summary == QStringLiteral("现场拜访，演示新版本"));

    QSqlQuery q = ws.db->prepare(QStringLiteral("SELECT kind, activity_date, next_step_date FROM activities "
                                                "WHERE id = ?"));
    q.addBindValue(call.meta.id);
    Database::exec(q, QStringLiteral("read an activity"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("call"));
    CHECK(q.value(1).toString() == QStringLiteral("2025-04-02"));
    CHECK(q.value(2).isNull());
}

TEST_CASE("Activity rules: a summary, a date, and a next step not due before the activity",
          "[repo][activity]")
{
    sb::test::TempWorkspace ws;
    const Customer customer = storeCustomer(*ws.db, QStringLiteral("C001"));
    const ActivityRepository repo(*ws.db);

    Activity a = sampleActivity(customer.meta.id, QStringLiteral("A1"), QDate(2025, 3, 10));
    a.summary = QStringLiteral(" ");
    CHECK(errorOf([&] { repo.create(a); }).contains(QStringLiteral("summary")));
    a = sampleActivity(customer.meta.id, QStringLiteral("A1"), QDate(2025, 3, 10));
    a.nextStepDate = QDate(2025, 3, 9);
    CHECK(errorOf([&] { repo.create(a); }).contains(QStringLiteral("next_step_date")));
    a = sampleActivity(customer.meta.id, QStringLiteral("A1"), QDate());
    CHECK(errorOf([&] { repo.create(a); }).contains(QStringLiteral("activity_date")));
    a = sampleActivity(customer.meta.id, QStringLiteral("A1"), QDate(2025, 3, 10));
    a.repId = QStringLiteral("ghost-rep");
    CHECK(errorOf([&] { repo.create(a); }) == QStringLiteral("Unknown sales rep ghost-rep on activity A1."));
    CHECK(repo.listForCustomer(customer.meta.id).isEmpty());

    const Activity stored
        = repo.create(sampleActivity(customer.meta.id, QStringLiteral("A1"), QDate(2025, 3, 10)));
    Activity edited = stored;
    edited.summary = QStringLiteral("Visit moved to a call");
    edited.kind = ActivityKind::Meeting;
    CHECK(repo.update(edited).meta.version == 2);
    CHECK(repo.findById(stored.meta.id)->kind == ActivityKind::Meeting);
    repo.remove(stored.meta.id);
    CHECK(deletedFlag(*ws.db, QStringLiteral("activities"), stored.meta.id) == 1);
    CHECK(repo.listForCustomer(customer.meta.id).isEmpty());
    repo.restore(stored.meta.id);
    CHECK(repo.listForCustomer(customer.meta.id).size() == 1);
}

TEST_CASE("Activity kinds read back from keys and from English or Chinese names", "[activity]")
{
    for (const ActivityKind kind : activitykind::all())
        CHECK(activitykind::fromText(activitykind::key(kind)) == kind);
    CHECK(activitykind::fromText(QStringLiteral("拜访")) == ActivityKind::Visit);
    CHECK(activitykind::fromText(QStringLiteral(" Proposal ")) == ActivityKind::Proposal);
    CHECK_FALSE(activitykind::fromText(QStringLiteral("lunch")));
}
