// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/productrepository.h"
#include "core/storage/reprepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace sb::core;
using sb::test::runCli;

// The book: twelve opportunities built with the repositories (creation, then each
// move dated). IC initial contact, NC needs confirmed, P proposal, N negotiation.
//
//   code  owner created     moves                                             highest  amount
//   D00   R2    2024-12-15  NC 12-20, P 12-28, N 2025-01-05, won 2025-01-14    won      (2024 cohort)
//   D01   R1    2025-01-05  (stays in IC)                                      IC       100.00
//   D02   R1    2025-01-06  lost 01-20                                         IC       200.00
//   D03   R2    2025-01-07  lost 02-01                                         IC       300.00
//   D04   R1    2025-01-08  NC 01-15                                           NC       400.00
//   D05   R2    2025-01-09  NC 01-16, lost 02-05                               NC       500.00
//   D06   R1    2025-01-12  NC 01-20, P 02-01                                  P        600.00
//   D07   R1    2025-01-13  NC 01-21, P 02-02, lost 02-20                      P        700.00
//   D08   R2    2025-01-14  NC 01-22, P 02-03, lost 03-05                      P        800.00
//   D09   R2    2025-01-15  NC 01-23, P 02-04                                  P        900.00
//   D10   R1    2025-01-10  NC 01-17, P 01-31, N 02-14, won 03-01              won     1000.00
//   D11   R2    2025-04-10  NC 04-15, P 05-01, N 06-01, won 07-19              won      (Q2 cohort)
//
// Q1 2025 (2025-01-01 … 2025-03-31), cohort D01–D10 by highest stage: IC 3, NC 2, P 4, N 0, won 1.
//   reached            10    7    5    1    1
//   cumulative rate     1   .7   .5   .1   .1
//   step rate           -   .7  5/7   .2    1
//   industry step       -   .4 .625  .48 5/12   → only proposal → negotiation is below (.2 < .48)
// Closed in Q1: won D10 (50 days: Jan 10 → Mar 1) and D00 (30 days: Dec 15 → Jan 14),
//   lost D02 D03 D05 D07 D08: win rate 2/7, cycle median 40, mean 40.
// Whole book: reached 12 9 7 3 3; won 3 (30, 50, 100 days: median 50, mean 60), lost 5, win rate 3/8.
// Products needed: D05 D06 D08 D10 name the servo drive (line 工业自动化, by name in another
// case), D07 the shredder by its SKU (line 办公设备); the others name nothing.
namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct Deal
{
    const char *code;
    const char *owner;
    QDate created;
    Money amount;
    QList<std::pair<Stage, QDate>> moves;
};

constexpr Stage NC = Stage::NeedsConfirmed;
constexpr Stage P = Stage::Proposal;
constexpr Stage N = Stage::Negotiation;
constexpr Stage W = Stage::Won;
constexpr Stage L = Stage::Lost;

const QList<Deal> &book()
{
    static const QList<Deal> deals = {
        {"D00",
         "R2",
         d(2024, 12, 15),
         50000,
         {{NC, d(2024, 12, 20)}, {P, d(2024, 12, 28)}, {N, d(2025, 1, 5)}, {W, d(2025, 1, 14)}}},
        {"D01", "R1", d(2025, 1, 5), 10000, {}},
        {"D02", "R1", d(2025, 1, 6), 20000, {{L, d(2025, 1, 20)}}},
        {"D03", "R2", d(2025, 1, 7), 30000, {{L, d(2025, 2, 1)}}},
        {"D04", "R1", d(2025, 1, 8), 40000, {{NC, d(2025, 1, 15)}}},
        {"D05", "R2", d(2025, 1, 9), 50000, {{NC, d(2025, 1, 16)}, {L, d(2025, 2, 5)}}},
        {"D06", "R1", d(2025, 1, 12), 60000, {{NC, d(2025, 1, 20)}, {P, d(2025, 2, 1)}}},
        {"D07", "R1", d(2025, 1, 13), 70000, {{NC, d(2025, 1, 21)}, {P, d(2025, 2, 2)}, {L, d(2025, 2, 20)}}},
        {"D08", "R2", d(2025, 1, 14), 80000, {{NC, d(2025, 1, 22)}, {P, d(2025, 2, 3)}, {L, d(2025, 3, 5)}}},
        {"D09", "R2", d(2025, 1, 15), 90000, {{NC, d(2025, 1, 23)}, {P, d(2025, 2, 4)}}},
        {"D10",
         "R1",
         d(2025, 1, 10),
         100000,
         {{NC, d(2025, 1, 17)}, {P, d(2025, 1, 31)}, {N, d(2025, 2, 14)}, {W, d(2025, 3, 1)}}},
        {"D11",
         "R2",
         d(2025, 4, 10),
         50000,
         {{NC, d(2025, 4, 15)}, {P, d(2025, 5, 1)}, {N, d(2025, 6, 1)}, {W, d(2025, 7, 19)}}},
    };
    return deals;
}

const QStringList q1 = {QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2025-03-31")};
const QStringList asJson = {QStringLiteral("--format"), QStringLiteral("json")};

struct FunnelWorkspace
{
    sb::test::TempWorkspace ws;

    FunnelWorkspace()
    {
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("北方电力");
        const QString customerId = CustomerRepository(*ws.db).create(c).meta.id;
        QHash<QString, QString> reps;
        for (const char *code : {"R1", "R2"}) {
            Rep rep;
            rep.code = QLatin1String(code);
            rep.name = QStringLiteral("Rep ") + rep.code;
            reps.insert(rep.code, RepRepository(*ws.db).create(rep).meta.id);
        }
        for (const auto &[sku, name, line] :
             {std::tuple{"IA-1", "Servo Drive", "工业自动化"}, std::tuple{"OE-1", "碎纸机", "办公设备"}}) {
            Product product;
            product.sku = QLatin1String(sku);
            product.name = QString::fromUtf8(name);
            product.productLine = QString::fromUtf8(line);
            ProductRepository(*ws.db).create(product);
        }
        const QHash<QString, QString> needs{{QStringLiteral("D05"), QStringLiteral("servo drive ×2")},
                                            {QStringLiteral("D06"), QStringLiteral("SERVO DRIVE")},
                                            {QStringLiteral("D08"), QStringLiteral("Servo Drive、电缆")},
                                            {QStringLiteral("D10"), QStringLiteral("servo drive")},
                                            {QStringLiteral("D07"), QStringLiteral("OE-1")}};
        const OpportunityRepository repo(*ws.db);
        for (const Deal &deal : book()) {
            Opportunity o;
            o.code = QLatin1String(deal.code);
            o.customerId = customerId;
            o.title = QStringLiteral("Deal ") + o.code;
            o.amount = deal.amount;
            o.ownerRepId = reps.value(QLatin1String(deal.owner));
            o.createdOn = deal.created;
            o.productsNeeded = needs.value(o.code);
            const QString id = repo.create(o).meta.id;
            for (const auto &[to, on] : deal.moves)
                repo.moveStage(id, to, to == L ? QStringLiteral("price") : QString(), {}, on);
        }
        ws.db.reset(); // the command opens the workspace itself
    }

    sb::test::ProcessResult run(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), ws.path, QStringLiteral("funnel")} + args);
    }

    QJsonObject json(const QStringList &args) const { return parse(run(args + asJson)); }

    static QJsonObject parse(const sb::test::ProcessResult &r)
    {
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
};

QList<qint64> reachedOf(const QJsonObject &root)
{
    QList<qint64> out;
    for (const QJsonValue &s : root.value(QStringLiteral("stages")).toArray())
        out.append(s[QStringLiteral("reached")].toInteger());
    return out;
}

} // namespace

TEST_CASE("funnel json gives the hand-computed Q1 funnel, win rate, cycle and bottleneck", "[cli][funnel]")
{
    const FunnelWorkspace w;
    const QJsonObject root = w.json(q1);

    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2025-01-01"));
    CHECK(root.value(QStringLiteral("to")).toString() == QStringLiteral("2025-03-31"));
    CHECK(root.value(QStringLiteral("definition")).toString() == QStringLiteral("pipeline"));
    CHECK(root.value(QStringLiteral("by")).toString() == QStringLiteral("count"));

    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 5);
    const QStringList keys
        = {QStringLiteral("initial_contact"), QStringLiteral("needs_confirmed"), QStringLiteral("proposal"),
           QStringLiteral("negotiation"), QStringLiteral("won")};
    const QList<qint64> reached = {10, 7, 5, 1, 1};
    const QList<double> cumulative = {1.0, 0.7, 0.5, 0.1, 0.1};
    const QList<double> step = {0.0, 0.7, 5.0 / 7.0, 0.2, 1.0};
    const QList<double> industry = {1.0, 0.40, 0.25, 0.12, 0.05};
    const QList<double> excellent = {1.0, 0.60, 0.40, 0.25, 0.15};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject s = stages[i].toObject();
        INFO(keys[i].toStdString());
        CHECK(s.value(QStringLiteral("stage")).toString() == keys[i]);
        CHECK(s.value(QStringLiteral("reached")).toInteger() == reached[i]);
        CHECK(s.value(QStringLiteral("cumulative_rate")).toDouble() == Approx(cumulative[i]));
        if (i == 0)
            CHECK(s.value(QStringLiteral("step_rate")).isNull());
        else
            CHECK(s.value(QStringLiteral("step_rate")).toDouble() == Approx(step[i]));
        CHECK(s.value(QStringLiteral("industry")).toDouble() == Approx(industry[i]));
        CHECK(s.value(QStringLiteral("excellent")).toDouble() == Approx(excellent[i]));
    }

    CHECK(root.value(QStringLiteral("won")).toInteger() == 2);
    CHECK(root.value(QStringLiteral("lost")).toInteger() == 5);
    CHECK(root.value(QStringLiteral("win_rate")).toDouble() == Approx(2.0 / 7.0));
    CHECK(root.value(QStringLiteral("cycle_days_median")).toDouble() == Approx(40.0));
    CHECK(root.value(QStringLiteral("cycle_days_mean")).toDouble() == Approx(40.0));

    const QJsonObject bottleneck = root.value(QStringLiteral("bottleneck")).toObject();
    CHECK(bottleneck.value(QStringLiteral("from")).toString() == QStringLiteral("proposal"));
    CHECK(bottleneck.value(QStringLiteral("to")).toString() == QStringLiteral("negotiation"));
    CHECK(bottleneck.value(QStringLiteral("advice")).toString().contains(QStringLiteral("differentiation")));
}

TEST_CASE("funnel json has the keys of architecture.md in its order, open ends as null", "[cli][funnel]")
{
    const FunnelWorkspace w;
    const auto r = w.run(asJson);
    const QJsonObject root = FunnelWorkspace::parse(r);
    CHECK(root.value(QStringLiteral("from")).isNull());
    CHECK(root.value(QStringLiteral("to")).isNull());

    const auto inOrder = [&r](const QStringList &keys, qsizetype from) {
        qsizetype at = from;
        for (const QString &key : keys) {
            const qsizetype next = r.out.indexOf(u'"' + key + QStringLiteral("\":"), at + 1);
            INFO(key.toStdString());
            REQUIRE(next > at);
            at = next;
        }
    };
    inOrder({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("stages"), QStringLiteral("won"),
             QStringLiteral("lost"), QStringLiteral("win_rate"), QStringLiteral("cycle_days_median"),
             QStringLiteral("cycle_days_mean"), QStringLiteral("bottleneck")},
            -1);
    inOrder({QStringLiteral("stage"), QStringLiteral("reached"), QStringLiteral("cumulative_rate"),
             QStringLiteral("step_rate"), QStringLiteral("industry"), QStringLiteral("excellent")},
            r.out.indexOf(QStringLiteral("\"stages\"")));
    inOrder({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("advice")},
            r.out.indexOf(QStringLiteral("\"bottleneck\"")));
    for (const QJsonValue &s : root.value(QStringLiteral("stages")).toArray()) {
        for (const char *key : {"stage", "reached", "cumulative_rate", "step_rate", "industry", "excellent"})
            CHECK(s.toObject().contains(QLatin1String(key)));
    }
}

TEST_CASE("funnel periods count the cohort by creation date and the closings by close date", "[cli][funnel]")
{
    const FunnelWorkspace w;

    // Whole book: D00 and D11 join the cohort, both won.
    const QJsonObject all = w.json({});
    CHECK(reachedOf(all) == QList<qint64>{12, 9, 7, 3, 3});
    CHECK(all.value(QStringLiteral("won")).toInteger() == 3);
    CHECK(all.value(QStringLiteral("lost")).toInteger() == 5);
    CHECK(all.value(QStringLiteral("win_rate")).toDouble() == Approx(3.0 / 8.0));
    CHECK(all.value(QStringLiteral("cycle_days_median")).toDouble() == Approx(50.0));
    CHECK(all.value(QStringLiteral("cycle_days_mean")).toDouble() == Approx(60.0));

    // Q1 leaves out D00 (created in December) and D11 (created in April) …
    CHECK(reachedOf(w.json(q1)) == QList<qint64>{10, 7, 5, 1, 1});

    // … and from April on only D11 is in the cohort and among the closings.
    const QJsonObject april = w.json({QStringLiteral("--from"), QStringLiteral("2025-04-01")});
    CHECK(april.value(QStringLiteral("from")).toString() == QStringLiteral("2025-04-01"));
    CHECK(april.value(QStringLiteral("to")).isNull());
    CHECK(reachedOf(april) == QList<qint64>{1, 1, 1, 1, 1});
    CHECK(april.value(QStringLiteral("won")).toInteger() == 1);
    CHECK(april.value(QStringLiteral("lost")).toInteger() == 0);
    CHECK(april.value(QStringLiteral("cycle_days_median")).toDouble() == Approx(100.0));
    CHECK(april.value(QStringLiteral("bottleneck")).isNull()); // every step 100 %

    // A period nobody was created or closed in: zero reached, no rates.
    const QJsonObject empty = w.json({QStringLiteral("--to"), QStringLiteral("2024-01-31")});
    CHECK(reachedOf(empty) == QList<qint64>{0, 0, 0, 0, 0});
    CHECK(empty.value(QStringLiteral("win_rate")).isNull());
    CHECK(empty.value(QStringLiteral("cycle_days_median")).isNull());
    CHECK(empty.value(QStringLiteral("bottleneck")).isNull());
}

TEST_CASE("funnel --owner keeps one rep's deals and refuses an unknown rep", "[cli][funnel]")
{
    const FunnelWorkspace w;
    // R1 in Q1: D01 D02 (IC), D04 (NC), D06 D07 (P), D10 (won) → reached 6 4 3 1 1;
    // closed: won D10, lost D02 D07 → 1/3; step proposal → negotiation 1/3 < .48.
    const QJsonObject r1 = w.json(q1 + QStringList{QStringLiteral("--owner"), QStringLiteral("R1")});
    CHECK(reachedOf(r1) == QList<qint64>{6, 4, 3, 1, 1});
    CHECK(r1.value(QStringLiteral("won")).toInteger() == 1);
    CHECK(r1.value(QStringLiteral("lost")).toInteger() == 2);
    CHECK(r1.value(QStringLiteral("win_rate")).toDouble() == Approx(1.0 / 3.0));
    CHECK(r1.value(QStringLiteral("cycle_days_mean")).toDouble() == Approx(50.0));
    CHECK(r1.value(QStringLiteral("bottleneck"))[QStringLiteral("from")].toString()
          == QStringLiteral("proposal"));

    const auto unknown = w.run(q1 + QStringList{QStringLiteral("--owner"), QStringLiteral("R9")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("R9")));
    CHECK(unknown.out.isEmpty());
}

TEST_CASE("funnel --product-line keeps the deals naming a product of the line", "[cli][funnel]")
{
    const FunnelWorkspace w;
    // 工业自动化 in Q1: D05 (NC, lost), D06 (P), D08 (P, lost), D10 (won) → reached 4 4 3 1 1;
    // closed: won D10, lost D05 D08.
    const QJsonObject line
        = w.json(q1 + QStringList{QStringLiteral("--product-line"), QStringLiteral("工业自动化")});
    CHECK(reachedOf(line) == QList<qint64>{4, 4, 3, 1, 1});
    CHECK(line.value(QStringLiteral("product_line")).toString() == QStringLiteral("工业自动化"));
    CHECK(line.value(QStringLiteral("won")).toInteger() == 1);
    CHECK(line.value(QStringLiteral("lost")).toInteger() == 2);
    // With an owner: R1's D06 and D10.
    const QJsonObject mine
        = w.json(q1
                 + QStringList{QStringLiteral("--product-line"), QStringLiteral("工业自动化"),
                               QStringLiteral("--owner"), QStringLiteral("R1")});
    CHECK(reachedOf(mine) == QList<qint64>{2, 2, 2, 1, 1});
    // 办公设备 by SKU: D07 only, lost at proposal.
    const QJsonObject office
        = w.json(q1 + QStringList{QStringLiteral("--product-line"), QStringLiteral("办公设备")});
    CHECK(reachedOf(office) == QList<qint64>{1, 1, 1, 0, 0});
    const auto table = w.run(q1 + QStringList{QStringLiteral("--product-line"), QStringLiteral("办公设备")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("办公设备")));

    const auto unknown = w.run(q1 + QStringList{QStringLiteral("--product-line"), QStringLiteral("Garden")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Garden")));
    CHECK(unknown.out.isEmpty());
}

TEST_CASE("funnel csv and table print the same funnel for scripts and for people", "[cli][funnel]")
{
    const FunnelWorkspace w;
    const auto csv = w.run(q1 + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList blocks = csv.out.split(QStringLiteral("\n\n"));
    REQUIRE(blocks.size() == 2);
    const QStringList stageRows = blocks[0].split(u'\n');
    REQUIRE(stageRows.size() == 6);
    CHECK(stageRows[0].startsWith(QStringLiteral("stage,reached,cumulative_rate,")));
    CHECK(stageRows[1].startsWith(QStringLiteral("\"initial_contact\",10,1,")));
    CHECK(stageRows[4].startsWith(QStringLiteral("\"negotiation\",1,0.1,")));
    const QStringList summary = blocks[1].trimmed().split(u'\n');
    REQUIRE(summary.size() == 2);
    CHECK(summary[0].startsWith(QStringLiteral("from,to,definition,by,won,lost,win_rate,")));
    CHECK(summary[1].startsWith(
        QStringLiteral("\"2025-01-01\",\"2025-03-31\",\"pipeline\",\"count\",2,5,0.285714,")));

    const auto table = w.run(q1);
    REQUIRE(table.exitCode == 0);
    const QString &out = table.out;
    CHECK(out.contains(QStringLiteral("2025-01-01 to 2025-03-31")));
    const QStringList lines = out.split(u'\n');
    const auto lineOf = [&lines](const QString &start) {
        for (const QString &line : lines) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    };
    // Reached, cumulative 70.0 % beside the benchmarks 40.0 % and 60.0 %.
    const QString needs = lineOf(QStringLiteral("Needs confirmed"));
    CHECK(needs.contains(QStringLiteral(" 7 ")));
    CHECK(needs.indexOf(QStringLiteral("70.0%")) < needs.indexOf(QStringLiteral("40.0%")));
    CHECK(needs.indexOf(QStringLiteral("40.0%")) < needs.indexOf(QStringLiteral("60.0%")));
    CHECK(lineOf(QStringLiteral("Win rate")).contains(QStringLiteral("28.6%")));
    // The bottleneck and its advice come last, below the funnel.
    const qsizetype bottleneck = out.indexOf(QStringLiteral("Bottleneck: Proposal → Negotiation"));
    CHECK(bottleneck > out.indexOf(QStringLiteral("Won ")));
    CHECK(out.indexOf(QStringLiteral("differentiation")) > bottleneck);
}

TEST_CASE("funnel --by amount rates the funnel by the deals' amounts", "[cli][funnel]")
{
    const FunnelWorkspace w;
    // Q1 amounts by highest stage: IC 600.00, NC 900.00, P 3000.00, won 1000.00
    // → reached 5500.00, 4900.00, 4000.00, 1000.00, 1000.00.
    const QJsonObject root = w.json(q1 + QStringList{QStringLiteral("--by"), QStringLiteral("amount")});
    CHECK(root.value(QStringLiteral("by")).toString() == QStringLiteral("amount"));
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 5);
    const QList<qint64> amounts = {550000, 490000, 400000, 100000, 100000};
    for (int i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(stages[i][QStringLiteral("amount")].toInteger() == amounts[i]);
        CHECK(stages[i][QStringLiteral("cumulative_rate")].toDouble()
              == Approx(double(amounts[i]) / 550000.0));
    }
    CHECK(stages[2][QStringLiteral("step_rate")].toDouble() == Approx(400000.0 / 490000.0));
    CHECK(stages[3][QStringLiteral("step_rate")].toDouble() == Approx(0.25));
    CHECK(root.value(QStringLiteral("bottleneck"))[QStringLiteral("to")].toString()
          == QStringLiteral("negotiation"));
}

TEST_CASE("funnel --definition stage rates the departures from each stage in the period", "[cli][funnel]")
{
    const FunnelWorkspace w;
    // Departures in Q1: IC 9 (7 forward, lost D02 D03), NC 6 (5 forward, lost D05),
    // P 4 (D10 and D00 forward, lost D07 D08), N 2 (D10 and D00 won). Rates 7/9, 5/6, .5, 1:
    // none below the industry step rates .4, .625, .48, 5/12.
    const QJsonObject root
        = w.json(q1 + QStringList{QStringLiteral("--definition"), QStringLiteral("stage")});
    CHECK(root.value(QStringLiteral("definition")).toString() == QStringLiteral("stage"));
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 4);
    const QList<std::tuple<qint64, qint64, qint64, double>> expected
        = {{9, 7, 2, 7.0 / 9.0}, {6, 5, 1, 5.0 / 6.0}, {4, 2, 2, 0.5}, {2, 2, 0, 1.0}};
    for (int i = 0; i < 4; ++i) {
        const auto &[left, forward, lost, rate] = expected[i];
        INFO(i);
        CHECK(stages[i][QStringLiteral("left")].toInteger() == left);
        CHECK(stages[i][QStringLiteral("forward")].toInteger() == forward);
        CHECK(stages[i][QStringLiteral("lost")].toInteger() == lost);
        CHECK(stages[i][QStringLiteral("rate")].toDouble() == Approx(rate));
    }
    CHECK(root.value(QStringLiteral("won")).toInteger() == 2);
    CHECK(root.value(QStringLiteral("lost")).toInteger() == 5);
    CHECK(root.value(QStringLiteral("bottleneck")).isNull());
}

TEST_CASE("funnel refuses bad dates, a reversed period and unknown choices with exit code 1", "[cli][funnel]")
{
    const FunnelWorkspace w;
    const QList<QStringList> bad = {
        {QStringLiteral("--from"), QStringLiteral("2025-02-30")},
        {QStringLiteral("--to"), QStringLiteral("31/03/2025")},
        {QStringLiteral("--from"), QStringLiteral("2025-04-01"), QStringLiteral("--to"),
         QStringLiteral("2025-03-31")},
        {QStringLiteral("--definition"), QStringLiteral("cohort")},
        {QStringLiteral("--by"), QStringLiteral("value")},
        {QStringLiteral("--definition"), QStringLiteral("stage"), QStringLiteral("--by"),
         QStringLiteral("amount")},
    };
    for (const QStringList &args : bad) {
        const auto r = w.run(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(args[1]));
    }
}

TEST_CASE("funnel on the small demo parses and its reached counts never increase", "[cli][funnel]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.salesbench"));
    const auto demo = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--scale"),
                              QStringLiteral("small")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    qint64 live = 0;
    {
        const auto db = Database::open(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0")));
        REQUIRE(q.next());
        live = q.value(0).toLongLong();
    }
    REQUIRE(live > 0);

    const QJsonObject root
        = FunnelWorkspace::parse(runCli({QStringLiteral("--db"), path, QStringLiteral("funnel"),
                                         QStringLiteral("--format"), QStringLiteral("json")}));
    const QList<qint64> reached = reachedOf(root);
    REQUIRE(reached.size() == 5);
    CHECK(reached.first() == live); // no period: every live opportunity is in the cohort
    for (qsizetype i = 1; i < reached.size(); ++i) {
        INFO(i);
        CHECK(reached[i] <= reached[i - 1]);
    }
    CHECK(root.value(QStringLiteral("won")).toInteger() == reached.last());
}
