// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/storage/revenuequeries.h"

#include <QSqlQuery>
#include <QVariant>

using sb::core::Database;
namespace abc = sb::core::abc;

namespace {

const QString kNow = QStringLiteral("2025-01-01T00:00:00.000Z");

// Rows are written with plain SQL (not the repositories) so this test pins down
// exactly which rows count, independent of any write path.
void insertCustomer(const Database &db, const QString &id, const QString &code, bool deleted = false)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office, version, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(code);
    q.addBindValue(QString(QStringLiteral("客户 ") + code));
    q.addBindValue(kNow);
    q.addBindValue(kNow);
    q.addBindValue(db.officeId());
    q.addBindValue(1);
    q.addBindValue(deleted ? 1 : 0);
    Database::exec(q, QStringLiteral("test customer"));
}

void insertOrder(const Database &db, const QString &number, const QString &customerId, const char *date,
                 const char *status, qint64 amount, bool deleted = false)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("INSERT INTO orders (id, number, customer_id, order_date, amount, status, "
                       "created_at, updated_at, updated_by_office, version, deleted) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QString(QStringLiteral("order-") + number));
    q.addBindValue(number);
    q.addBindValue(customerId);
    q.addBindValue(QString::fromLatin1(date));
    q.addBindValue(amount);
    q.addBindValue(QString::fromLatin1(status));
    q.addBindValue(kNow);
    q.addBindValue(kNow);
    q.addBindValue(db.officeId());
    q.addBindValue(1);
    q.addBindValue(deleted ? 1 : 0);
    Database::exec(q, QStringLiteral("test order"));
}

void insertLine(const Database &db, const QString &orderNumber, int lineNo, qint64 amount)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO order_lines (id, order_id, line_no, quantity, unit_price, discount_bp, amount, "
        "created_at, updated_at, updated_by_office, version, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Database::newId());
    q.addBindValue(QString(QStringLiteral("order-") + orderNumber));
    q.addBindValue(lineNo);
    q.addBindValue(1);
    q.addBindValue(amount * 100); // ten-thousandths
    q.addBindValue(0);
    q.addBindValue(amount);
    q.addBindValue(kNow);
    q.addBindValue(kNow);
    q.addBindValue(db.officeId());
    q.addBindValue(1);
    q.addBindValue(0);
    Database::exec(q, QStringLiteral("test order line"));
}

// A small workspace:
//   C001 — confirmed 2025-01-01 10000 (first day), delivered 2025-06-30 2550,
//          closed 2025-12-31 100 (last day); excluded in 2025: draft 99999, cancelled 88888,
//          confirmed 2024-12-31 77777 and 2026-01-01 66666 (outside), deleted confirmed 55555.
//   C002 — confirmed 2025-02-02 500, whose order line says 999 (orders.amount is what counts).
//   C003 — no orders.
//   C009 — deleted customer with a confirmed order: not listed.
void fillWorkspace(const Database &db)
{
    insertCustomer(db, QStringLiteral("cust-1"), QStringLiteral("C001"));
    insertCustomer(db, QStringLiteral("cust-2"), QStringLiteral("C002"));
    insertCustomer(db, QStringLiteral("cust-3"), QStringLiteral("C003"));
    insertCustomer(db, QStringLiteral("cust-9"), QStringLiteral("C009"), true);
    const QString c1 = QStringLiteral("cust-1");
    insertOrder(db, QStringLiteral("O1"), c1, "2025-01-01", "confirmed", 10000);
    insertOrder(db, QStringLiteral("O2"), c1, "2025-06-30", "delivered", 2550);
    insertOrder(db, QStringLiteral("O3"), c1, "2025-12-31", "closed", 100);
    insertOrder(db, QStringLiteral("O4"), c1, "2025-03-01", "draft", 99999);
    insertOrder(db, QStringLiteral("O5"), c1, "2025-03-02", "cancelled", 88888);
    insertOrder(db, QStringLiteral("O6"), c1, "2024-12-31", "confirmed", 77777);
    insertOrder(db, QStringLiteral("O7"), c1, "2026-01-01", "confirmed", 66666);
    insertOrder(db, QStringLiteral("O8"), c1, "2025-05-05", "confirmed", 55555, true);
    insertOrder(db, QStringLiteral("O9"), QStringLiteral("cust-2"), "2025-02-02", "confirmed", 500);
    insertLine(db, QStringLiteral("O9"), 1, 999);
    insertOrder(db, QStringLiteral("O10"), QStringLiteral("cust-9"), "2025-04-04", "confirmed", 4444);
}

QString describe(const QList<abc::CustomerRevenue> &rows)
{
    QStringList parts;
    for (const auto &r : rows)
        parts.append(r.code + u'=' + QString::number(r.revenue));
    return parts.join(u' ');
}

} // namespace

TEST_CASE("revenue counts confirmed, delivered and closed live orders in the period for every live customer",
          "[revenue]")
{
    sb::test::TempWorkspace ws;
    fillWorkspace(*ws.db);
    const auto rows = sb::core::customerRevenue(*ws.db, QDate(2025, 1, 1), QDate(2025, 12, 31));
    // C001 = 10000 + 2550 + 100 = 12650; C002 = 500 (not the line's 999); C003 = 0; C009 deleted.
    CHECK(describe(rows) == QStringLiteral("C001=12650 C002=500 C003=0"));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).customerId == QStringLiteral("cust-1"));
    CHECK(rows.at(0).name == QStringLiteral("客户 C001"));
    CHECK(rows.at(2).customerId == QStringLiteral("cust-3"));
}

TEST_CASE("the period bounds are inclusive and an invalid date leaves that end open", "[revenue]")
{
    sb::test::TempWorkspace ws;
    fillWorkspace(*ws.db);
    // Only 2025-06-30 and 2025-12-31: 2550 + 100 = 2650.
    CHECK(describe(sb::core::customerRevenue(*ws.db, QDate(2025, 6, 30), QDate(2025, 12, 31)))
          == QStringLiteral("C001=2650 C002=0 C003=0"));
    // Open start, to 2025-01-01: 77777 + 10000 = 87777.
    CHECK(describe(sb::core::customerRevenue(*ws.db, QDate(), QDate(2025, 1, 1)))
          == QStringLiteral("C001=87777 C002=0 C003=0"));
    // All time: 10000 + 2550 + 100 + 77777 + 66666 = 157093.
    CHECK(describe(sb::core::customerRevenue(*ws.db, QDate(), QDate()))
          == QStringLiteral("C001=157093 C002=500 C003=0"));
}

TEST_CASE("a period without orders lists every live customer with zero revenue", "[revenue]")
{
    sb::test::TempWorkspace ws;
    fillWorkspace(*ws.db);
    CHECK(describe(sb::core::customerRevenue(*ws.db, QDate(2030, 1, 1), QDate(2030, 12, 31)))
          == QStringLiteral("C001=0 C002=0 C003=0"));
    // A reversed period is empty too.
    CHECK(describe(sb::core::customerRevenue(*ws.db, QDate(2025, 12, 31), QDate(2025, 1, 1)))
          == QStringLiteral("C001=0 C002=0 C003=0"));
}

TEST_CASE("customer classes for the customer list follow the ABC rule", "[revenue][abc]")
{
    sb::test::TempWorkspace ws;
    fillWorkspace(*ws.db);
    const QDate from(2025, 1, 1);
    const QDate to(2025, 12, 31);
    // Total 13150: C001 share-before 0 → A; C002 12650/13150 = 0.962 → C; C003 zero → C.
    auto classes = sb::core::customerClasses(*ws.db, from, to);
    CHECK(classes.size() == 3);
    CHECK(classes.value(QStringLiteral("cust-1")) == abc::Class::A);
    CHECK(classes.value(QStringLiteral("cust-2")) == abc::Class::C);
    CHECK(classes.value(QStringLiteral("cust-3")) == abc::Class::C);
    CHECK_FALSE(classes.contains(QStringLiteral("cust-9")));
    // With a = 99 %, b = 100 %: 0.962 < 0.99 → C002 is A.
    classes = sb::core::customerClasses(*ws.db, from, to, abc::Thresholds{0.99, 1.0});
    CHECK(classes.value(QStringLiteral("cust-2")) == abc::Class::A);
    // By count: n = 3, A = round(0.6) = 1, B = round(0.9) = 1 → C001 A, C002 B, C003 C.
    classes = sb::core::customerClasses(*ws.db, from, to, {}, abc::Method::Count);
    CHECK(classes.value(QStringLiteral("cust-1")) == abc::Class::A);
    CHECK(classes.value(QStringLiteral("cust-2")) == abc::Class::B);
    CHECK(classes.value(QStringLiteral("cust-3")) == abc::Class::C);
}

TEST_CASE("the revenue query aggregates orders through the orders_revenue index and never reads order lines",
          "[revenue][performance]")
{
    sb::test::TempWorkspace ws;
    const QStringList plan = sb::core::customerRevenuePlan(*ws.db);
    INFO(plan.join(u'\n').toStdString());
    REQUIRE_FALSE(plan.isEmpty());
    const QString all = plan.join(u'\n');
    CHECK_FALSE(all.contains(QStringLiteral("order_lines")));
    // The orders are searched by date range through the covering index, not scanned.
    bool searchedByIndex = false;
    for (const QString &line : plan) {
        if (line.startsWith(QStringLiteral("SEARCH o ")) && line.contains(QStringLiteral("orders_revenue"))
            && line.contains(QStringLiteral("order_date>?")))
            searchedByIndex = true;
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN o")));
    }
    CHECK(searchedByIndex);
}
