// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/analytics/abc.h"

#include <algorithm>

namespace abc = sb::core::abc;
using abc::Class;
using abc::CustomerRevenue;

namespace {

// Customers named by code; the id is "id-" + code so tests can tell them apart.
CustomerRevenue customer(const char *code, sb::core::Money revenue)
{
    const QString c = QString::fromLatin1(code);
    return CustomerRevenue{QStringLiteral("id-") + c, c, QStringLiteral("Name ") + c, revenue};
}

QStringList codes(const abc::AbcResult &r)
{
    QStringList out;
    for (const abc::Row &row : r.rows)
        out.append(row.code);
    return out;
}

QString classes(const abc::AbcResult &r)
{
    QString out;
    for (const abc::Row &row : r.rows)
        out += abc::key(row.cls);
    return out;
}

Approx exactly(double v)
{
    return Approx(v).epsilon(1e-12).margin(1e-15);
}

// Revenues 600, 250, 100, 30, 20: total 1000. Used by several tests.
QList<CustomerRevenue> fiveCustomers()
{
    return {customer("C04", 30), customer("C01", 600), customer("C05", 20), customer("C03", 100),
            customer("C02", 250)};
}

} // namespace

TEST_CASE("customers are ranked by revenue descending with ties broken by code ascending", "[abc]")
{
    const auto r = abc::classify(
        {customer("C003", 500), customer("C002", 300), customer("C004", 200), customer("C001", 300)});
    // 500 first; C001 and C002 both 300, so code order; then 200.
    CHECK(codes(r)
          == QStringList{QStringLiteral("C003"), QStringLiteral("C001"), QStringLiteral("C002"),
                         QStringLiteral("C004")});
    CHECK(r.rows.at(0).rank == 1);
    CHECK(r.rows.at(3).rank == 4);
    CHECK(r.rows.at(1).customerId == QStringLiteral("id-C001"));
    CHECK(r.rows.at(1).name == QStringLiteral("Name C001"));
}

TEST_CASE("the customer that crosses the A threshold is still A, shares include the customer", "[abc]")
{
    const auto r = abc::classify(fiveCustomers());
    REQUIRE(codes(r)
            == QStringList{QStringLiteral("C01"), QStringLiteral("C02"), QStringLiteral("C03"),
                           QStringLiteral("C04"), QStringLiteral("C05")});
    // share-before: C01 0/1000 = 0 → A; C02 600/1000 = 0.60 → A (it crosses 80 % to 85 %);
    // C03 850/1000 = 0.85 → B; C04 950/1000 = 0.95, not below 95 % → C; C05 980/1000 → C.
    CHECK(classes(r) == QStringLiteral("AABCC"));
    CHECK(r.rows.at(0).share == exactly(0.6));
    CHECK(r.rows.at(1).share == exactly(0.25));
    // cumulative share includes the customer itself: 0.60, 0.85, 0.95, 0.98, 1.00
    CHECK(r.rows.at(0).cumulativeShare == exactly(0.60));
    CHECK(r.rows.at(1).cumulativeShare == exactly(0.85));
    CHECK(r.rows.at(2).cumulativeShare == exactly(0.95));
    CHECK(r.rows.at(3).cumulativeShare == exactly(0.98));
    CHECK(r.rows.at(4).cumulativeShare == exactly(1.0));
    CHECK(r.totalRevenue == 1000);
}

TEST_CASE("a customer whose share before is exactly the A threshold is B", "[abc]")
{
    // 80, 15, 5 (total 100): share-before 0 → A; 80/100 = 0.80 exactly, not below → B;
    // 95/100 = 0.95 exactly, not below the B threshold → C.
    const auto r = abc::classify({customer("X", 80), customer("Y", 15), customer("Z", 5)});
    CHECK(classes(r) == QStringLiteral("ABC"));

    // The same holds for thresholds that a double cannot represent exactly: 7/10 with a = 0.7.
    const auto r2 = abc::classify({customer("P", 7), customer("Q", 3)}, abc::Method::Revenue,
                                  abc::Thresholds{0.7, 0.9});
    // P: 0 → A; Q: 7/10 = 0.7, not below 0.7 → B (0.7 < 0.9).
    CHECK(classes(r2) == QStringLiteral("AB"));
}

TEST_CASE("custom thresholds move the class boundaries", "[abc]")
{
    // a = 50 %, b = 90 %: share-before 0 → A; 0.60 → B; 0.85 → B; 0.95 → C; 0.98 → C.
    const auto r = abc::classify(fiveCustomers(), abc::Method::Revenue, abc::Thresholds{0.50, 0.90});
    CHECK(classes(r) == QStringLiteral("ABBCC"));
    CHECK(r.thresholds.a == 0.50);

    // b below a is raised to a: no B class at all. 0 → A, 0.6 → A, 0.85 ≥ 0.8 → C.
    const auto r2 = abc::classify(fiveCustomers(), abc::Method::Revenue, abc::Thresholds{0.80, 0.10});
    CHECK(classes(r2) == QStringLiteral("AACCC"));
}

TEST_CASE("customers with zero revenue are C and add nothing to the shares", "[abc]")
{
    const auto r = abc::classify({customer("Z1", 0), customer("R1", 100), customer("Z0", 0)});
    // R1 holds all 100; the two zero customers follow in code order, C, share 0.
    CHECK(codes(r) == QStringList{QStringLiteral("R1"), QStringLiteral("Z0"), QStringLiteral("Z1")});
    CHECK(classes(r) == QStringLiteral("ACC"));
    CHECK(r.rows.at(1).share == 0.0);
    CHECK(r.rows.at(1).cumulativeShare == exactly(1.0));
}

TEST_CASE("a period without revenue has no A or B customers, zero shares and no division by zero", "[abc]")
{
    const auto r = abc::classify({customer("A1", 0), customer("A2", 0), customer("A3", 0)});
    CHECK(classes(r) == QStringLiteral("CCC"));
    CHECK(r.totalRevenue == 0);
    for (const abc::Row &row : r.rows) {
        CHECK(row.share == 0.0);
        CHECK(row.cumulativeShare == 0.0);
    }
    CHECK(r.summary(Class::A).customers == 0);
    CHECK(r.summary(Class::A).revenueShare == 0.0);
    CHECK(r.summary(Class::C).customers == 3);
    CHECK(r.summary(Class::C).customerShare == exactly(1.0)); // 3 / 3
    CHECK(r.summary(Class::C).revenueShare == 0.0);

    const auto none = abc::classify({});
    CHECK(none.rows.isEmpty());
    CHECK(none.customerCount == 0);
    for (const Class cls : abc::allClasses()) {
        CHECK(none.summary(cls).customers == 0);
        CHECK(none.summary(cls).customerShare == 0.0);
        CHECK(none.summary(cls).revenueShare == 0.0);
    }
}

TEST_CASE("a single customer with revenue is A", "[abc]")
{
    const auto r = abc::classify({customer("ONLY", 42)});
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows.at(0).cls == Class::A); // share-before 0 < 80 %
    CHECK(r.rows.at(0).share == exactly(1.0));
    CHECK(r.summary(Class::A).revenueShare == exactly(1.0));
}

TEST_CASE("negative revenue customers are listed as C and left out of the share base", "[abc]")
{
    const auto r
        = abc::classify({customer("N", -50), customer("P1", 300), customer("Z", 0), customer("P2", 100)});
    // Base = 300 + 100 = 400 (positive only); net = 350.
    // Ranking: 300, 100, 0, -50. P1: 0 → A; P2: 300/400 = 0.75 → A; Z and N → C.
    CHECK(
        codes(r)
        == QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("Z"), QStringLiteral("N")});
    CHECK(classes(r) == QStringLiteral("AACC"));
    CHECK(r.totalRevenue == 400);
    CHECK(r.netRevenue == 350);
    CHECK(r.rows.at(0).share == exactly(0.75)); // 300 / 400
    CHECK(r.rows.at(3).revenue == -50);
    CHECK(r.rows.at(3).share == 0.0);
    CHECK(r.rows.at(3).cumulativeShare == exactly(1.0));
    // C: 2 customers, net revenue 0 + (−50) = −50, positive share 0.
    CHECK(r.summary(Class::C).customers == 2);
    CHECK(r.summary(Class::C).revenue == -50);
    CHECK(r.summary(Class::C).revenueShare == 0.0);
}

TEST_CASE("class summaries give customer count and share, revenue and share, resource share", "[abc]")
{
    const auto r
        = abc::classify(fiveCustomers(), abc::Method::Revenue, {}, abc::ResourceShares{0.5, 0.3, 0.2});
    // Classes AABCC over revenues 600, 250 | 100 | 30, 20; 5 customers, total 1000.
    const auto &a = r.summary(Class::A);
    CHECK(a.cls == Class::A);
    CHECK(a.customers == 2);
    CHECK(a.customerShare == exactly(0.4)); // 2 / 5
    CHECK(a.revenue == 850); // 600 + 250
    CHECK(a.revenueShare == exactly(0.85)); // 850 / 1000
    CHECK(a.resourceShare == 0.5);
    const auto &b = r.summary(Class::B);
    CHECK(b.customers == 1);
    CHECK(b.customerShare == exactly(0.2)); // 1 / 5
    CHECK(b.revenue == 100);
    CHECK(b.revenueShare == exactly(0.1)); // 100 / 1000
    CHECK(b.resourceShare == 0.3);
    const auto &c = r.summary(Class::C);
    CHECK(c.customers == 2);
    CHECK(c.revenue == 50); // 30 + 20
    CHECK(c.revenueShare == exactly(0.05)); // 50 / 1000
    CHECK(c.resourceShare == 0.2);
    CHECK(r.customerCount == 5);

    const auto defaults = abc::classify(fiveCustomers());
    CHECK(defaults.summary(Class::A).resourceShare == 0.6);
    CHECK(defaults.summary(Class::B).resourceShare == 0.3);
    CHECK(defaults.summary(Class::C).resourceShare == 0.1);
}

TEST_CASE("the count method makes 2 A, 3 B and 5 C of 10 customers", "[abc]")
{
    QList<CustomerRevenue> input;
    // K01 … K10 with revenue 1000, 900, …, 100: ranking is K01 … K10.
    for (int i = 1; i <= 10; ++i)
        input.append(
            customer(qPrintable(QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0'))), (11 - i) * 100));
    const auto r = abc::classify(input, abc::Method::Count);
    // ⌈10 × 20 %⌉ = 2 A, ⌈10 × 50 %⌉ − 2 = 3 B, rest C.
    CHECK(classes(r) == QStringLiteral("AABBBCCCCC"));
    CHECK(r.method == abc::Method::Count);
    CHECK(r.summary(Class::A).customerShare == exactly(0.2));
    // A revenue 1000 + 900 = 1900 of 5500 (= 100 × (1 + … + 10)).
    CHECK(r.summary(Class::A).revenue == 1900);
    CHECK(r.summary(Class::A).revenueShare == exactly(1900.0 / 5500.0));
    // The revenue method on the same data splits differently: share-before of K06 is
    // 4000/5500 = 0.727 → A, K07 4500/5500 = 0.818 → B, K09 5200/5500 = 0.945 → B,
    // K10 5400/5500 = 0.982 → C.
    CHECK(classes(abc::classify(input)) == QStringLiteral("AAAAAABBBC"));
}

TEST_CASE("the count method keeps the customer that crosses 20 % in A and zero revenue customers in C",
          "[abc]")
{
    // n = 5: shares of customers ranked before are 0, 0.2, 0.4, 0.6, 0.8 → A, B, B, C, C by
    // count — but rank 3 has no revenue, so it is C.
    const auto r = abc::classify(
        {customer("E", 0), customer("B", 40), customer("A", 50), customer("C", 0), customer("D", 0)},
        abc::Method::Count);
    CHECK(codes(r)
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                         QStringLiteral("E")});
    CHECK(classes(r) == QStringLiteral("ABCCC"));
    // n = 7: shares before are 0, 1/7 = 0.143, 2/7 = 0.286, 3/7 = 0.429, 4/7 = 0.571 …: rank 2
    // crosses 20 % and stays A, rank 4 crosses 50 % and stays B: A = 2 (⌈1.4⌉), B = 2, C = 3.
    QList<CustomerRevenue> seven;
    for (int i = 0; i < 7; ++i)
        seven.append(customer(qPrintable(QStringLiteral("S%1").arg(i)), 100 - i));
    const auto r7 = abc::classify(seven, abc::Method::Count);
    CHECK(classes(r7) == QStringLiteral("AABBCCC"));
    CHECK(r7.summary(Class::A).customers == 2);
    CHECK(r7.summary(Class::A).revenue == 100 + 99);
    CHECK(r7.summary(Class::B).customers == 2);
    CHECK(r7.summary(Class::C).customers == 3);
    // One customer alone is the top 20 %: A, not C; of two, the first is A and the second,
    // with half the customers before it, is C.
    CHECK(classes(abc::classify({customer("K1", 500)}, abc::Method::Count)) == QStringLiteral("A"));
    CHECK(classes(abc::classify({customer("K1", 500), customer("K2", 300)}, abc::Method::Count))
          == QStringLiteral("AC"));
    // n = 6: shares before 0, 0.167, 0.333, 0.5 …: A, A, B, C, C, C.
    QList<CustomerRevenue> six;
    for (int i = 0; i < 6; ++i)
        six.append(customer(qPrintable(QStringLiteral("T%1").arg(i)), 60 - i));
    CHECK(classes(abc::classify(six, abc::Method::Count)) == QStringLiteral("AABCCC"));
}

TEST_CASE("the order of the input does not change the result", "[abc]")
{
    QList<CustomerRevenue> input = fiveCustomers();
    input.append(customer("C00", 100)); // ties C03 at 100, ranks before it by code
    std::sort(input.begin(), input.end(),
              [](const CustomerRevenue &l, const CustomerRevenue &r) { return l.code < r.code; });
    const auto reference = abc::classify(input);
    // total 1100: C01 0 → A; C02 600/1100 = 0.545 → A; C00 850/1100 = 0.773 → A;
    // C03 950/1100 = 0.864 → B; C04 1050/1100 = 0.955 → C; C05 → C.
    CHECK(codes(reference)
          == QStringList{QStringLiteral("C01"), QStringLiteral("C02"), QStringLiteral("C00"),
                         QStringLiteral("C03"), QStringLiteral("C04"), QStringLiteral("C05")});
    CHECK(classes(reference) == QStringLiteral("AAABCC"));
    int permutations = 0;
    do {
        const auto r = abc::classify(input);
        REQUIRE(codes(r) == codes(reference));
        REQUIRE(classes(r) == classes(reference));
        ++permutations;
    } while (std::next_permutation(
        input.begin(), input.end(),
        [](const CustomerRevenue &l, const CustomerRevenue &r) { return l.code < r.code; }));
    CHECK(permutations == 720); // 6!
}

TEST_CASE("the movement matrix counts customers per cell and lists the A customers slipping to B", "[abc]")
{
    // Before (total 1000): X 600, Y 250, Z 100, L 50.
    //   share-before X 0 → A, Y 0.60 → A, Z 0.85 → B, L 0.95 → C.  W and N are absent → C.
    const auto before
        = abc::classify({customer("X", 600), customer("Y", 250), customer("Z", 100), customer("L", 50)});
    // After (total 1000): X 500, N 300, Z 100, Y 80, W 20.
    //   share-before X 0 → A, N 0.50 → A, Z 0.80 → B, Y 0.90 → B, W 0.98 → C.  L is absent → C.
    const auto after = abc::classify(
        {customer("X", 500), customer("N", 300), customer("Z", 100), customer("Y", 80), customer("W", 20)});
    REQUIRE(classes(before) == QStringLiteral("AABC"));
    REQUIRE(classes(after) == QStringLiteral("AABBC"));

    const auto m = abc::compareClasses(before, after);
    CHECK(m.count(Class::A, Class::A) == 1); // X
    CHECK(m.count(Class::A, Class::B) == 1); // Y slips
    CHECK(m.count(Class::B, Class::B) == 1); // Z
    CHECK(m.count(Class::C, Class::A) == 1); // N, new
    CHECK(m.count(Class::C, Class::C) == 2); // L (gone), W (new, small)
    int total = 0;
    for (const auto &row : m.counts)
        for (const int n : row)
            total += n;
    CHECK(total == 6);

    REQUIRE(m.cell(Class::A, Class::B).size() == 1);
    const auto &y = m.cell(Class::A, Class::B).at(0);
    CHECK(y.customerId == QStringLiteral("id-Y"));
    CHECK(y.revenueBefore == 250);
    CHECK(y.revenueAfter == 80);
    CHECK(y.rankBefore == 2);
    CHECK(y.rankAfter == 4);

    const auto &n = m.cell(Class::C, Class::A).at(0);
    CHECK(n.code == QStringLiteral("N"));
    CHECK(n.revenueBefore == 0);
    CHECK(n.rankBefore == 0);
    // C→C lists the earlier period's customer first, then the one found only later.
    REQUIRE(m.cell(Class::C, Class::C).size() == 2);
    CHECK(m.cell(Class::C, Class::C).at(0).code == QStringLiteral("L"));
    CHECK(m.cell(Class::C, Class::C).at(0).revenueAfter == 0);
    CHECK(m.cell(Class::C, Class::C).at(0).rankAfter == 0);
    CHECK(m.cell(Class::C, Class::C).at(1).code == QStringLiteral("W"));
}

TEST_CASE("classById maps every listed customer to its class", "[abc]")
{
    const auto ids = abc::classById(abc::classify(fiveCustomers()));
    CHECK(ids.size() == 5);
    CHECK(ids.value(QStringLiteral("id-C01")) == Class::A);
    CHECK(ids.value(QStringLiteral("id-C02")) == Class::A);
    CHECK(ids.value(QStringLiteral("id-C03")) == Class::B);
    CHECK(ids.value(QStringLiteral("id-C05")) == Class::C);
}

TEST_CASE("class and method keys round-trip and have display names", "[abc]")
{
    CHECK(abc::key(Class::A) == QStringLiteral("A"));
    CHECK(abc::key(Class::C) == QStringLiteral("C"));
    CHECK(abc::classFromKey(u" b ") == Class::B);
    CHECK(abc::classFromKey(u"c") == Class::C);
    CHECK_FALSE(abc::classFromKey(u"D").has_value());
    CHECK_FALSE(abc::classFromKey(u"").has_value());
    // No translator is installed in tests, so the English source text shows.
    CHECK(abc::displayName(Class::A) == QStringLiteral("Class A"));
    CHECK(abc::displayName(Class::B) == QStringLiteral("Class B"));

    CHECK(abc::methodKey(abc::Method::Revenue) == QStringLiteral("revenue"));
    CHECK(abc::methodFromKey(u"COUNT") == abc::Method::Count);
    CHECK(abc::methodFromKey(u"revenue") == abc::Method::Revenue);
    CHECK_FALSE(abc::methodFromKey(u"pareto").has_value());
    CHECK_FALSE(abc::methodDisplayName(abc::Method::Count).isEmpty());
}

TEST_CASE("thresholds and resource shares are checked for sense", "[abc]")
{
    CHECK(abc::isValid(abc::Thresholds{}));
    CHECK(abc::isValid(abc::Thresholds{0.7, 0.7}));
    CHECK_FALSE(abc::isValid(abc::Thresholds{0.9, 0.8}));
    CHECK_FALSE(abc::isValid(abc::Thresholds{0.8, 1.2}));
    CHECK_FALSE(abc::isValid(abc::Thresholds{-0.1, 0.9}));

    CHECK(abc::isValid(abc::ResourceShares{}));
    CHECK(abc::isValid(abc::ResourceShares{0.5, 0.3, 0.2}));
    CHECK_FALSE(abc::isValid(abc::ResourceShares{0.6, 0.3, 0.2})); // adds to 1.1
    CHECK_FALSE(abc::isValid(abc::ResourceShares{1.2, -0.1, -0.1}));
}
