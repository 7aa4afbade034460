// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/synctestsupport.h"
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/domain/money.h"
#include "core/exchange/syncmerge.h"
#include "core/exchange/syncstate.h"
#include "core/storage/consistencycheck.h"
#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <functional>

// Values that other records determine — an order's amount (its lines), a line's
// amount (quantity × price less discount), a product's stock (the deliveries
// that took from it), an opportunity's stage (its latest stage change) — stay
// right after packages carrying edits from both offices are merged.

using namespace sb::core;
using sb::test::Offices;

namespace {

QStringList problems(const Database &db)
{
    QStringList lines;
    for (const ConsistencyProblem &p : findConsistencyProblems(db))
        lines.append(p.toString());
    return lines;
}

struct Shop
{
    QString customer;
    QString product;
    QString order;
};

// A customer, a product with 100 in stock, and one confirmed order with two lines of it.
Shop seedShop(Database &db)
{
    Shop s;
    Customer c;
    c.code = QStringLiteral("C-1");
    c.name = QStringLiteral("Acme");
    s.customer = CustomerRepository(db).create(c).meta.id;
    Product p;
    p.sku = QStringLiteral("SKU-1");
    p.name = QStringLiteral("Sensor");
    p.unitPrice = 12345;
    p.stockOnHand = 100;
    s.product = ProductRepository(db).create(p).meta.id;
    Order o;
    o.number = QStringLiteral("SO-1");
    o.customerId = s.customer;
    o.orderDate = QDate(2025, 3, 1);
    for (int n = 1; n <= 2; ++n) {
        OrderLine line;
        line.lineNo = n;
        line.quantity = n * 3;
        line.unitPrice = 12345;
        line.productId = s.product;
        o.lines.append(line);
    }
    s.order = OrderRepository(db).create(o).meta.id;
    return s;
}

void editOrder(Database &db, const QString &id, const std::function<void(Order &)> &change)
{
    OrderRepository repo(db);
    std::optional<Order> o = repo.findById(id);
    REQUIRE(o.has_value());
    change(*o);
    repo.update(*o);
    QThread::msleep(3); // the next change gets a later updated_at
}

OrderLine &lineNo(Order &o, int n)
{
    for (OrderLine &line : o.lines) {
        if (line.lineNo == n)
            return line;
    }
    FAIL("no line " << n);
    return o.lines.first();
}

Money storedOrderAmount(const Database &db, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT amount FROM orders WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Money sumOfLines(const Database &db, const QString &orderId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(amount), 0) FROM order_lines WHERE order_id = ? AND deleted = 0"));
    q.addBindValue(orderId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void requireSameAndConsistent(Offices &o)
{
    INFO("A: " << problems(o.dbA()).join(QStringLiteral("; ")));
    INFO("B: " << problems(o.dbB()).join(QStringLiteral("; ")));
    CHECK(problems(o.dbA()).isEmpty());
    CHECK(problems(o.dbB()).isEmpty());
    CHECK(sb::test::officeDump(o.dbA()) == sb::test::officeDump(o.dbB()));
}

} // namespace

TEST_CASE("Edits to different lines of one order in both offices leave its amount the sum of its lines",
          "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    editOrder(o.dbA(), s.order, [](Order &x) { lineNo(x, 1).quantity = 10; });
    editOrder(o.dbB(), s.order, [](Order &x) { lineNo(x, 2).quantity = 20; });
    const QList<SyncImportResult> results = o.exchange(simultaneous);
    // The amount follows the lines; it is not a field either office chose, so not a conflict.
    for (const SyncImportResult &r : results)
        CHECK(r.conflicts.isEmpty());
    if (!simultaneous)
        importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB())); // B receives A's merge

    const Money expected = money::lineAmount(10, 12345, 0) + money::lineAmount(20, 12345, 0);
    for (Database *db : {&o.dbA(), &o.dbB()}) {
        CHECK(sumOfLines(*db, s.order) == expected);
        CHECK(storedOrderAmount(*db, s.order) == expected);
    }
    requireSameAndConsistent(o);
}

TEST_CASE("A line one office re-priced and the other discounted gets the amount of both changes",
          "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    editOrder(o.dbA(), s.order, [](Order &x) { lineNo(x, 1).quantity = 7; });
    editOrder(o.dbB(), s.order, [](Order &x) { lineNo(x, 1).discount = 1000; });
    o.exchange(simultaneous);
    if (!simultaneous)
        importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));

    for (Database *db : {&o.dbA(), &o.dbB()}) {
        std::optional<Order> x = OrderRepository(*db).findById(s.order);
        REQUIRE(x.has_value());
        const OrderLine &first = lineNo(*x, 1);
        CHECK(first.quantity == 7);
        CHECK(first.discount == 1000);
        CHECK(first.amount == money::lineAmount(7, 12345, 1000));
        CHECK(x->amount == money::lineAmount(7, 12345, 1000) + money::lineAmount(6, 12345, 0));
    }
    requireSameAndConsistent(o);
}

TEST_CASE("A line added in one office and lines edited in the other both count in the order amount",
          "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    editOrder(o.dbA(), s.order,
              [](Order &x) { x.lines.removeIf([](const OrderLine &l) { return l.lineNo == 2; }); });
    editOrder(o.dbB(), s.order, [](Order &x) { lineNo(x, 1).unitPrice = 20000; });
    o.exchange(simultaneous);
    if (!simultaneous)
        importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));

    for (Database *db : {&o.dbA(), &o.dbB()})
        CHECK(storedOrderAmount(*db, s.order) == money::lineAmount(3, 20000, 0));
    requireSameAndConsistent(o);
}

TEST_CASE("Deliveries from the same stock in both offices are both taken off it", "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    // A second order of the same product, so each office can deliver one.
    Order second;
    second.number = QStringLiteral("SO-2");
    second.customerId = s.customer;
    second.orderDate = QDate(2025, 3, 2);
    OrderLine line;
    line.lineNo = 1;
    line.quantity = 5;
    line.unitPrice = 12345;
    line.productId = s.product;
    second.lines.append(line);
    const QString secondId = OrderRepository(o.dbA()).create(second).meta.id;
    for (const QString &id : {s.order, secondId})
        OrderRepository(o.dbA()).setStatus(id, OrderStatus::Confirmed);
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    OrderRepository(o.dbA()).setStatus(s.order, OrderStatus::Delivered); // takes 3 + 6
    QThread::msleep(3);
    OrderRepository(o.dbB()).setStatus(secondId, OrderStatus::Delivered); // takes 5
    const QList<SyncImportResult> results = o.exchange(simultaneous);
    for (const SyncImportResult &r : results)
        CHECK(r.conflicts.isEmpty()); // both deliveries count: nothing was lost
    if (!simultaneous)
        importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));

    for (Database *db : {&o.dbA(), &o.dbB()})
        CHECK(ProductRepository(*db).findById(s.product)->stockOnHand == 100 - 9 - 5);
    requireSameAndConsistent(o);

    // Another round changes nothing: the combined stock is not applied twice.
    o.exchange(true);
    o.exchange(false);
    for (Database *db : {&o.dbA(), &o.dbB()})
        CHECK(ProductRepository(*db).findById(s.product)->stockOnHand == 86);
    requireSameAndConsistent(o);
}

TEST_CASE("Stage moves in both offices leave the opportunity in the stage of its latest change",
          "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    Opportunity deal;
    deal.code = QStringLiteral("O-1");
    deal.customerId = s.customer;
    deal.title = QStringLiteral("Pilot");
    deal.createdOn = QDate(2025, 2, 1);
    const QString dealId = OpportunityRepository(o.dbA()).create(deal).meta.id;
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    // A moves the deal first, B later marks it lost; A's title edit comes last, so
    // A's record is the newer one although B's stage change is the latest change.
    OpportunityRepository(o.dbA()).moveStage(dealId, Stage::NeedsConfirmed);
    QThread::msleep(3);
    OpportunityRepository(o.dbB()).moveStage(dealId, Stage::Lost, QStringLiteral("Price"),
                                             QStringLiteral("Rival Inc"));
    QThread::msleep(3);
    {
        OpportunityRepository repo(o.dbA());
        Opportunity x = *repo.findById(dealId);
        x.title = QStringLiteral("Pilot, phase 1");
        repo.update(x);
    }
    const QList<SyncImportResult> results = o.exchange(simultaneous);
    if (!simultaneous)
        importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));

    for (Database *db : {&o.dbA(), &o.dbB()}) {
        const std::optional<Opportunity> x = OpportunityRepository(*db).findById(dealId);
        REQUIRE(x.has_value());
        CHECK(x->title == QStringLiteral("Pilot, phase 1"));
        CHECK(x->stage == Stage::Lost);
        CHECK(x->lostReason == QStringLiteral("Price"));
        CHECK(x->lostCompetitor == QStringLiteral("Rival Inc"));
        CHECK(x->probability == stage::defaultProbability(Stage::Lost));
        CHECK(OpportunityRepository(*db).history(dealId).size() == 3); // creation and both moves
    }
    // The losing move is listed: the stage both offices changed.
    bool listed = false;
    for (const SyncImportResult &r : results) {
        for (const SyncConflict &c : r.conflicts)
            listed = listed || (c.field == QStringLiteral("stage") && c.winnerOffice == o.dbB().officeId());
    }
    CHECK(listed);
    requireSameAndConsistent(o);
}

TEST_CASE(
    "A move and back in one office, later than the other office's move, keeps the stage it went back to",
    "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    Opportunity deal;
    deal.code = QStringLiteral("O-1");
    deal.customerId = s.customer;
    deal.title = QStringLiteral("Pilot");
    deal.createdOn = QDate(2025, 2, 1);
    const QString dealId = OpportunityRepository(o.dbA()).create(deal).meta.id;
    OpportunityRepository(o.dbA()).moveStage(dealId, Stage::Proposal);
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    // B ends where both started, so only A's record differs from the common state;
    // B's move back is still the latest change.
    OpportunityRepository(o.dbA()).moveStage(dealId, Stage::Negotiation);
    QThread::msleep(3);
    OpportunityRepository(o.dbB()).moveStage(dealId, Stage::Negotiation);
    QThread::msleep(3);
    OpportunityRepository(o.dbB()).moveStage(dealId, Stage::Proposal);
    QThread::msleep(3);
    o.exchange(simultaneous);
    o.exchange(simultaneous);

    for (Database *db : {&o.dbA(), &o.dbB()}) {
        CHECK(OpportunityRepository(*db).findById(dealId)->stage == Stage::Proposal);
        CHECK(OpportunityRepository(*db).history(dealId).size() == 5);
        bool listed = false;
        for (const SyncConflict &c : syncConflicts(*db))
            listed = listed || (c.recordId == dealId && c.field == QStringLiteral("stage"));
        CHECK(listed); // A's move lost
    }
    requireSameAndConsistent(o);
}

TEST_CASE("Lines added to the same order in both offices both stay, numbered apart", "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    auto addLine = [&](Database &db, qint64 quantity) {
        editOrder(db, s.order, [&](Order &x) {
            OrderLine line;
            line.quantity = quantity;
            line.unitPrice = 10000;
            line.productId = s.product;
            x.lines.append(line); // numbered after the highest: 3 in both offices
        });
    };
    addLine(o.dbA(), 4);
    addLine(o.dbB(), 7);
    o.exchange(simultaneous);
    if (!simultaneous)
        importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));

    for (Database *db : {&o.dbA(), &o.dbB()}) {
        const std::optional<Order> x = OrderRepository(*db).findById(s.order);
        REQUIRE(x.has_value());
        CHECK(x->lines.size() == 4);
    }
    requireSameAndConsistent(o);
}

TEST_CASE("Random edits of orders, lines, stock and stages in both offices converge and pass the check",
          "[sync][derived]")
{
    Offices o;
    const Shop s = seedShop(o.dbA());
    QStringList orders = {s.order};
    for (int n = 2; n <= 3; ++n) {
        Order x = *OrderRepository(o.dbA()).findById(s.order);
        x.meta = {};
        x.number = QStringLiteral("SO-%1").arg(n);
        for (OrderLine &line : x.lines)
            line.meta = {};
        orders.append(OrderRepository(o.dbA()).create(x).meta.id);
    }
    Opportunity deal;
    deal.code = QStringLiteral("O-1");
    deal.customerId = s.customer;
    deal.title = QStringLiteral("Pilot");
    deal.createdOn = QDate(2025, 2, 1);
    const QString dealId = OpportunityRepository(o.dbA()).create(deal).meta.id;
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()));

    // Seed 12 moves the deal back and forth in one office while the other moves it once.
    const quint32 seed = GENERATE(1u, 2u, 3u, 12u);
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(seed, simultaneous);
    QRandomGenerator random(seed);
    for (int round = 0; round < 3; ++round) {
        for (int edit = 0; edit < 8; ++edit) {
            Database &db = random.bounded(2) == 0 ? o.dbA() : o.dbB();
            const QString order = orders[random.bounded(int(orders.size()))];
            const int pick = random.bounded(100);
            try {
                switch (random.bounded(9)) {
                case 0:
                    editOrder(db, order,
                              [&](Order &x) { x.lines[pick % x.lines.size()].quantity = 1 + pick % 20; });
                    break;
                case 1:
                    editOrder(db, order,
                              [&](Order &x) { x.lines[pick % x.lines.size()].discount = pick * 30; });
                    break;
                case 2:
                    editOrder(db, order, [&](Order &x) {
                        OrderLine line;
                        line.quantity = 1 + pick % 9;
                        line.unitPrice = 5000 + pick;
                        line.productId = s.product;
                        x.lines.append(line);
                    });
                    break;
                case 3:
                    editOrder(db, order, [&](Order &x) {
                        if (x.lines.size() > 1)
                            x.lines.removeAt(pick % x.lines.size());
                    });
                    break;
                case 4:
                    editOrder(db, order,
                              [&](Order &x) { x.notes = QStringLiteral("n%1-%2").arg(round).arg(edit); });
                    break;
                case 5: {
                    const OrderStatus now = OrderRepository(db).findById(order)->status;
                    const OrderStatus next
                        = now == OrderStatus::Draft ? OrderStatus::Confirmed : OrderStatus::Delivered;
                    OrderRepository(db).setStatus(order, next);
                    QThread::msleep(3);
                    break;
                }
                case 6: {
                    const QList<Stage> stages
                        = {Stage::NeedsConfirmed, Stage::Proposal, Stage::Negotiation, Stage::Lost};
                    OpportunityRepository(db).moveStage(dealId, stages[pick % stages.size()],
                                                        QStringLiteral("Price"));
                    QThread::msleep(3);
                    break;
                }
                case 7: {
                    OpportunityRepository repo(db);
                    Opportunity x = *repo.findById(dealId);
                    x.title = QStringLiteral("t%1-%2").arg(round).arg(edit);
                    repo.update(x);
                    QThread::msleep(3);
                    break;
                }
                default: {
                    ProductRepository repo(db);
                    Product p = *repo.findById(s.product);
                    p.stockOnHand += pick - 50;
                    repo.update(p);
                    QThread::msleep(3);
                }
                }
            } catch (const Error &) {
                // A move the workflow refuses (a closed deal, a delivered order): no edit this time.
            }
        }
        o.exchange(simultaneous);
    }
    o.exchange(false);
    requireSameAndConsistent(o);
    for (const SyncImportResult &r : o.exchange(true))
        CHECK(r.rows == 0);
    CHECK(o.dbA().integrityProblems().isEmpty());
    CHECK(o.dbB().integrityProblems().isEmpty());
}

TEST_CASE("The merge rule adds counters, keeps derived values out of conflicts and moves groups whole",
          "[sync][derived]")
{
    const QStringList columns = {QStringLiteral("id"),         QStringLiteral("stock"),
                                 QStringLiteral("amount"),     QStringLiteral("stage"),
                                 QStringLiteral("reason"),     QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("updated_by_office"),
                                 QStringLiteral("version"),    QStringLiteral("deleted")};
    const auto meta = syncpackage::MetaColumns::of(columns, QStringLiteral("t"));
    syncmerge::ColumnRules rules;
    rules.counters = {1};
    rules.derived = {2};
    rules.group = {3, 4};
    auto row = [](const char *stock, const char *amount, const char *stage, const char *reason,
                  const char *at, const char *office) {
        return syncpackage::Values{QStringLiteral("r1"),      QString::fromUtf8(stock),
                                   QString::fromUtf8(amount), QString::fromUtf8(stage),
                                   QString::fromUtf8(reason), QStringLiteral("2025-01-01T00:00:00.000Z"),
                                   QString::fromUtf8(at),     QString::fromUtf8(office),
                                   QStringLiteral("2"),       QStringLiteral("0")};
    };
    const auto base = row("100", "500", "proposal", "", "2025-01-01T00:00:00.000Z", "A");
    const auto inA = row("91", "700", "negotiation", "", "2025-01-02T00:00:00.000Z", "A");
    const auto inB = row("95", "650", "lost", "Price", "2025-01-03T00:00:00.000Z", "B");

    const auto atA = syncmerge::merge(columns, meta, inA, inB, base, rules);
    const auto atB = syncmerge::merge(columns, meta, inB, inA, base, rules);
    CHECK(atA.values == atB.values);
    CHECK(atA.values[1] == QStringLiteral("86")); // 100 − 9 − 5
    CHECK(atA.values[2] == QStringLiteral("650")); // the newer side's, to be computed afresh
    CHECK(atA.values[3] == QStringLiteral("lost"));
    CHECK(atA.values[4] == QStringLiteral("Price"));
    QStringList fields;
    for (const syncmerge::FieldConflict &c : atA.conflicts)
        fields.append(columns[c.column]);
    CHECK(fields == QStringList{QStringLiteral("stage")}); // stock added up, amount derived

    // A side named for the group takes it whole, the older side's values included,
    // and whatever the other side changed there is listed as lost.
    syncmerge::ColumnRules towardA = rules;
    towardA.groupFromRemote = false;
    const auto keepA = syncmerge::merge(columns, meta, inA, inB, base, towardA);
    CHECK(keepA.values[3] == QStringLiteral("negotiation"));
    CHECK(keepA.values[4] == QString());
    fields.clear();
    for (const syncmerge::FieldConflict &c : keepA.conflicts) {
        fields.append(columns[c.column]);
        CHECK(c.winnerOffice == QStringLiteral("A"));
    }
    CHECK(fields == QStringList{QStringLiteral("stage"), QStringLiteral("reason")});

    // Without a known common state a counter cannot be added up: the newer value wins, listed.
    const auto blind = syncmerge::merge(columns, meta, inA, inB, std::nullopt, rules);
    CHECK(blind.values[1] == QStringLiteral("95"));
}
