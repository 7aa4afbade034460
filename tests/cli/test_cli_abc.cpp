// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using sb::test::runCli;

// The fixture tests/fixtures/abc: seven customers and their 2025 revenue
// (confirmed, delivered and closed orders dated 2025-01-01 … 2025-12-31):
//   C01  SO-1: 10 × 300.00 + 4 × 500.00           = 5000.00
//   C02  SO-2: 5 × 300.00, SO-3: 2 × 500.00        = 2500.00
//   C03  SO-4: 15 × 100.00 (on 2025-12-31)          = 1500.00
//   C04  SO-5: 6 × 100.00 (on 2025-01-01)           =  600.00
//   C05  SO-6: 5 × 100.00 less 20 %                 =  400.00  (SO-10 is dated 2026)
//   C06  draft SO-7, cancelled SO-8, SO-9 in 2024   =    0.00
//   C07  no orders                                  =    0.00
// Total 10000.00. Shares: .50 .25 .15 .06 .04 0 0; cumulative .50 .75 .90 .96 1 1 1.
namespace {

struct AbcWorkspace
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("abc.salesbench"));

    AbcWorkspace()
    {
        const QString fixtures = QStringLiteral(SB_SOURCE_DIR "/tests/fixtures/abc/");
        for (const char *entity : {"customers", "products", "order-lines"}) {
            const auto r = runCli(
                {QStringLiteral("--db"), path, QStringLiteral("import"), QLatin1String(entity),
                 fixtures + QLatin1String(entity) + QStringLiteral(".csv"), QStringLiteral("--no-backup")});
            INFO(r.out.toStdString() + r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
    }

    sb::test::ProcessResult abc(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("abc")} + args);
    }

    QJsonObject json(const QStringList &args) const
    {
        const auto r = abc(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
};

const QStringList year2025 = {QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                              QStringLiteral("2025-12-31")};

QStringList classesOf(const QJsonObject &root)
{
    QStringList out;
    for (const QJsonValue &c : root.value(QStringLiteral("customers")).toArray())
        out.append(c[QStringLiteral("code")].toString() + u'=' + c[QStringLiteral("class")].toString());
    return out;
}

} // namespace

TEST_CASE("abc json classifies the fixture customers by cumulative revenue share", "[cli][abc]")
{
    const AbcWorkspace w;
    const QJsonObject root = w.json(year2025);

    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2025-01-01"));
    CHECK(root.value(QStringLiteral("to")).toString() == QStringLiteral("2025-12-31"));
    CHECK(root.value(QStringLiteral("method")).toString() == QStringLiteral("revenue"));
    CHECK(root.value(QStringLiteral("thresholds"))[QStringLiteral("a")].toInt() == 80);
    CHECK(root.value(QStringLiteral("thresholds"))[QStringLiteral("b")].toInt() == 95);

    // Share before each customer: C01 0, C02 .50, C03 .75 (crosses .80: still A),
    // C04 .90 (< .95: B), C05 .96 (C); no revenue is always C.
    CHECK(classesOf(root)
          == QStringList{QStringLiteral("C01=A"), QStringLiteral("C02=A"), QStringLiteral("C03=A"),
                         QStringLiteral("C04=B"), QStringLiteral("C05=C"), QStringLiteral("C06=C"),
                         QStringLiteral("C07=C")});
    const QJsonArray customers = root.value(QStringLiteral("customers")).toArray();
    REQUIRE(customers.size() == 7);
    CHECK(customers[0][QStringLiteral("revenue")].toInteger() == 500000);
    CHECK(customers[1][QStringLiteral("name")].toString() == QStringLiteral("华东机电有限公司"));
    CHECK(customers[2][QStringLiteral("name")].toString() == QStringLiteral("\"Quoted\" & Co"));
    CHECK(customers[4][QStringLiteral("revenue")].toInteger() == 40000); // 5 × 100.00 less 20 %
    CHECK(customers[2][QStringLiteral("cumulative_share")].toDouble() == Approx(0.90));
    CHECK(customers[3][QStringLiteral("cumulative_share")].toDouble() == Approx(0.96));
    CHECK(customers[6][QStringLiteral("revenue")].toInteger() == 0);

    // A: 3 of 7 customers, 9000.00 = 90 %; B: 1, 600.00 = 6 %; C: 3, 400.00 = 4 %.
    const QJsonArray classes = root.value(QStringLiteral("classes")).toArray();
    REQUIRE(classes.size() == 3);
    const QList<std::tuple<const char *, int, qint64, double, double>> expected
        = {{"A", 3, 900000, 0.90, 0.60}, {"B", 1, 60000, 0.06, 0.30}, {"C", 3, 40000, 0.04, 0.10}};
    for (int i = 0; i < 3; ++i) {
        const auto &[name, count, revenue, share, resources] = expected[i];
        const QJsonObject c = classes[i].toObject();
        INFO(name);
        CHECK(c.value(QStringLiteral("class")).toString() == QLatin1String(name));
        CHECK(c.value(QStringLiteral("customers")).toInt() == count);
        CHECK(c.value(QStringLiteral("customer_share")).toDouble() == Approx(count / 7.0));
        CHECK(c.value(QStringLiteral("revenue")).toInteger() == revenue);
        CHECK(c.value(QStringLiteral("revenue_share")).toDouble() == Approx(share));
        CHECK(c.value(QStringLiteral("resource_share")).toDouble() == Approx(resources));
        CHECK(c.keys().size() == 6);
    }
}

TEST_CASE("abc json keys are those of architecture.md, in its order", "[cli][abc]")
{
    const AbcWorkspace w;
    const auto r = w.abc(year2025 + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const auto inOrder = [&r](const QStringList &keys) {
        qsizetype at = -1;
        for (const QString &key : keys) {
            const qsizetype next = r.out.indexOf(u'"' + key + QStringLiteral("\":"), at + 1);
            INFO(key.toStdString());
            REQUIRE(next > at);
            at = next;
        }
    };
    inOrder({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("method"),
             QStringLiteral("thresholds"), QStringLiteral("a"), QStringLiteral("b"),
             QStringLiteral("classes"), QStringLiteral("class"), QStringLiteral("customers"),
             QStringLiteral("customer_share"), QStringLiteral("revenue"), QStringLiteral("revenue_share"),
             QStringLiteral("resource_share")});
    const qsizetype list = r.out.lastIndexOf(QStringLiteral("\"customers\": ["));
    REQUIRE(list > 0);
    const QString firstCustomer = r.out.mid(list, r.out.indexOf(u'}', list) - list);
    CHECK(firstCustomer.indexOf(QStringLiteral("\"code\""))
          < firstCustomer.indexOf(QStringLiteral("\"name\"")));
    CHECK(firstCustomer.indexOf(QStringLiteral("\"name\""))
          < firstCustomer.indexOf(QStringLiteral("\"revenue\"")));
    CHECK(firstCustomer.indexOf(QStringLiteral("\"revenue\""))
          < firstCustomer.indexOf(QStringLiteral("\"cumulative_share\"")));
    CHECK(firstCustomer.indexOf(QStringLiteral("\"cumulative_share\""))
          < firstCustomer.indexOf(QStringLiteral("\"class\"")));
}

TEST_CASE("abc thresholds move the boundaries: a share-before equal to a threshold falls below it",
          "[cli][abc]")
{
    const AbcWorkspace w;
    // --a 50 --b 90: C01 before 0 → A; C02 before exactly .50 → B; C03 before .75 → B;
    // C04 before exactly .90 → C.
    const QJsonObject root = w.json(year2025
                                    + QStringList{QStringLiteral("--a"), QStringLiteral("50"),
                                                  QStringLiteral("--b"), QStringLiteral("90")});
    CHECK(classesOf(root)
          == QStringList{QStringLiteral("C01=A"), QStringLiteral("C02=B"), QStringLiteral("C03=B"),
                         QStringLiteral("C04=C"), QStringLiteral("C05=C"), QStringLiteral("C06=C"),
                         QStringLiteral("C07=C")});
    CHECK(root.value(QStringLiteral("thresholds"))[QStringLiteral("a")].toInt() == 50);
}

TEST_CASE("abc --method count puts the top 20 % of customers in A and the next 30 % in B", "[cli][abc]")
{
    const AbcWorkspace w;
    // 7 customers; share of customers ranked before: C01 0, C02 1/7 = .14 (crosses .20: still A),
    // C03 .29, C04 .43 (crosses .50: still B), C05 .57 → C; C06 and C07 have no revenue: C.
    const QJsonObject root
        = w.json(year2025 + QStringList{QStringLiteral("--method"), QStringLiteral("count")});
    CHECK(root.value(QStringLiteral("method")).toString() == QStringLiteral("count"));
    CHECK(classesOf(root)
          == QStringList{QStringLiteral("C01=A"), QStringLiteral("C02=A"), QStringLiteral("C03=B"),
                         QStringLiteral("C04=B"), QStringLiteral("C05=C"), QStringLiteral("C06=C"),
                         QStringLiteral("C07=C")});
    const QJsonArray classes = root.value(QStringLiteral("classes")).toArray();
    CHECK(classes[1][QStringLiteral("revenue")].toInteger() == 210000); // 1500.00 + 600.00
}

TEST_CASE("abc csv lists the class summary and every customer with snake_case headers", "[cli][abc]")
{
    const AbcWorkspace w;
    const auto r = w.abc(year2025 + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.exitCode == 0);
    const QStringList blocks = r.out.split(QStringLiteral("\n\n"));
    REQUIRE(blocks.size() == 2);
    const QStringList classLines = blocks[0].split(u'\n');
    CHECK(classLines[0]
          == QStringLiteral("class,customers,customer_share,revenue,revenue_share,resource_share"));
    CHECK(classLines[1].startsWith(QStringLiteral("\"A\",3,")));
    CHECK(classLines[1].contains(QStringLiteral(",9000.00,0.9,0.6")));
    const QStringList customerLines = blocks[1].trimmed().split(u'\n');
    CHECK(customerLines[0] == QStringLiteral("rank,code,name,revenue,share,cumulative_share,class"));
    REQUIRE(customerLines.size() == 8); // header + all 7 customers
    CHECK(customerLines[1] == QStringLiteral("1,\"C01\",\"Northwind Trading\",5000.00,0.5,0.5,\"A\""));
    CHECK(customerLines[3].contains(QStringLiteral("\"\"\"Quoted\"\" & Co\"")));
}

TEST_CASE("abc table shows the classes and a ranked list cut at --limit with a note", "[cli][abc]")
{
    const AbcWorkspace w;
    const auto r = w.abc(year2025 + QStringList{QStringLiteral("--limit"), QStringLiteral("2")});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("From:")));
    CHECK(r.out.contains(QStringLiteral("2025-01-01")));
    CHECK(r.out.contains(QStringLiteral("10000.00"))); // total revenue
    CHECK(r.out.contains(QStringLiteral("the top 2 of 7")));
    CHECK(r.out.contains(QStringLiteral("Northwind Trading")));
    CHECK(r.out.contains(QStringLiteral("华东机电有限公司")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Delta Tools"))); // rank 4, below the limit
    CHECK(r.out.contains(QStringLiteral("90.0%"))); // class A's revenue share

    const auto all = w.abc(year2025);
    CHECK(all.out.contains(QStringLiteral("Eta Without Orders"))); // 7 < the default 20
    CHECK_FALSE(all.out.contains(QStringLiteral("the top")));
}

TEST_CASE("abc without a period covers the 12 months ending today", "[cli][abc]")
{
    const AbcWorkspace w;
    const QJsonObject root = w.json({});
    const QDate today = QDate::currentDate();
    CHECK(root.value(QStringLiteral("to")).toString() == today.toString(Qt::ISODate));
    CHECK(root.value(QStringLiteral("from")).toString()
          == today.addMonths(-12).addDays(1).toString(Qt::ISODate));
    const QJsonObject fromOnly = w.json({QStringLiteral("--to"), QStringLiteral("2025-12-31")});
    CHECK(fromOnly.value(QStringLiteral("from")).toString() == QStringLiteral("2025-01-01"));
}

TEST_CASE("abc refuses bad dates, a reversed period, bad thresholds and methods with exit 1",
          "[cli][abc][usage]")
{
    const AbcWorkspace w;
    const QList<QStringList> bad = {
        {QStringLiteral("--from"), QStringLiteral("2025-13-01")},
        {QStringLiteral("--to"), QStringLiteral("31/12/2025")},
        {QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
         QStringLiteral("2025-01-01")},
        {QStringLiteral("--a"), QStringLiteral("96")},
        {QStringLiteral("--a"), QStringLiteral("80"), QStringLiteral("--b"), QStringLiteral("120")},
        {QStringLiteral("--b"), QStringLiteral("x")},
        {QStringLiteral("--method"), QStringLiteral("profit")},
        {QStringLiteral("--limit"), QStringLiteral("-3")},
        {QStringLiteral("--format"), QStringLiteral("xml")},
    };
    for (const QStringList &args : bad) {
        const auto r = w.abc(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("Usage: salesbench-cli")));
    }
}
