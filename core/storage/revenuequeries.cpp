// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/revenuequeries.h"

#include "core/domain/error.h"
#include "core/domain/order.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace sb::core {

namespace {

// One statement: the database sums one entry per order of the index orders_revenue
// (order_date, status, customer_id, amount) over the date range and groups by
// customer; the LEFT JOIN keeps customers without revenue. The index does not hold
// `deleted`, so SQLite reads each order's row to test it unless the index is partial
// on live orders (WHERE deleted = 0: three times faster on the large demo); the
// literal "deleted = 0" (a constant, not a value) is what lets SQLite use such an
// index. Customers are read through the live-code index, already in code order, so
// ORDER BY costs no sort.
const QString &revenueSql()
{
    static const QString sql = QStringLiteral("SELECT c.id, c.code, c.name, COALESCE(r.revenue, 0) "
                                              "FROM customers c "
                                              "LEFT JOIN (SELECT o.customer_id, SUM(o.amount) AS revenue "
                                              "           FROM orders o "
                                              "           WHERE o.order_date >= ? AND o.order_date <= ? "
                                              "             AND o.status IN (?, ?, ?) AND o.deleted = 0 "
                                              "           GROUP BY o.customer_id) r ON r.customer_id = c.id "
                                              "WHERE c.deleted = 0 "
                                              "ORDER BY c.code");
    return sql;
}

// The bound values in statement order: from, to, then the revenue statuses.
QStringList periodValues(QDate from, QDate to)
{
    // Dates are ISO text, so open ends are the smallest and largest ISO dates.
    QStringList values{from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
                       to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")};
    for (const OrderStatus status : orderstatus::all()) {
        if (orderstatus::countsAsRevenue(status))
            values.append(orderstatus::key(status));
    }
    return values;
}

QString revenueFailure(SqliteStatement::Phase, const QString &detail)
{
    return QCoreApplication::translate("sb::core::RevenueQueries", "Cannot read revenue per customer: %1")
        .arg(detail);
}

} // namespace

QList<abc::CustomerRevenue> customerRevenue(const Database &db, QDate from, QDate to)
{
    // Read through the native statement: on 50 000 customers QSqlQuery's per-value QVariant
    // costs several times what SQLite needs to run the whole query.
    if (!db.handle())
        throw Error(
            Error::Kind::Database,
            revenueFailure(SqliteStatement::Phase::Prepare,
                           QCoreApplication::translate("sb::core::RevenueQueries",
                                                       "the workspace is not an open SQLite database")));
    const QByteArray sql = revenueSql().toUtf8();
    SqliteStatement stmt(db, sql.constData(), revenueFailure);
    const QStringList values = periodValues(from, to);
    for (qsizetype i = 0; i < values.size(); ++i)
        stmt.bind(int(i) + 1, values.at(i));

    QList<abc::CustomerRevenue> out;
    while (stmt.step())
        out.append(abc::CustomerRevenue{stmt.text(0), stmt.text(1), stmt.text(2), stmt.integer(3)});
    return out;
}

QHash<QString, abc::Class> customerClasses(const Database &db, QDate from, QDate to,
                                           abc::Thresholds thresholds, abc::Method method)
{
    return abc::classById(abc::classify(customerRevenue(db, from, to), method, thresholds));
}

QStringList customerRevenuePlan(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + revenueSql());
    q.setForwardOnly(true);
    for (const QString &value : periodValues(QDate(2025, 1, 1), QDate(2025, 12, 31)))
        q.addBindValue(value);
    Database::exec(q, QStringLiteral("customer revenue plan"));
    QStringList lines;
    while (q.next())
        lines.append(q.value(3).toString()); // columns: id, parent, notused, detail
    return lines;
}

} // namespace sb::core
