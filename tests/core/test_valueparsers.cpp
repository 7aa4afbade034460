// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/exchange/valueparsers.h"

using namespace sb::core;
using parse::DateOrder;

namespace {
std::optional<QDate> d(const char *text, DateOrder order = DateOrder::Unknown, const QString &format = {})
{
    QString error;
    return parse::date(QString::fromUtf8(text), order, format, &error);
}
std::optional<qint64> money2(const char *text, QChar mark = u'.')
{
    QString error;
    return parse::amount(QString::fromUtf8(text), 2, mark, &error);
}
} // namespace

TEST_CASE("dates in the common written forms", "[parse][date]")
{
    const QDate march1(2025, 3, 1);
    CHECK(d("2025-03-01") == march1);
    CHECK(d("2025-03-01T08:30:00Z") == march1);
    CHECK(d("2025-03-01 08:30") == march1);
    CHECK(d("2025/3/1") == march1);
    CHECK(d("2025.3.1") == march1);
    CHECK(d("2025年3月1日") == march1);
    CHECK(d(" 2025 年 3 月 1 日 ") == march1);
    CHECK(d("12/1/10 8:26", DateOrder::Unknown, QStringLiteral("M/d/yy H:mm")) == QDate(2010, 12, 1));
}

TEST_CASE("slash dates follow the settled order and refuse to guess", "[parse][date]")
{
    CHECK(d("13/3/2025") == QDate(2025, 3, 13)); // only day/month fits
    CHECK(d("3/13/2025") == QDate(2025, 3, 13)); // only month/day fits
    CHECK(d("3/4/2025", DateOrder::DayFirst) == QDate(2025, 4, 3));
    CHECK(d("3/4/2025", DateOrder::MonthFirst) == QDate(2025, 3, 4));
    CHECK(d("4/4/2025") == QDate(2025, 4, 4)); // same either way
    bool ambiguous = false;
    QString error;
    CHECK_FALSE(parse::date(u"3/4/2025", DateOrder::Unknown, {}, &error, &ambiguous));
    CHECK(ambiguous);
    CHECK(error.contains(QStringLiteral("day/month")));
}

TEST_CASE("impossible dates are errors", "[parse][date]")
{
    CHECK_FALSE(d("2025-02-30"));
    CHECK_FALSE(d("2025-13-01"));
    CHECK_FALSE(d("31/31/2025"));
    CHECK_FALSE(d("yesterday"));
    CHECK_FALSE(d(""));
}

TEST_CASE("timestamps keep their time of day in 24- and 12-hour forms", "[parse][date]")
{
    auto dt = [](const char *text, DateOrder order = DateOrder::Unknown, const QString &format = {}) {
        QString error;
        const auto v = parse::dateTime(QString::fromUtf8(text), order, format, &error);
        return v ? v->toString(Qt::ISODateWithMs) : QStringLiteral("error: ") + error;
    };
    CHECK(dt("2025/3/1 14:30") == QStringLiteral("2025-03-01T14:30:00.000Z"));
    CHECK(dt("2025-03-01") == QStringLiteral("2025-03-01T00:00:00.000Z"));
    CHECK(dt("2025年3月1日 8:05:09") == QStringLiteral("2025-03-01T08:05:09.000Z"));
    CHECK(dt("02/23/26 08:55 PM", DateOrder::MonthFirst) == QStringLiteral("2026-02-23T20:55:00.000Z"));
    CHECK(dt("02/24/26 12:20 AM", DateOrder::MonthFirst) == QStringLiteral("2026-02-24T00:20:00.000Z"));
    CHECK(dt("02/24/26 12:20 pm", DateOrder::MonthFirst) == QStringLiteral("2026-02-24T12:20:00.000Z"));
    CHECK(dt("1/3/2025 10:00:00.5", DateOrder::DayFirst) == QStringLiteral("2025-03-01T10:00:00.500Z"));
    CHECK(dt("2025/3/1 16:30 +08:00") == QStringLiteral("2025-03-01T08:30:00.000Z"));
    CHECK(dt("2025-03-01 08:30:00 UTC") == QStringLiteral("2025-03-01T08:30:00.000Z"));
    CHECK(dt("12/1/10 8:26", DateOrder::Unknown, QStringLiteral("M/d/yy H:mm"))
          == QStringLiteral("2010-12-01T08:26:00.000Z"));
    CHECK(dt("2025/3/1 25:10").startsWith(QStringLiteral("error: ")));
    CHECK(dt("2025/3/1 13:10 PM").startsWith(QStringLiteral("error: ")));
    CHECK(dt("2025/3/1 soon").startsWith(QStringLiteral("error: ")));
    CHECK(dt("3/4/2025 10:00").contains(QStringLiteral("day/month")));
}

TEST_CASE("the date order detector settles a column or reports a conflict", "[parse][date]")
{
    parse::DateOrderDetector a;
    a.add(u"3/4/2025");
    CHECK(a.order() == DateOrder::Unknown);
    a.add(u"25/4/2025");
    CHECK(a.order() == DateOrder::DayFirst);

    parse::DateOrderDetector b;
    b.add(u"4/25/2025");
    CHECK(b.order() == DateOrder::MonthFirst);
    b.add(u"25/4/2025");
    CHECK(b.conflicting());
    CHECK(b.order() == DateOrder::Unknown);
}

TEST_CASE("amounts with separators, currency signs and decimal commas", "[parse][amount]")
{
    CHECK(money2("1234.5") == 123450);
    CHECK(money2("1,234.50") == 123450);
    CHECK(money2("¥1,234,567.89") == 123456789);
    CHECK(money2("￥ 12") == 1200);
    CHECK(money2("$-3.10") == -310);
    CHECK(money2("-$3.10") == -310);
    CHECK(money2("(1,000.00)") == -100000);
    CHECK(money2("€1.234,56", u',') == 123456);
    CHECK(money2("1 234,5", u',') == 123450);
    CHECK(money2("100元") == 10000);
    CHECK(money2("RMB 100") == 10000);
    QString error;
    CHECK(parse::amount(u"12.3456", 4, u'.', &error) == 123456);
}

TEST_CASE("malformed amounts are errors with a reason", "[parse][amount]")
{
    QString error;
    CHECK_FALSE(parse::amount(u"12.345", 2, u'.', &error));
    CHECK(error.contains(QStringLiteral("decimal")));
    CHECK_FALSE(money2("1,23.00"));
    CHECK_FALSE(money2("abc"));
    CHECK_FALSE(money2("1.2.3"));
    CHECK_FALSE(money2(""));
    CHECK_FALSE(money2("99999999999999999999"));
    CHECK_FALSE(money2("１２"));
}

TEST_CASE("booleans and the apostrophe an export adds", "[parse]")
{
    CHECK(parse::boolean(u"TRUE") == true);
    CHECK(parse::boolean(u"否") == false);
    CHECK_FALSE(parse::boolean(u"maybe"));
    CHECK(parse::unneutralise(QStringLiteral("'+86 138")) == QStringLiteral("+86 138"));
    CHECK(parse::unneutralise(QStringLiteral("'=1+1")) == QStringLiteral("=1+1"));
    CHECK(parse::unneutralise(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    // A stored "'=x" is exported as "''=x" and comes back as "'=x".
    CHECK(parse::unneutralise(QStringLiteral("''=x")) == QStringLiteral("'=x"));
    CHECK(parse::unneutralise(QStringLiteral("''")) == QStringLiteral("''"));
}
