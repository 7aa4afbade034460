// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/customerrepository.h"
#include "core/storage/writescope.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace sb::core;

namespace {
Customer sample(const QString &code)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("Acme");
    c.phone = QStringLiteral("010-12345678");
    return c;
}

qint64 auditRows(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    q.next();
    return q.value(0).toLongLong();
}

QString render(const AuditEntry &e)
{
    return AuditLog::actionKey(e.action) + u' ' + e.field + u' ' + e.oldValue.value_or(QStringLiteral("NULL"))
        + QStringLiteral(" -> ") + e.newValue.value_or(QStringLiteral("NULL"));
}
} // namespace

TEST_CASE("the diff of two field maps lists changed fields only, blank equal to missing", "[audit]")
{
    const QVariantMap before = {{QStringLiteral("name"), QStringLiteral("Acme")},
                                {QStringLiteral("amount"), qlonglong(100)},
                                {QStringLiteral("notes"), QString()},
                                {QStringLiteral("owner"), QVariant()}};
    const QVariantMap after = {{QStringLiteral("name"), QStringLiteral("Acme Ltd")},
                               {QStringLiteral("amount"), 100},
                               {QStringLiteral("owner"), QStringLiteral("R1")},
                               {QStringLiteral("city"), QStringLiteral("")}};
    const QList<AuditChange> changes = AuditLog::diff(before, after);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].field == QStringLiteral("name"));
    CHECK(changes[0].oldValue == QStringLiteral("Acme"));
    CHECK(changes[0].newValue == QStringLiteral("Acme Ltd"));
    CHECK(changes[1].field == QStringLiteral("owner"));
    CHECK_FALSE(changes[1].oldValue.has_value());
    CHECK(changes[1].newValue == QStringLiteral("R1"));
}

TEST_CASE("creating, updating and deleting a customer writes audit rows with old and new values", "[audit]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    Customer c = repo.create(sample(QStringLiteral("C001")));
    c.name = QStringLiteral("Acme Ltd");
    c.phone.clear();
    repo.update(c);
    repo.remove(c.meta.id);

    AuditFilter filter;
    filter.entity = QStringLiteral("customer");
    filter.recordId = c.meta.id;
    const QList<AuditEntry> entries = AuditLog::entries(*ws.db, filter);
    QStringList lines;
    for (const AuditEntry &e : entries) {
        lines.append(render(e));
        CHECK(e.user == Database::userName());
        CHECK(e.office == ws.db->officeId());
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        CHECK(at.isValid());
        CHECK(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    CHECK(lines
          == (QStringList{
              QStringLiteral("create code NULL -> C001"),
              QStringLiteral("create lifecycle_stage NULL -> acquisition"),
              QStringLiteral("create name NULL -> Acme"), QStringLiteral("create phone NULL -> 010-12345678"),
              QStringLiteral("update name Acme -> Acme Ltd"), QStringLiteral("update phone 010-12345678 -> "),
              QStringLiteral("delete deleted 0 -> 1")}));
    repo.restore(c.meta.id);
    filter.limit = 1;
    const QList<AuditEntry> last = AuditLog::entries(*ws.db, filter);
    REQUIRE(last.size() == 1);
    CHECK(render(last[0]) == QStringLiteral("update deleted 1 -> 0"));
}

TEST_CASE("audit entries filter by entity, record and date range", "[audit]")
{
    sb::test::TempWorkspace ws;
    AuditLog::record(*ws.db, QStringLiteral("order"), QStringLiteral("o1"), AuditAction::Override,
                     QStringLiteral("amount"), QStringLiteral("1"), QStringLiteral("2"));
    AuditLog::record(*ws.db, QStringLiteral("product"), QStringLiteral("p1"), AuditAction::Update,
                     QStringLiteral("name"), std::nullopt, QStringLiteral("x"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    AuditFilter filter;
    CHECK(AuditLog::entries(*ws.db, filter).size() == 2);
    filter.entity = QStringLiteral("order");
    const QList<AuditEntry> orders = AuditLog::entries(*ws.db, filter);
    REQUIRE(orders.size() == 1);
    CHECK(orders[0].action == AuditAction::Override);
    CHECK(orders[0].recordId == QStringLiteral("o1"));
    filter.entity.clear();
    filter.recordId = QStringLiteral("p1");
    CHECK(AuditLog::entries(*ws.db, filter).size() == 1);
    filter.recordId.clear();
    filter.from = today;
    filter.to = today;
    CHECK(AuditLog::entries(*ws.db, filter).size() == 2);
    filter.from = today.addDays(1);
    filter.to = today.addDays(3);
    CHECK(AuditLog::entries(*ws.db, filter).isEmpty());
    filter.from = today.addDays(-3);
    filter.to = today.addDays(-1);
    CHECK(AuditLog::entries(*ws.db, filter).isEmpty());
}

TEST_CASE("audit entries filter by user, by several records and by text in values and record names",
          "[audit]")
{
    sb::test::TempWorkspace ws;
    const Customer acme = CustomerRepository(*ws.db).create(sample(QStringLiteral("C-7")));
    AuditLog::record(*ws.db, QStringLiteral("product"), QStringLiteral("p1"), AuditAction::Update,
                     QStringLiteral("name"), QStringLiteral("100%_cotton"), QStringLiteral("Cotton"));
    // Another user's change, as an office sync would bring it.
    QSqlQuery q = ws.db->prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, office, entity, "
                                                "record_id, action, field, old_value, new_value) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{Database::nowUtc(), QStringLiteral("wang.fang"), QStringLiteral("SH"),
                      QStringLiteral("order"), QStringLiteral("o9"), QStringLiteral("update"),
                      QStringLiteral("notes"), QStringLiteral("a"), QStringLiteral("b")})
        q.addBindValue(v);
    Database::exec(q, QStringLiteral("add a foreign audit row"));

    const QStringList users = AuditLog::users(*ws.db);
    CHECK(users.contains(QStringLiteral("wang.fang")));
    CHECK(users.contains(Database::userName()));
    AuditFilter filter;
    filter.user = QStringLiteral("wang.fang");
    REQUIRE(AuditLog::entries(*ws.db, filter).size() == 1);
    CHECK(AuditLog::entries(*ws.db, filter).first().recordId == QStringLiteral("o9"));

    filter = {};
    filter.recordIds = {QStringLiteral("p1"), QStringLiteral("o9")};
    CHECK(AuditLog::entries(*ws.db, filter).size() == 2);

    // Text is a literal: % and _ match only themselves.
    filter = {};
    filter.text = QStringLiteral("0%_c");
    REQUIRE(AuditLog::entries(*ws.db, filter).size() == 1);
    CHECK(AuditLog::entries(*ws.db, filter).first().recordId == QStringLiteral("p1"));
    filter.text = QStringLiteral("0%xc");
    CHECK(AuditLog::entries(*ws.db, filter).isEmpty());
    // The customer's code finds its changes though no logged value holds it twice.
    filter.text = QStringLiteral("c-7");
    const QList<AuditEntry> found = AuditLog::entries(*ws.db, filter);
    REQUIRE_FALSE(found.isEmpty());
    for (const AuditEntry &e : found)
        CHECK(e.recordId == acme.meta.id);
    filter.text = QStringLiteral("phone");
    CHECK(AuditLog::entries(*ws.db, filter).size() == 1);
}

TEST_CASE("a refused write leaves no audit rows behind", "[audit]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    repo.create(sample(QStringLiteral("C001")));
    const qint64 before = auditRows(*ws.db);
    CHECK_THROWS_AS(repo.create(sample(QStringLiteral("C001"))), Error);
    Customer bad = sample(QStringLiteral("C002"));
    bad.email = QStringLiteral("@");
    CHECK_THROWS_AS(repo.create(bad), Error);
    CHECK(auditRows(*ws.db) == before);
}

TEST_CASE("writes inside a caller's transaction fail one by one and commit together", "[audit][transaction]")
{
    sb::test::TempWorkspace ws;
    CustomerRepository repo(*ws.db);
    {
        Database::Transaction tx(*ws.db);
        repo.create(sample(QStringLiteral("C001")));
        // A refused write inside the batch is undone alone; the batch goes on.
        CHECK_THROWS_AS(repo.create(sample(QStringLiteral("C001"))), Error);
        Customer failsLate = sample(QStringLiteral("C003"));
        failsLate.ownerRepId = QStringLiteral("ghost");
        CHECK_THROWS_AS(repo.create(failsLate), Error);
        repo.create(sample(QStringLiteral("C002")));
        CHECK(WriteScope::inTransaction(*ws.db));
        tx.commit();
    }
    CHECK_FALSE(WriteScope::inTransaction(*ws.db));
    CHECK(repo.count() == 2);
    CHECK_FALSE(repo.findByCode(QStringLiteral("C003")));
    const qint64 rows = auditRows(*ws.db);
    {
        Database::Transaction tx(*ws.db);
        repo.create(sample(QStringLiteral("C004")));
        CHECK(repo.count() == 3);
        // No commit: the whole batch rolls back, audit rows included.
    }
    CHECK(repo.count() == 2);
    CHECK(auditRows(*ws.db) == rows);
}

TEST_CASE("a write that fails half way leaves nothing of itself behind, batched or not",
          "[audit][transaction]")
{
    sb::test::TempWorkspace ws;
    // Make the audit insert of one particular value fail after the customer row is written.
    ws.db->execute(QStringLiteral("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON audit_log "
                                  "WHEN NEW.new_value = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END"));
    CustomerRepository repo(*ws.db);
    Customer boom = sample(QStringLiteral("C009"));
    boom.name = QStringLiteral("boom");
    CHECK_THROWS_AS(repo.create(boom), Error);
    CHECK(repo.count() == 0);
    {
        Database::Transaction tx(*ws.db);
        repo.create(sample(QStringLiteral("C001")));
        CHECK_THROWS_AS(repo.create(boom), Error);
        repo.create(sample(QStringLiteral("C002")));
        tx.commit();
    }
    CHECK(repo.count() == 2);
    CHECK_FALSE(repo.findByCode(QStringLiteral("C009")));
    AuditFilter filter;
    filter.entity = QStringLiteral("customer");
    for (const AuditEntry &e : AuditLog::entries(*ws.db, filter))
        CHECK(e.newValue != QStringLiteral("C009"));
}
