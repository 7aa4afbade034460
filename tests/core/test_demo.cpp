// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/domain/error.h"
#include "core/domain/money.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

using sb::core::DemoOptions;
using sb::core::Error;

namespace {

const QDate kToday(2025, 3, 15);

DemoOptions options(quint64 seed = 7, QDate today = kToday, const QString &scale = QStringLiteral("small"))
{
    DemoOptions o;
    o.seed = seed;
    o.today = today;
    o.scale = scale;
    return o;
}

QVariant scalar(const sb::core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

qint64 count(const sb::core::Database &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

// Every table and index with its definition.
QString schema(const sb::core::Database &db)
{
    return scalar(db,
                  QStringLiteral("SELECT group_concat(name || ':' || sql, ';') FROM "
                                 "(SELECT name, sql FROM sqlite_master ORDER BY name)"))
        .toString();
}

const QStringList kBusinessTables = {
    QStringLiteral("teams"),
    QStringLiteral("commission_plans"),
    QStringLiteral("commission_tiers"),
    QStringLiteral("reps"),
    QStringLiteral("channels"),
    QStringLiteral("channel_share_rules"),
    QStringLiteral("customers"),
    QStringLiteral("contacts"),
    QStringLiteral("products"),
    QStringLiteral("lost_reasons"),
    QStringLiteral("opportunities"),
    QStringLiteral("stage_history"),
    QStringLiteral("activities"),
    QStringLiteral("orders"),
    QStringLiteral("order_lines"),
    QStringLiteral("contract_checks"),
    QStringLiteral("targets"),
    QStringLiteral("tickets"),
    QStringLiteral("promotions"),
    QStringLiteral("promotion_products"),
    QStringLiteral("period_costs"),
};

qint64 rows(const sb::core::Database &db, const QString &table)
{
    // Table names come from the constant list above.
    return count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

} // namespace

TEST_CASE("the small demo fills every business table and marks the workspace as a demo", "[demo]")
{
    sb::test::TempWorkspace ws;
    const sb::core::DemoSummary summary = sb::core::generateDemo(*ws.db, options());
    for (const QString &table : kBusinessTables) {
        INFO(table.toStdString());
        CHECK(rows(*ws.db, table) > 0);
    }
    CHECK(summary.customers == rows(*ws.db, QStringLiteral("customers")));
    CHECK(summary.opportunities == rows(*ws.db, QStringLiteral("opportunities")));
    CHECK(summary.orders == rows(*ws.db, QStringLiteral("orders")));
    CHECK(summary.orderLines == rows(*ws.db, QStringLiteral("order_lines")));
    CHECK(summary.tickets == rows(*ws.db, QStringLiteral("tickets")));
    CHECK(summary.customers == 300);
    CHECK(summary.opportunities == 1500);
    CHECK(summary.orderLines == 4000);

    CHECK(ws.db->officeId() == QStringLiteral("DEMO0001"));
    CHECK(ws.db->numberPrefix() == QStringLiteral("DEMO"));
    CHECK(ws.db->setting(QStringLiteral("is_demo")) == QStringLiteral("1"));
    CHECK(ws.db->setting(QStringLiteral("demo_seed")) == QStringLiteral("7"));
    CHECK(ws.db->setting(QStringLiteral("demo_today")) == QStringLiteral("2025-03-15"));
    CHECK(ws.db->setting(QStringLiteral("demo_scale")) == QStringLiteral("small"));
    CHECK(count(*ws.db, QStringLiteral("SELECT count(*) FROM orders WHERE number NOT LIKE 'DEMO-%'")) == 0);
    // Every record carries the sync metadata.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM orders WHERE updated_by_office <> 'DEMO0001' "
                               "OR updated_at < created_at OR length(id) <> 36"))
          == 0);
    // The schema is the one every workspace has, and the journal is WAL again.
    sb::test::TempWorkspace fresh;
    CHECK(schema(*ws.db) == schema(*fresh.db));
    CHECK(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    // The data survive closing and reopening the workspace.
    ws.reopen();
    CHECK(rows(*ws.db, QStringLiteral("order_lines")) == 4000);
}

TEST_CASE("the same seed and today give identical demo data, another seed different data", "[demo]")
{
    sb::test::TempWorkspace a;
    sb::test::TempWorkspace b;
    sb::test::TempWorkspace c;
    sb::core::generateDemo(*a.db, options(42));
    sb::core::generateDemo(*b.db, options(42));
    sb::core::generateDemo(*c.db, options(43));
    const QString dumpA = sb::test::dumpTables(*a.db);
    CHECK(dumpA.size() > 100000);
    CHECK(dumpA == sb::test::dumpTables(*b.db));
    CHECK(dumpA != sb::test::dumpTables(*c.db));
    // Ids are lower-case UUIDs without braces.
    const QString id
        = scalar(*a.db, QStringLiteral("SELECT id FROM customers ORDER BY code LIMIT 1")).toString();
    CHECK(id.size() == 36);
    CHECK(id == id.toLower());
    CHECK(!id.startsWith(u'{'));
}

TEST_CASE("demo dates follow the chosen today and span about two years", "[demo]")
{
    for (const QDate today : {kToday, QDate(2031, 7, 1)}) {
        INFO(today.toString(Qt::ISODate).toStdString());
        sb::test::TempWorkspace ws;
        sb::core::generateDemo(*ws.db, options(3, today));
        const QDate lastOrder = QDate::fromString(
            scalar(*ws.db, QStringLiteral("SELECT max(order_date) FROM orders")).toString(), Qt::ISODate);
        const QDate firstOrder = QDate::fromString(
            scalar(*ws.db, QStringLiteral("SELECT min(order_date) FROM orders")).toString(), Qt::ISODate);
        CHECK(lastOrder <= today);
        CHECK(lastOrder >= today.addDays(-14));
        CHECK(firstOrder >= today.addYears(-2).addDays(-1));
        CHECK(firstOrder <= today.addMonths(-22));
        const QDate firstDeal = QDate::fromString(
            scalar(*ws.db, QStringLiteral("SELECT min(created_on) FROM opportunities")).toString(),
            Qt::ISODate);
        const QDate lastDeal = QDate::fromString(
            scalar(*ws.db, QStringLiteral("SELECT max(created_on) FROM opportunities")).toString(),
            Qt::ISODate);
        CHECK(firstDeal.daysTo(lastDeal) > 365);
        CHECK(lastDeal <= today);
        // Nothing anywhere is dated after today.
        const QString end = today.addDays(1).toString(Qt::ISODate);
        for (const QString &table : kBusinessTables) {
            INFO(table.toStdString());
            QSqlQuery q = ws.db->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE created_at >= ? "
                                                        "OR updated_at >= ?")
                                             .arg(table));
            q.addBindValue(end);
            q.addBindValue(end);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            CHECK(q.value(0).toLongLong() == 0);
        }
    }
}

TEST_CASE("demo data are consistent: amounts, stage history, closing dates and reasons", "[demo]")
{
    sb::test::TempWorkspace ws;
    sb::core::generateDemo(*ws.db, options(11));
    CHECK(ws.db->integrityProblems().isEmpty());

    // Orders: the amount is the sum of the lines, or the contract amount when there are none.
    CHECK(count(*ws.db,
                QStringLiteral(
                    "SELECT count(*) FROM orders o WHERE EXISTS (SELECT 1 FROM order_lines l WHERE "
                    "l.order_id = o.id) "
                    "AND o.amount <> (SELECT sum(amount) FROM order_lines l WHERE l.order_id = o.id)"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l "
                               "WHERE l.order_id = o.id) "
                               "AND (o.contract_amount IS NULL OR o.contract_amount <> o.amount)"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM orders o WHERE NOT EXISTS "
                               "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)"))
          > 0);
    QSqlQuery lines(ws.db->connection());
    REQUIRE(lines.exec(QStringLiteral("SELECT quantity, unit_price, discount_bp, amount FROM order_lines")));
    int checked = 0;
    while (lines.next()) {
        const qint64 expected = sb::core::money::lineAmount(
            lines.value(0).toLongLong(), lines.value(1).toLongLong(), lines.value(2).toInt());
        if (expected != lines.value(3).toLongLong())
            FAIL("line amount " << lines.value(3).toLongLong() << " instead of " << expected);
        ++checked;
    }
    CHECK(checked == 4000);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(DISTINCT status) FROM orders")) == 5);

    // Opportunities: the stage is the last recorded change; closed deals are dated; lost ones say why.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities o WHERE o.stage <> (SELECT h.to_stage "
                               "FROM stage_history h "
                               "WHERE h.opportunity_id = o.id ORDER BY h.changed_at DESC LIMIT 1)"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities o WHERE NOT EXISTS (SELECT 1 FROM "
                               "stage_history h WHERE h.opportunity_id = o.id AND h.from_stage IS NULL "
                               "AND h.to_stage = 'initial_contact' AND h.changed_on = o.created_on)"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities WHERE stage IN ('won', 'lost') "
                               "AND (closed_on IS NULL OR closed_on < created_on)"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities WHERE stage NOT IN ('won', 'lost') "
                               "AND closed_on IS NOT NULL"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'lost' AND lost_reason "
                               "NOT IN (SELECT name FROM lost_reasons)"))
          == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'lost' "
                               "AND lost_competitor <> ''"))
          > 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities WHERE lost_competitor <> '' "
                               "AND instr(competitors, lost_competitor) = 0"))
          == 0);
    // Every order of a won deal belongs to that deal's customer.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM orders o JOIN opportunities p ON p.id = "
                               "o.opportunity_id WHERE p.stage <> 'won' OR p.customer_id <> o.customer_id"))
          == 0);

    // Targets add up: months to quarters to years, reps to teams to the company.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM targets p WHERE EXISTS (SELECT 1 FROM targets c WHERE "
                               "c.parent_id = p.id) AND p.amount <> (SELECT sum(c.amount) FROM targets c "
                               "WHERE c.parent_id = p.id)"))
          == 0);
    CHECK(
        count(*ws.db,
              QStringLiteral("SELECT count(*) FROM targets c WHERE c.scope_kind = 'company' AND c.amount <> "
                             "(SELECT sum(t.amount) FROM targets t WHERE t.scope_kind = 'team' "
                             "AND t.period = c.period)"))
        == 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM targets c WHERE c.scope_kind = 'team' AND c.amount <> "
                               "(SELECT coalesce(sum(t.amount), 0) FROM targets t JOIN reps r ON r.code = "
                               "t.scope_key JOIN teams m ON m.id = r.team_id WHERE t.scope_kind = 'rep' "
                               "AND t.period = c.period AND m.code = c.scope_key)"))
          == 0);
}

TEST_CASE("demo revenue has a Pareto shape and the funnel drops off near the benchmark", "[demo]")
{
    sb::test::TempWorkspace ws;
    sb::core::generateDemo(*ws.db, options(5));

    std::vector<qint64> revenue;
    QSqlQuery q(ws.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(sum(o.amount), 0) FROM customers c LEFT JOIN orders o ON "
                                  "o.customer_id = c.id AND o.status IN ('confirmed', 'delivered', 'closed') "
                                  "GROUP BY c.id")));
    while (q.next())
        revenue.push_back(q.value(0).toLongLong());
    REQUIRE(revenue.size() == 300);
    std::sort(revenue.begin(), revenue.end(), std::greater<>());
    qint64 total = 0;
    qint64 top = 0;
    for (std::size_t i = 0; i < revenue.size(); ++i) {
        total += revenue[i];
        if (i < revenue.size() / 5)
            top += revenue[i];
    }
    const double topShare = double(top) / double(total);
    INFO("top 20 % of customers bring " << topShare);
    CHECK(topShare >= 0.6);
    CHECK(topShare <= 0.9);

    // Funnel of the first year's cohort (almost all decided by now): reached shares near 100/40/25/12/5 %.
    const QString cohort = QStringLiteral(" FROM opportunities WHERE created_on < '2024-03-15'");
    const double all = double(count(*ws.db, QStringLiteral("SELECT count(*)") + cohort));
    const auto reached = [&](const char *stages) {
        return double(count(*ws.db,
                            QStringLiteral("SELECT count(*)") + cohort
                                + QStringLiteral(" AND (stage IN (%1) OR EXISTS (SELECT 1 FROM stage_history "
                                                 "h WHERE h.opportunity_id = opportunities.id "
                                                 "AND h.to_stage IN (%1)))")
                                      .arg(QLatin1String(stages))))
            / all;
    };
    const double needs = reached("'needs_confirmed', 'proposal', 'negotiation', 'won'");
    const double proposal = reached("'proposal', 'negotiation', 'won'");
    const double negotiation = reached("'negotiation', 'won'");
    const double won = reached("'won'");
    INFO("reached: " << needs << ' ' << proposal << ' ' << negotiation << ' ' << won);
    CHECK(all > 500);
    CHECK((needs > 0.3 && needs < 0.65));
    CHECK((proposal > 0.18 && proposal < 0.42));
    CHECK((negotiation > 0.07 && negotiation < 0.22));
    CHECK((won > 0.025 && won < 0.12));
    // Proposal to negotiation is the weak step: below the industry's 48 %.
    CHECK(negotiation / proposal < 0.48);
    // Some reps convert better than others.
    QSqlQuery reps(ws.db->connection());
    REQUIRE(reps.exec(
        QStringLiteral("SELECT avg(CASE WHEN stage = 'won' THEN 1.0 ELSE 0.0 END) FROM opportunities "
                       "WHERE stage IN ('won', 'lost') GROUP BY owner_rep_id HAVING count(*) >= 30")));
    std::vector<double> winRates;
    while (reps.next())
        winRates.push_back(reps.value(0).toDouble());
    REQUIRE(winRates.size() >= 5);
    CHECK(*std::max_element(winRates.begin(), winRates.end())
          > 2 * *std::min_element(winRates.begin(), winRates.end()));
    // Deals that went quiet and deals that broke the 2-2-2 rule are there to be found.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM opportunities o WHERE stage NOT IN ('won', 'lost') AND "
                               "(SELECT max(activity_date) FROM activities a WHERE a.opportunity_id = o.id) "
                               "< '2025-02-01'"))
          > 0);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM stage_history h JOIN opportunities o ON o.id = "
                               "h.opportunity_id WHERE h.to_stage = 'needs_confirmed' AND "
                               "julianday(h.changed_on) - julianday(o.created_on) > 14"))
          > 0);
}

TEST_CASE("the demo speaks Chinese and English and covers the service and contract screens", "[demo]")
{
    sb::test::TempWorkspace ws;
    sb::core::generateDemo(*ws.db, options(9));
    CHECK(count(*ws.db, QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%有限公司'")) > 100);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%Ltd.'")) > 5);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(DISTINCT name) FROM customers")) == 300);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(DISTINCT industry) FROM customers WHERE industry IN "
                               "('制造业', '零售', '医疗', '教育', '金融', '互联网', '物流')"))
          == 7);
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM customers WHERE region = '华东' AND city = '上海'"))
          > 0);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(DISTINCT type) FROM channels")) == 5);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(DISTINCT kind) FROM activities")) == 5);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(*) FROM contract_checks WHERE state = 'flagged'")) > 0);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(*) FROM promotions WHERE calendar_node = 'double11'"))
          >= 2);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(*) FROM products WHERE stock_on_hand <= safety_stock"))
          > 0);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(DISTINCT product_line) FROM products")) == 5);
    CHECK(count(*ws.db, QStringLiteral("SELECT count(DISTINCT lifecycle_stage) FROM customers")) >= 4);
    // Tickets: times in order, satisfaction near the handbook's benchmarks.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM tickets WHERE first_response_at < opened_at "
                               "OR resolved_at < first_response_at"))
          == 0);
    const double csat = scalar(*ws.db,
                               QStringLiteral("SELECT avg(CASE WHEN csat >= 4 THEN 1.0 ELSE 0.0 END) "
                                              "FROM tickets WHERE csat IS NOT NULL"))
                            .toDouble();
    const double fcr = scalar(*ws.db,
                              QStringLiteral("SELECT avg(first_contact_resolution) FROM tickets "
                                             "WHERE first_contact_resolution IS NOT NULL"))
                           .toDouble();
    CHECK((csat > 0.7 && csat < 0.95));
    CHECK((fcr > 0.55 && fcr < 0.9));
    // Commission plans carry the handbook's tiers: below 80 % nothing, then 4 %, above 100 % 6 %.
    CHECK(count(*ws.db,
                QStringLiteral("SELECT count(*) FROM commission_tiers t JOIN commission_plans p ON p.id = "
                               "t.plan_id WHERE p.code = 'PLAN-STD' AND ((t.lower_bound_bp = 0 AND "
                               "t.rate_bp = 0) OR (t.lower_bound_bp = 8000 AND t.rate_bp = 400) OR "
                               "(t.lower_bound_bp = 10000 AND t.rate_bp = 600))"))
          == 3);
}

TEST_CASE("the demo refuses a workspace that already holds data", "[demo]")
{
    sb::test::TempWorkspace ws;
    QSqlQuery insert
        = ws.db->prepare(QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at, "
                                        "updated_by_office) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {QStringLiteral("c1"), QStringLiteral("C1"), QStringLiteral("真实客户"),
                                 QStringLiteral("2025-01-01T00:00:00.000Z"),
                                 QStringLiteral("2025-01-01T00:00:00.000Z"), ws.db->officeId()})
        insert.addBindValue(value);
    sb::core::Database::exec(insert, QStringLiteral("insert a customer"));
    const QString office = ws.db->officeId();
    try {
        sb::core::generateDemo(*ws.db, options());
        FAIL("a workspace with data was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
    }
    CHECK(rows(*ws.db, QStringLiteral("customers")) == 1);
    CHECK(rows(*ws.db, QStringLiteral("reps")) == 0);
    CHECK(ws.db->officeId() == office);
    CHECK(ws.db->setting(QStringLiteral("is_demo")).isEmpty());
}

TEST_CASE("cancelling the demo leaves the workspace empty", "[demo]")
{
    for (const int stopAfter : {1, 3}) {
        sb::test::TempWorkspace ws;
        const QString office = ws.db->officeId();
        const QString before = schema(*ws.db);
        int calls = 0;
        qint64 lastDone = -1;
        bool ordered = true;
        const sb::core::DemoProgress progress = [&](qint64 done, qint64 total) {
            ordered = ordered && done > lastDone && done <= total;
            lastDone = done;
            return ++calls < stopAfter;
        };
        try {
            sb::core::generateDemo(*ws.db, options(), progress);
            FAIL("the cancel was ignored");
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::Data);
        }
        CHECK(calls == stopAfter);
        CHECK(ordered);
        for (const QString &table : kBusinessTables) {
            INFO(table.toStdString());
            CHECK(rows(*ws.db, table) == 0);
        }
        CHECK(ws.db->officeId() == office);
        CHECK(ws.db->setting(QStringLiteral("is_demo")).isEmpty());
        // The indexes the demo sets aside during the load are all back, and WAL with them.
        CHECK(schema(*ws.db) == before);
        CHECK(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        // The cancelled workspace can still take the demo afterwards.
        CHECK(sb::core::generateDemo(*ws.db, options()).orderLines == 4000);
    }
}

TEST_CASE("the demo can be written through a worker connection while the workspace is open", "[demo]")
{
    sb::test::TempWorkspace ws;
    {
        const auto worker = ws.db->openConnection();
        QElapsedTimer timer;
        timer.start();
        CHECK(sb::core::generateDemo(*worker, options()).orderLines == 4000);
        INFO("took " << timer.elapsed() << " ms");
        CHECK(worker->integrityProblems().isEmpty());
    }
    CHECK(rows(*ws.db, QStringLiteral("order_lines")) == 4000);
    CHECK(ws.db->officeId() == QStringLiteral("DEMO0001"));
    CHECK(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("demo scales: names, N-orders and the refusal of unknown ones", "[demo]")
{
    CHECK(sb::core::isValidDemoScale(QStringLiteral("small")));
    CHECK(sb::core::isValidDemoScale(QStringLiteral("medium")));
    CHECK(sb::core::isValidDemoScale(QStringLiteral("large")));
    CHECK(sb::core::isValidDemoScale(QStringLiteral("20000-orders")));
    CHECK_FALSE(sb::core::isValidDemoScale(QStringLiteral("huge")));
    CHECK_FALSE(sb::core::isValidDemoScale(QStringLiteral("0-orders")));
    CHECK_FALSE(sb::core::isValidDemoScale(QStringLiteral("-5-orders")));
    CHECK_FALSE(sb::core::isValidDemoScale(QStringLiteral("12x-orders")));
    CHECK_FALSE(sb::core::isValidDemoScale(QStringLiteral("-orders")));
    CHECK_FALSE(sb::core::isValidDemoScale(QStringLiteral("Small")));

    sb::test::TempWorkspace ws;
    try {
        sb::core::generateDemo(*ws.db, options(1, kToday, QStringLiteral("huge")));
        FAIL("an unknown scale was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Usage);
    }
    CHECK(rows(*ws.db, QStringLiteral("teams")) == 0);

    const sb::core::DemoSummary summary
        = sb::core::generateDemo(*ws.db, options(1, kToday, QStringLiteral("900-orders")));
    CHECK(summary.orderLines == 900);
    CHECK(rows(*ws.db, QStringLiteral("order_lines")) == 900);
    CHECK(ws.db->integrityProblems().isEmpty());

    sb::test::TempWorkspace other;
    DemoOptions overridden = options(1);
    overridden.orderLines = 1234;
    CHECK(sb::core::generateDemo(*other.db, overridden).orderLines == 1234);
    CHECK(rows(*other.db, QStringLiteral("customers")) == 300);
}

// Not run by default: times the large scale and prints what it made (tests/core/test_demo "[.large]").
TEST_CASE("the large demo scale finishes and reports its size", "[.large]")
{
    sb::test::TempWorkspace ws;
    QElapsedTimer timer;
    timer.start();
    const sb::core::DemoSummary summary
        = sb::core::generateDemo(*ws.db, options(20250301, kToday, QStringLiteral("large")));
    const qint64 ms = timer.elapsed();
    ws.reopen();
    WARN("large demo: " << ms << " ms, " << QFileInfo(ws.path).size() / (1024 * 1024) << " MiB");
    for (const QString &table : kBusinessTables)
        WARN(table.toStdString() << ": " << rows(*ws.db, table));
    CHECK(summary.orderLines == 1000000);
    CHECK(summary.customers == 50000);
}
