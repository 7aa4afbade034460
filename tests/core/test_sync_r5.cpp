// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/synctestsupport.h"
#include "support/testsupport.h"

#include "core/exchange/syncstate.h"
#include "core/storage/consistencycheck.h"
#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

#include <QThread>

#include <functional>
#include <set>
#include <tuple>

// quality.md R5: office sync. A exports, B imports twice, both edit the same and
// different records, exchange both ways → the second import changes nothing;
// both offices end with the same data; every same-record conflict is listed.

using namespace sb::core;
using sb::test::Offices;

namespace {

struct Records
{
    QString x; ///< customer: A renames it, B changes its phone (same record, different fields)
    QString y; ///< customer: both rename it (same field)
    QString z; ///< customer: only A edits it
    QString w; ///< customer: B edits it, then A deletes it
    QString product; ///< only B edits it
    QString order; ///< A edits line 1, B line 2
    QString deal; ///< both move its stage
};

QString customer(Database &db, const QString &code)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("Customer ") + code;
    c.phone = QStringLiteral("010 0000 0000");
    return CustomerRepository(db).create(c).meta.id;
}

Records seed(Database &db)
{
    Records r;
    r.x = customer(db, QStringLiteral("C-X"));
    r.y = customer(db, QStringLiteral("C-Y"));
    r.z = customer(db, QStringLiteral("C-Z"));
    r.w = customer(db, QStringLiteral("C-W"));
    Product p;
    p.sku = QStringLiteral("SKU-1");
    p.name = QStringLiteral("Sensor");
    p.unitPrice = 12345;
    p.stockOnHand = 50;
    r.product = ProductRepository(db).create(p).meta.id;
    Order o;
    o.number = QStringLiteral("SO-1");
    o.customerId = r.x;
    o.orderDate = QDate(2025, 3, 1);
    for (int n = 1; n <= 2; ++n) {
        OrderLine line;
        line.lineNo = n;
        line.quantity = n;
        line.unitPrice = 12345;
        line.productId = r.product;
        o.lines.append(line);
    }
    r.order = OrderRepository(db).create(o).meta.id;
    Opportunity deal;
    deal.code = QStringLiteral("O-1");
    deal.customerId = r.y;
    deal.title = QStringLiteral("Pilot");
    deal.createdOn = QDate(2025, 2, 1);
    r.deal = OpportunityRepository(db).create(deal).meta.id;
    return r;
}

void later()
{
    QThread::msleep(3); // the next change gets a later updated_at
}

void editCustomer(Database &db, const QString &id, const std::function<void(Customer &)> &change)
{
    CustomerRepository repo(db);
    std::optional<Customer> c = repo.findById(id);
    REQUIRE(c.has_value());
    change(*c);
    repo.update(*c);
    later();
}

void editOrderLine(Database &db, const QString &id, int lineNo, qint64 quantity)
{
    OrderRepository repo(db);
    std::optional<Order> o = repo.findById(id);
    REQUIRE(o.has_value());
    for (OrderLine &line : o->lines) {
        if (line.lineNo == lineNo)
            line.quantity = quantity;
    }
    repo.update(*o);
    later();
}

// A conflict as both offices must list it: the record and field, the kept
// office, and the two values in a fixed order (the winner's first).
using ConflictKey = std::tuple<QString, QString, QString, QString, QString, QString>;

std::set<ConflictKey> listed(const Database &db)
{
    std::set<ConflictKey> keys;
    for (const SyncConflict &c : syncConflicts(db)) {
        const bool localKept = c.winnerOffice == db.officeId();
        const QString local = c.localValue.value_or(QStringLiteral("\\N"));
        const QString remote = c.remoteValue.value_or(QStringLiteral("\\N"));
        keys.insert({c.entity, c.recordId, c.field, c.winnerOffice, localKept ? local : remote,
                     localKept ? remote : local});
    }
    return keys;
}

std::set<std::pair<QString, QString>> recordsWithConflicts(const Database &db)
{
    std::set<std::pair<QString, QString>> records;
    for (const SyncConflict &c : syncConflicts(db))
        records.insert({c.recordId, c.field});
    return records;
}

} // namespace

TEST_CASE("R5: two offices editing the same and different records end with the same data and list every "
          "conflict",
          "[sync][r5]")
{
    Offices o;
    const Records r = seed(o.dbA());

    // A exports, B imports twice: the second import changes nothing at all.
    const QString first = o.send(o.dbA(), o.dbB());
    const SyncImportResult once = importSyncPackage(o.dbB(), first);
    CHECK(once.committed);
    const QString afterFirst = sb::test::dumpTables(o.dbB());
    const SyncImportResult twice = importSyncPackage(o.dbB(), first);
    CHECK(twice.alreadyImported);
    CHECK_FALSE(twice.committed);
    CHECK(sb::test::dumpTables(o.dbB()) == afterFirst);
    CHECK(sb::test::officeDump(o.dbB()) == sb::test::officeDump(o.dbA()));

    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    // Both offices edit, interleaved in time so that each side wins some conflicts.
    editCustomer(o.dbB(), r.w, [](Customer &c) { c.phone = QStringLiteral("021 7777 7777"); });
    editCustomer(o.dbA(), r.y, [](Customer &c) { c.name = QStringLiteral("Yellow (A)"); });
    editCustomer(o.dbA(), r.x, [](Customer &c) { c.name = QStringLiteral("Xavier Group"); });
    editCustomer(o.dbB(), r.x, [](Customer &c) { c.phone = QStringLiteral("021 5555 0000"); });
    editCustomer(o.dbA(), r.z, [](Customer &c) { c.city = QStringLiteral("Hangzhou"); });
    {
        ProductRepository repo(o.dbB());
        Product p = *repo.findById(r.product);
        p.name = QStringLiteral("Sensor v2");
        repo.update(p);
        later();
    }
    editOrderLine(o.dbA(), r.order, 1, 10);
    editOrderLine(o.dbB(), r.order, 2, 20);
    OpportunityRepository(o.dbA()).moveStage(r.deal, Stage::NeedsConfirmed);
    later();
    OpportunityRepository(o.dbB()).moveStage(r.deal, Stage::Lost, QStringLiteral("Budget"));
    later();
    editCustomer(o.dbB(), r.y, [](Customer &c) { c.name = QStringLiteral("Yellow (B)"); });
    CustomerRepository(o.dbA()).remove(r.w);
    later();

    // Exchange both ways, then once more so that each office has the other's merges.
    o.exchange(simultaneous);
    o.exchange(simultaneous);

    // Both offices hold the same data: every table but the per-office ones, every column.
    CHECK(sb::test::officeDump(o.dbA()) == sb::test::officeDump(o.dbB()));
    for (Database *db : {&o.dbA(), &o.dbB()}) {
        QStringList problems;
        for (const ConsistencyProblem &p : findConsistencyProblems(*db))
            problems.append(p.toString());
        INFO(problems.join(QStringLiteral("; ")));
        CHECK(problems.isEmpty());
        const std::optional<Customer> x = CustomerRepository(*db).findById(r.x);
        REQUIRE(x.has_value());
        CHECK(x->name == QStringLiteral("Xavier Group"));
        CHECK(x->phone == QStringLiteral("021 5555 0000"));
        CHECK(CustomerRepository(*db).findById(r.y)->name == QStringLiteral("Yellow (B)"));
        CHECK(CustomerRepository(*db).findById(r.z)->city == QStringLiteral("Hangzhou"));
        CHECK_FALSE(CustomerRepository(*db).findById(r.w).has_value()); // the deletion was later
        CHECK(ProductRepository(*db).findById(r.product)->name == QStringLiteral("Sensor v2"));
        CHECK(OpportunityRepository(*db).findById(r.deal)->stage == Stage::Lost);
    }

    // Every same-record conflict is listed in both offices, resolved the same way.
    const std::set<ConflictKey> atA = listed(o.dbA());
    const std::set<ConflictKey> atB = listed(o.dbB());
    CHECK(atA == atB);
    const QString officeA = o.dbA().officeId();
    const QString officeB = o.dbB().officeId();
    CHECK(atA.count(ConflictKey{QStringLiteral("customer"), r.y, QStringLiteral("name"), officeB,
                                QStringLiteral("Yellow (B)"), QStringLiteral("Yellow (A)")})
          == 1);
    CHECK(atA.count(ConflictKey{QStringLiteral("customer"), r.w, QStringLiteral("deleted"), officeA,
                                QStringLiteral("1"), QStringLiteral("0")})
          == 1);
    CHECK(atA.count(ConflictKey{QStringLiteral("customer"), r.w, QStringLiteral("phone"), officeA,
                                QStringLiteral("010 0000 0000"), QStringLiteral("021 7777 7777")})
          == 1);
    CHECK(atA.count(ConflictKey{QStringLiteral("opportunity"), r.deal, QStringLiteral("stage"), officeB,
                                QStringLiteral("lost"), QStringLiteral("needs_confirmed")})
          == 1);
    // Different fields and different records merge without a conflict; an order's
    // amount follows its lines and is no conflict either.
    for (Database *db : {&o.dbA(), &o.dbB()}) {
        const auto records = recordsWithConflicts(*db);
        for (const QString &id : {r.x, r.z, r.product, r.order}) {
            for (const auto &[record, field] : records)
                CHECK_FALSE(record == id);
        }
    }

    // Importing the last package again changes nothing; another exchange carries nothing.
    const QString again = o.send(o.dbA(), o.dbB());
    const SyncImportResult last = importSyncPackage(o.dbB(), again);
    CHECK(last.rows == 0);
    const QString before = sb::test::dumpTables(o.dbB());
    CHECK(importSyncPackage(o.dbB(), again).alreadyImported);
    CHECK(sb::test::dumpTables(o.dbB()) == before);
    for (const SyncImportResult &result : o.exchange(simultaneous)) {
        CHECK(result.rows == 0);
        CHECK(result.conflicts.isEmpty());
    }
    CHECK(listed(o.dbA()) == atA);
    CHECK(listed(o.dbB()) == atB);
}
