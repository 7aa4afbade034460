// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/money.h"

#include <limits>

using namespace sb::core;

TEST_CASE("division rounds half away from zero for both signs", "[money]")
{
    CHECK(money::divRound(5, 2) == 3);
    CHECK(money::divRound(-5, 2) == -3);
    CHECK(money::divRound(7, 2) == 4);
    CHECK(money::divRound(-7, 2) == -4);
    CHECK(money::divRound(1, 3) == 0);
    CHECK(money::divRound(2, 3) == 1);
    CHECK(money::divRound(-2, 3) == -1);
    CHECK(money::divRound(149, 100) == 1);
    CHECK(money::divRound(150, 100) == 2);
    CHECK(money::divRound(-150, 100) == -2);
    // A negative denominator flips the sign like ordinary division.
    CHECK(money::divRound(5, -2) == -3);
    CHECK(money::divRound(-5, -2) == 3);
}

TEST_CASE("line amounts multiply quantity, four-decimal price and discount, then round", "[money]")
{
    // 3 × 1.2345 = 3.7035 → 3.70
    CHECK(money::lineAmount(3, 12345, 0) == 370);
    // 7 × 1.4999 = 10.4993 → 10.50
    CHECK(money::lineAmount(7, 14999, 0) == 1050);
    // 0.005 is half a cent: rounds up, and down for a return.
    CHECK(money::lineAmount(1, 50, 0) == 1);
    CHECK(money::lineAmount(-1, 50, 0) == -1);
    CHECK(money::lineAmount(1, 49, 0) == 0);
    // 2 × 100.00 × (1 − 15 %) = 170.00
    CHECK(money::lineAmount(2, 1000000, 1500) == 17000);
    // 3 × 3.3333 × 0.9 = 8.99991 → 9.00
    CHECK(money::lineAmount(3, 33333, 1000) == 900);
    CHECK(money::lineAmount(-3, 33333, 1000) == -900);
    // A full discount gives nothing.
    CHECK(money::lineAmount(5, 1000000, 10000) == 0);
    CHECK(money::lineAmount(0, 1000000, 0) == 0);
}

TEST_CASE("line amounts stay exact where the intermediate product exceeds 64 bits", "[money]")
{
    // 1 000 000 × 900 000.0000: the raw product 9e19 does not fit in qint64, the result does.
    CHECK(money::lineAmount(1000000, Price4(9000000000), 0) == Money(90000000000000));
    // 1e9 × 1e8 (major units) is 1e19 minor units: too large, so it saturates instead of wrapping.
    CHECK(money::lineAmount(1000000000, Price4(1000000000000), 0) == std::numeric_limits<qint64>::max());
    CHECK(money::lineAmount(-1000000000, Price4(1000000000000), 0) == std::numeric_limits<qint64>::min());
}

TEST_CASE("four-decimal prices convert to minor units with the same rounding", "[money]")
{
    CHECK(money::fromPrice4(12345) == 123); // 1.2345 → 1.23
    CHECK(money::fromPrice4(12350) == 124); // 1.2350 → 1.24
    CHECK(money::fromPrice4(-12350) == -124);
    CHECK(money::fromPrice4(0) == 0);
}

TEST_CASE("amounts format with two decimals and a point", "[money]")
{
    CHECK(money::toDecimalString(123450) == QStringLiteral("1234.50"));
    CHECK(money::toDecimalString(-5) == QStringLiteral("-0.05"));
    CHECK(money::toDecimalString(0) == QStringLiteral("0.00"));
    CHECK(money::toDecimalString(100) == QStringLiteral("1.00"));
    CHECK(money::toDecimalString(std::numeric_limits<qint64>::min())
          == QStringLiteral("-92233720368547758.08"));
    CHECK(money::price4ToString(123456) == QStringLiteral("12.3456"));
    CHECK(money::price4ToString(120000) == QStringLiteral("12.00"));
    CHECK(money::price4ToString(123450) == QStringLiteral("12.345"));
    CHECK(money::price4ToString(-5) == QStringLiteral("-0.0005"));
}

TEST_CASE("decimal text parses into minor units", "[money]")
{
    CHECK(money::parseDecimal(u"1234.5") == Money(123450));
    CHECK(money::parseDecimal(u"-3") == Money(-300));
    CHECK(money::parseDecimal(u"0.05") == Money(5));
    CHECK(money::parseDecimal(u"+7") == Money(700));
    CHECK(money::parseDecimal(u" 12.30 ") == Money(1230));
    CHECK(money::parseDecimal(u"92233720368547758.07") == std::numeric_limits<qint64>::max());
    CHECK(money::parsePrice4(u"12.3456") == Price4(123456));
    CHECK(money::parsePrice4(u"0.5") == Price4(5000));
}

TEST_CASE("malformed or out-of-range amounts are rejected", "[money]")
{
    for (const char16_t *bad : {u"", u" ", u"abc", u"1.234", u"1,234.00", u"1.2.3", u"-", u".", u"12a",
                                u"1e5", u"--1", u"92233720368547758.08"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(money::parseDecimal(bad).has_value());
    }
    CHECK_FALSE(money::parsePrice4(u"1.23456").has_value());
}

TEST_CASE("formatting then parsing gives the original amount back", "[money]")
{
    const qint64 values[] = {0, 1, -1, 5, 99, 100, -12345, 123456789012, std::numeric_limits<qint64>::max()};
    for (const qint64 v : values) {
        INFO(v);
        CHECK(money::parseDecimal(money::toDecimalString(v)) == v);
        CHECK(money::parsePrice4(money::price4ToString(v)) == v);
    }
}

TEST_CASE("a share of zero is zero, not a division by zero", "[money]")
{
    CHECK(money::share(1, 4) == Approx(0.25));
    CHECK(money::share(3, 0) == 0.0);
}
