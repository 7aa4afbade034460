// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/money.h"
#include "core/storage/consistencycheck.h"

#include <QSqlQuery>
#include <QVariantMap>

using sb::core::ConsistencyProblem;
using sb::core::Database;

namespace {

// Inserts a row with the bookkeeping columns filled in; column names come from
// the test, values are bound.
void insert(const Database &db, const QString &table, QVariantMap values)
{
    const QString now = QStringLiteral("2025-01-01T00:00:00.000Z");
    values.insert(QStringLiteral("created_at"), now);
    values.insert(QStringLiteral("updated_at"), now);
    values.insert(QStringLiteral("updated_by_office"), QStringLiteral("TEST"));
    const QStringList columns = values.keys();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q
        = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QString &column : columns)
        q.addBindValue(values.value(column));
    Database::exec(q, QStringLiteral("insert a test row"));
}

void execute(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    Database::exec(q, QStringLiteral("run a test statement"));
}

void addCustomer(const Database &db, const QString &id, const QString &code, bool deleted = false)
{
    insert(db, QStringLiteral("customers"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), code},
            {QStringLiteral("deleted"), deleted ? 1 : 0}});
}

void addOrder(const Database &db, const QString &id, const QString &number, sb::core::Money amount,
              const QVariant &contractAmount = {})
{
    insert(db, QStringLiteral("orders"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("customer_id"), QStringLiteral("c1")},
            {QStringLiteral("order_date"), QStringLiteral("2025-03-01")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("contract_amount"), contractAmount}});
}

void addLine(const Database &db, const QString &orderId, int lineNo, qint64 quantity, qint64 price,
             int discount, sb::core::Money amount)
{
    insert(db, QStringLiteral("order_lines"),
           {{QStringLiteral("id"), Database::newId()},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("line_no"), lineNo},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("unit_price"), price},
            {QStringLiteral("discount_bp"), discount},
            {QStringLiteral("amount"), amount}});
}

void addOpportunity(const Database &db, const QString &id, const QString &code, const QString &stage,
                    const QStringList &history, const QVariant &closedOn = {}, const QString &lostReason = {})
{
    insert(db, QStringLiteral("opportunities"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("customer_id"), QStringLiteral("c1")},
            {QStringLiteral("title"), code},
            {QStringLiteral("created_on"), QStringLiteral("2025-01-01")},
            {QStringLiteral("stage"), stage},
            {QStringLiteral("closed_on"), closedOn},
            {QStringLiteral("lost_reason"), lostReason.isNull() ? QStringLiteral("") : lostReason}});
    for (qsizetype i = 0; i < history.size(); ++i) {
        insert(db, QStringLiteral("stage_history"),
               {{QStringLiteral("id"), Database::newId()},
                {QStringLiteral("opportunity_id"), id},
                {QStringLiteral("from_stage"), i == 0 ? QVariant() : QVariant(history.at(i - 1))},
                {QStringLiteral("to_stage"), history.at(i)},
                {QStringLiteral("changed_at"),
                 QStringLiteral("2025-01-%1T08:00:00.000Z").arg(i + 1, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("changed_on"),
                 QStringLiteral("2025-01-%1").arg(i + 1, 2, 10, QLatin1Char('0'))}});
    }
}

void addTarget(const Database &db, const QString &id, const QString &period, const QString &kind,
               const QString &key, sb::core::Money amount, const QVariant &parent = {})
{
    insert(db, QStringLiteral("targets"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("period"), period},
            {QStringLiteral("scope_kind"), kind},
            {QStringLiteral("scope_key"), key.isNull() ? QStringLiteral("") : key},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("parent_id"), parent}});
}

QStringList lines(const QList<ConsistencyProblem> &problems)
{
    QStringList result;
    for (const ConsistencyProblem &problem : problems)
        result.append(problem.toString());
    return result;
}

struct Fixture
{
    sb::test::TempWorkspace ws;
    Fixture() { addCustomer(*ws.db, QStringLiteral("c1"), QStringLiteral("C001")); }
    QList<ConsistencyProblem> problems() const { return sb::core::findConsistencyProblems(*ws.db); }
};

} // namespace

TEST_CASE("a new workspace and consistent orders have no problems", "[consistency]")
{
    Fixture f;
    CHECK(f.problems().isEmpty());
    addOrder(*f.ws.db, QStringLiteral("o1"), QStringLiteral("SO-1"), 37033);
    // 3 × 123.4500 less 10 % = 333.315 → 333.32; 1 × 37.0100 = 37.01.
    addLine(*f.ws.db, QStringLiteral("o1"), 1, 3, 1234500, 1000, 33332);
    addLine(*f.ws.db, QStringLiteral("o1"), 2, 1, 370100, 0, 3701);
    addOrder(*f.ws.db, QStringLiteral("o2"), QStringLiteral("SO-2"), 50000, 50000); // contract only
    addOrder(*f.ws.db, QStringLiteral("o3"), QStringLiteral("SO-3"), 0); // empty draft
    CHECK(lines(f.problems()) == QStringList());
}

TEST_CASE("an order whose amount is not the sum of its lines is named by its number", "[consistency]")
{
    Fixture f;
    addOrder(*f.ws.db, QStringLiteral("o1"), QStringLiteral("SO-7"), 10000);
    addLine(*f.ws.db, QStringLiteral("o1"), 1, 2, 40000, 0, 800);
    addOrder(*f.ws.db, QStringLiteral("o2"), QStringLiteral("SO-8"), 500, 400);
    const auto problems = f.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).table == QStringLiteral("orders"));
    CHECK(problems.at(0).key == QStringLiteral("SO-7"));
    CHECK(problems.at(0).message.contains(QStringLiteral("8.00")));
    CHECK(problems.at(1).key == QStringLiteral("SO-8"));
    CHECK(problems.at(1).message.contains(QStringLiteral("4.00")));
}

TEST_CASE("line amounts follow the rounding rule, also for returns and half cents", "[consistency]")
{
    Fixture f;
    using sb::core::money::lineAmount;
    // 0.0050 rounds half away from zero: +0.01 and −0.01; a return of 3 × 1.2345 less 10 % is −3.33.
    const struct
    {
        qint64 q;
        qint64 p;
        int d;
    } cases[] = {{1, 50, 0}, {-1, 50, 0}, {-3, 12345, 1000}, {7, 99999, 333}};
    sb::core::Money total = 0;
    int lineNo = 0;
    for (const auto &c : cases)
        total += lineAmount(c.q, c.p, c.d);
    addOrder(*f.ws.db, QStringLiteral("o1"), QStringLiteral("SO-1"), total + 1);
    for (const auto &c : cases)
        addLine(*f.ws.db, QStringLiteral("o1"), ++lineNo, c.q, c.p, c.d, lineAmount(c.q, c.p, c.d));
    CHECK(lineAmount(1, 50, 0) == 1);
    CHECK(lineAmount(-1, 50, 0) == -1);
    // Only the order total is off: every line agrees with lineAmount.
    REQUIRE(f.problems().size() == 1);
    CHECK(f.problems().at(0).table == QStringLiteral("orders"));

    execute(*f.ws.db, QStringLiteral("UPDATE order_lines SET amount = amount + 1 WHERE line_no = 3"));
    const QStringList found = lines(f.problems());
    CHECK(found.contains(QStringLiteral("order_lines SO-1/3: amount -3.32 differs from -3.33 = quantity -3 "
                                        "× price 1.2345 less 1000 bp discount")));
}

TEST_CASE("an opportunity's stage must match its latest stage change", "[consistency]")
{
    Fixture f;
    addOpportunity(
        *f.ws.db, QStringLiteral("p1"), QStringLiteral("OPP-1"), QStringLiteral("proposal"),
        {QStringLiteral("initial_contact"), QStringLiteral("needs_confirmed"), QStringLiteral("proposal")});
    addOpportunity(*f.ws.db, QStringLiteral("p2"), QStringLiteral("OPP-2"), QStringLiteral("negotiation"),
                   {QStringLiteral("initial_contact"), QStringLiteral("needs_confirmed")});
    addOpportunity(*f.ws.db, QStringLiteral("p3"), QStringLiteral("OPP-3"), QStringLiteral("initial_contact"),
                   {});
    CHECK(lines(f.problems())
          == QStringList({QStringLiteral("opportunities OPP-2: stage is negotiation but its latest stage "
                                         "change is to needs_confirmed"),
                          QStringLiteral("opportunities OPP-3: has no stage history")}));
}

TEST_CASE("won and lost deals need a closing date, lost ones a reason", "[consistency]")
{
    Fixture f;
    // The second history row is dated 2025-01-02, the closing date of the deals below.
    addOpportunity(*f.ws.db, QStringLiteral("p1"), QStringLiteral("OPP-1"), QStringLiteral("won"),
                   {QStringLiteral("negotiation"), QStringLiteral("won")}, QStringLiteral("2025-01-02"));
    addOpportunity(*f.ws.db, QStringLiteral("p2"), QStringLiteral("OPP-2"), QStringLiteral("won"),
                   {QStringLiteral("negotiation"), QStringLiteral("won")});
    addOpportunity(*f.ws.db, QStringLiteral("p3"), QStringLiteral("OPP-3"), QStringLiteral("lost"),
                   {QStringLiteral("proposal"), QStringLiteral("lost")}, QStringLiteral("2025-01-02"));
    addOpportunity(*f.ws.db, QStringLiteral("p4"), QStringLiteral("OPP-4"), QStringLiteral("lost"),
                   {QStringLiteral("proposal"), QStringLiteral("lost")}, QStringLiteral("2025-01-02"),
                   QStringLiteral("价格"));
    const QStringList found = lines(f.problems());
    CHECK(found
          == QStringList({QStringLiteral("opportunities OPP-2: is won but has no closing date"),
                          QStringLiteral("opportunities OPP-3: is lost but has no lost reason")}));
}

TEST_CASE("a won or lost deal's change into that stage must be dated its closing date", "[consistency]")
{
    Fixture f;
    // History rows are dated 2025-01-01, 2025-01-02, …: the closing change of each
    // deal below is its second row, dated 2025-01-02.
    addOpportunity(*f.ws.db, QStringLiteral("p1"), QStringLiteral("OPP-1"), QStringLiteral("won"),
                   {QStringLiteral("negotiation"), QStringLiteral("won")}, QStringLiteral("2025-01-02"));
    addOpportunity(*f.ws.db, QStringLiteral("p2"), QStringLiteral("OPP-2"), QStringLiteral("won"),
                   {QStringLiteral("negotiation"), QStringLiteral("won")}, QStringLiteral("2025-03-15"));
    addOpportunity(*f.ws.db, QStringLiteral("p3"), QStringLiteral("OPP-3"), QStringLiteral("lost"),
                   {QStringLiteral("proposal"), QStringLiteral("lost")}, QStringLiteral("2024-12-31"),
                   QStringLiteral("价格"));
    // An open deal has no closing date to compare.
    addOpportunity(*f.ws.db, QStringLiteral("p4"), QStringLiteral("OPP-4"), QStringLiteral("proposal"),
                   {QStringLiteral("needs_confirmed"), QStringLiteral("proposal")});
    CHECK(lines(f.problems())
          == QStringList(
              {QStringLiteral("opportunities OPP-2: closing date 2025-03-15 differs from 2025-01-02, "
                              "the date of its stage change to won"),
               QStringLiteral("opportunities OPP-3: closing date 2024-12-31 differs from 2025-01-02, "
                              "the date of its stage change to lost")}));
}

TEST_CASE("a live row that refers to a deleted one is reported with both natural keys", "[consistency]")
{
    Fixture f;
    addCustomer(*f.ws.db, QStringLiteral("c2"), QStringLiteral("C002"), true);
    insert(*f.ws.db, QStringLiteral("orders"),
           {{QStringLiteral("id"), QStringLiteral("o1")},
            {QStringLiteral("number"), QStringLiteral("SO-1")},
            {QStringLiteral("customer_id"), QStringLiteral("c2")},
            {QStringLiteral("order_date"), QStringLiteral("2025-03-01")}});
    // A deleted order may keep pointing at a deleted customer.
    insert(*f.ws.db, QStringLiteral("orders"),
           {{QStringLiteral("id"), QStringLiteral("o2")},
            {QStringLiteral("number"), QStringLiteral("SO-2")},
            {QStringLiteral("customer_id"), QStringLiteral("c2")},
            {QStringLiteral("order_date"), QStringLiteral("2025-03-01")},
            {QStringLiteral("deleted"), 1}});
    CHECK(lines(f.problems())
          == QStringList(
              {QStringLiteral("orders SO-1: customer_id refers to customers C002, which is deleted")}));
}

TEST_CASE("natural keys must be unique among live rows even without the index", "[consistency]")
{
    Fixture f;
    execute(*f.ws.db, QStringLiteral("DROP INDEX opportunities_code"));
    addOpportunity(*f.ws.db, QStringLiteral("p1"), QStringLiteral("OPP-1"), QStringLiteral("initial_contact"),
                   {QStringLiteral("initial_contact")});
    addOpportunity(*f.ws.db, QStringLiteral("p2"), QStringLiteral("OPP-2"), QStringLiteral("initial_contact"),
                   {QStringLiteral("initial_contact")});
    CHECK(f.problems().isEmpty());
    execute(*f.ws.db, QStringLiteral("UPDATE opportunities SET code = ? WHERE id = ?"),
            {QStringLiteral("OPP-1"), QStringLiteral("p2")});
    const auto problems = f.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).table == QStringLiteral("opportunities"));
    CHECK(problems.at(0).key == QStringLiteral("OPP-1"));
    CHECK(problems.at(0).message.contains(QStringLiteral("2")));
    // A tombstoned duplicate is allowed (its history goes with it).
    execute(*f.ws.db, QStringLiteral("UPDATE opportunities SET deleted = 1 WHERE id = ?"),
            {QStringLiteral("p2")});
    execute(*f.ws.db, QStringLiteral("UPDATE stage_history SET deleted = 1 WHERE opportunity_id = ?"),
            {QStringLiteral("p2")});
    CHECK(f.problems().isEmpty());
}

TEST_CASE("target children add up to their parent, each split on its own", "[consistency]")
{
    Fixture f;
    addTarget(*f.ws.db, QStringLiteral("y"), QStringLiteral("2025"), QStringLiteral("company"), {}, 100000);
    const qint64 quarters[] = {20000, 30000, 25000, 25000};
    for (int i = 0; i < 4; ++i)
        addTarget(*f.ws.db, QStringLiteral("q%1").arg(i), QStringLiteral("2025-Q%1").arg(i + 1),
                  QStringLiteral("company"), {}, quarters[i], QStringLiteral("y"));
    addTarget(*f.ws.db, QStringLiteral("t1"), QStringLiteral("2025"), QStringLiteral("team"),
              QStringLiteral("T1"), 60000, QStringLiteral("y"));
    addTarget(*f.ws.db, QStringLiteral("t2"), QStringLiteral("2025"), QStringLiteral("team"),
              QStringLiteral("T2"), 40000, QStringLiteral("y"));
    CHECK(f.problems().isEmpty());

    execute(*f.ws.db, QStringLiteral("UPDATE targets SET amount = 39999 WHERE id = ?"),
            {QStringLiteral("t2")});
    const auto problems = f.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).table == QStringLiteral("targets"));
    CHECK(problems.at(0).key == QStringLiteral("2025/company"));
    CHECK(problems.at(0).message.contains(QStringLiteral("team")));
    CHECK(problems.at(0).message.contains(QStringLiteral("999.99")));
}
