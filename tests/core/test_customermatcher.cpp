// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The duplicate check behind the warning in the new-customer form.
#include "support/testsupport.h"

#include "core/domain/customermatcher.h"

using sb::core::CustomerMatchCandidate;
using sb::core::CustomerMatcher;

namespace {

QStringList codes(const QList<sb::core::CustomerMatch> &matches)
{
    QStringList result;
    for (const sb::core::CustomerMatch &m : matches)
        result.append(m.customer.code);
    return result;
}

CustomerMatcher sampleMatcher()
{
    return CustomerMatcher(
        {{QStringLiteral("1"), QStringLiteral("C001"), QStringLiteral("北京星辰科技有限公司"),
          QStringLiteral("010-88886666")},
         {QStringLiteral("2"), QStringLiteral("C002"), QStringLiteral("Harbour Foods Co., Ltd."),
          QStringLiteral("13912345678")},
         {QStringLiteral("3"), QStringLiteral("C003"), QStringLiteral("上海港湾物流"), QStringLiteral("")},
         {QStringLiteral("4"), QStringLiteral("C004"), QStringLiteral("Harbour"), QStringLiteral("")}});
}

} // namespace

TEST_CASE("Names are normalised: case, full-width forms, punctuation and legal suffixes do not count")
{
    CHECK(CustomerMatcher::normalisedName(u"北京星辰科技有限公司") == QStringLiteral("北京星辰科技"));
    CHECK(CustomerMatcher::normalisedName(u"北京星辰科技股份有限公司") == QStringLiteral("北京星辰科技"));
    CHECK(CustomerMatcher::normalisedName(u"Harbour Foods Co., Ltd.") == QStringLiteral("harbourfoods"));
    CHECK(CustomerMatcher::normalisedName(u"ＨＡＲＢＯＵＲ  foods") == QStringLiteral("harbourfoods"));
    // A legal word on its own is still a name.
    CHECK(CustomerMatcher::normalisedName(u"Limited") == QStringLiteral("limited"));
    CHECK(CustomerMatcher::normalisedName(u"Tacco") == QStringLiteral("tacco"));
}

TEST_CASE("A similar name matches when equal after normalising or when one contains the other")
{
    const CustomerMatcher matcher = sampleMatcher();
    CHECK(codes(matcher.find(QStringLiteral("北京星辰科技"), {})) == QStringList{QStringLiteral("C001")});
    CHECK(codes(matcher.find(QStringLiteral("星辰科技"), {})) == QStringList{QStringLiteral("C001")});
    CHECK(codes(matcher.find(QStringLiteral("harbour foods"), {}))
          == QStringList{QStringLiteral("C002"), QStringLiteral("C004")});
    // Too short to count as contained, and unrelated names do not match.
    CHECK(matcher.find(QStringLiteral("星辰"), {}).isEmpty());
    CHECK(matcher.find(QStringLiteral("Greenstar Academy"), {}).isEmpty());
    CHECK(matcher.find({}, {}).isEmpty());
}

TEST_CASE("The same phone number matches whatever its formatting and country prefix")
{
    const CustomerMatcher matcher = sampleMatcher();
    const auto byPhone = matcher.find(QStringLiteral("Someone else"), QStringLiteral("+86 10 8888 6666"));
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone[0].customer.code == QStringLiteral("C001"));
    CHECK(byPhone[0].samePhone);
    CHECK_FALSE(byPhone[0].similarName);
    CHECK(matcher.find(QStringLiteral("Someone else"), QStringLiteral("139-1234-5678")).size() == 1);
    CHECK(matcher.find(QStringLiteral("Someone else"), QStringLiteral("010-88886667")).isEmpty());
    // Too few digits to say anything.
    CHECK(matcher.find(QStringLiteral("Someone else"), QStringLiteral("6666")).isEmpty());
}

TEST_CASE("Matches on name and phone come first, and the customer being edited is skipped")
{
    const CustomerMatcher matcher = sampleMatcher();
    const auto matches = matcher.find(QStringLiteral("Harbour"), QStringLiteral("13912345678"));
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].customer.code == QStringLiteral("C002"));
    CHECK(matches[0].similarName);
    CHECK(matches[0].samePhone);
    CHECK(codes(matcher.find(QStringLiteral("Harbour"), QStringLiteral("13912345678"), QStringLiteral("2")))
          == QStringList{QStringLiteral("C004")});
    CHECK(matcher.find(QStringLiteral("Harbour"), {}, {}, 1).size() == 1);
}
