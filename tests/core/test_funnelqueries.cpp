// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/analytics/funnel.h"
#include "core/domain/error.h"
#include "core/storage/funnelqueries.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace sb::core;
using namespace sb::core::funnel;

namespace {

constexpr Stage IC = Stage::InitialContact;
constexpr Stage NC = Stage::NeedsConfirmed;
constexpr Stage P = Stage::Proposal;
constexpr Stage N = Stage::Negotiation;
constexpr Stage W = Stage::Won;
constexpr Stage L = Stage::Lost;

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const QString kStamp = QStringLiteral("2025-01-01T00:00:00.000Z");

// Writes rows straight into a workspace with SQL, the way an import or another
// office could have left them.
class Book
{
public:
    explicit Book(const Database &db) : m_db(db)
    {
        run(QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office)"
                           " VALUES ('cust', 'C1', 'Customer', ?, ?, 'TEST')"),
            {kStamp, kStamp});
    }

    void team(const QString &code, const QString &parentCode = {})
    {
        run(QStringLiteral("INSERT INTO teams (id, code, name, parent_team_id, created_at, updated_at,"
                           " updated_by_office) VALUES (?, ?, ?, ?, ?, ?, 'TEST')"),
            {QString(QStringLiteral("team-") + code), code, code,
             parentCode.isEmpty() ? QVariant() : QVariant(QStringLiteral("team-") + parentCode), kStamp,
             kStamp});
    }

    void rep(const QString &code, const QString &teamCode)
    {
        run(QStringLiteral(
                "INSERT INTO reps (id, code, name, team_id, created_at, updated_at, updated_by_office)"
                " VALUES (?, ?, ?, ?, ?, ?, 'TEST')"),
            {QString(QStringLiteral("rep-") + code), code, code, QString(QStringLiteral("team-") + teamCode),
             kStamp, kStamp});
    }

    struct Deal
    {
        QString code;
        Money amount = 0;
        QList<Stage> stages; ///< creation first, each later one a move
        QList<QDate> dates;
        QString owner; ///< rep code
        QString source = QStringLiteral("web");
        bool deleted = false;
        bool reverseRows = false; ///< write the history rows newest first
        QString products{}; ///< products_needed
    };

    /// Inserts the deal and its history; returns its id.
    QString add(const Deal &deal)
    {
        const QString id = QStringLiteral("opp-") + deal.code;
        const Stage current = deal.stages.last();
        run(QStringLiteral(
                "INSERT INTO opportunities (id, code, customer_id, title, source, amount, products_needed,"
                " owner_rep_id, created_on, expected_close, stage, probability, closed_on, lead_need_score,"
                " created_at, updated_at, updated_by_office, deleted)"
                " VALUES (?, ?, 'cust', 'Deal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TEST', ?)"),
            {id, deal.code, deal.source, deal.amount,
             deal.products.isNull() ? QStringLiteral("") : deal.products,
             deal.owner.isEmpty() ? QVariant() : QVariant(QStringLiteral("rep-") + deal.owner),
             deal.dates.first().toString(Qt::ISODate), deal.dates.first().addDays(60).toString(Qt::ISODate),
             stage::key(current), stage::defaultProbability(current),
             stage::isClosed(current) ? QVariant(deal.dates.last().toString(Qt::ISODate)) : QVariant(),
             deal.amount % 101, kStamp, kStamp, deal.deleted ? 1 : 0});
        QList<qsizetype> order(deal.stages.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            order[i] = deal.reverseRows ? order.size() - 1 - i : i;
        for (const qsizetype i : order)
            historyRow(id, i == 0 ? std::nullopt : std::optional<Stage>(deal.stages[i - 1]), deal.stages[i],
                       deal.dates[i], int(i), false);
        return id;
    }

    void historyRow(const QString &opportunityId, std::optional<Stage> from, Stage to, const QDate &on,
                    int seq, bool deleted)
    {
        run(QStringLiteral("INSERT INTO stage_history (id, opportunity_id, from_stage, to_stage, changed_at,"
                           " changed_on, created_at, updated_at, updated_by_office, deleted)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'TEST', ?)"),
            {QStringLiteral("h%1").arg(++m_rows), opportunityId,
             from ? QVariant(stage::key(*from)) : QVariant(), stage::key(to),
             QString(on.toString(Qt::ISODate)
                     + QStringLiteral("T%1:00:00.000Z").arg(seq, 2, 10, QChar(u'0'))),
             on.toString(Qt::ISODate), kStamp, kStamp, deleted ? 1 : 0});
    }

    void product(const QString &sku, const QString &name, const QString &line, bool deleted = false)
    {
        run(QStringLiteral("INSERT INTO products (id, sku, name, product_line, created_at, updated_at,"
                           " updated_by_office, deleted) VALUES (?, ?, ?, ?, ?, ?, 'TEST', ?)"),
            {QString(QStringLiteral("product-") + sku), sku, name, line, kStamp, kStamp, deleted ? 1 : 0});
    }

    void activity(const QString &opportunityId, const QDate &on)
    {
        run(QStringLiteral(
                "INSERT INTO activities (id, code, customer_id, opportunity_id, kind, activity_date,"
                " created_at, updated_at, updated_by_office) VALUES (?, ?, 'cust', ?, 'call', ?, ?, ?, "
                "'TEST')"),
            {QStringLiteral("a%1").arg(++m_rows), QStringLiteral("ACT%1").arg(m_rows), opportunityId,
             on.toString(Qt::ISODate), kStamp, kStamp});
    }

    void run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q = m_db.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        Database::exec(q, QStringLiteral("test insert"));
    }

private:
    const Database &m_db;
    int m_rows = 0;
};

// The cohort of test_funnel.cpp, written into a workspace, plus a tombstoned deal
// and an undone move that every path must ignore.
void writeHandBook(Book &book)
{
    book.team(QStringLiteral("EAST"));
    book.rep(QStringLiteral("R1"), QStringLiteral("EAST"));
    auto add
        = [&book](const char *code, Money amount, const QList<Stage> &stages, const QList<QDate> &dates) {
              return book.add(Book::Deal{QLatin1String(code), amount, stages, dates, QStringLiteral("R1")});
          };
    const QString d01 = add("D01", 100, {IC}, {d(2025, 1, 5)});
    add("D02", 200, {IC, L}, {d(2025, 1, 6), d(2025, 1, 20)});
    add("D03", 300, {IC, NC}, {d(2025, 1, 8), d(2025, 1, 10)});
    add("D04", 400, {IC, NC, L}, {d(2025, 1, 10), d(2025, 1, 12), d(2025, 2, 1)});
    add("D05", 500, {IC, NC, P}, {d(2025, 1, 15), d(2025, 1, 20), d(2025, 2, 1)});
    add("D06", 600, {IC, NC, P, L}, {d(2025, 1, 20), d(2025, 1, 25), d(2025, 2, 5), d(2025, 3, 1)});
    add("D07", 700, {IC, NC, P, N, W},
        {d(2025, 1, 25), d(2025, 2, 1), d(2025, 2, 10), d(2025, 2, 20), d(2025, 3, 10)});
    add("D08", 800, {IC, NC, P, L}, {d(2025, 2, 1), d(2025, 2, 5), d(2025, 2, 15), d(2025, 3, 15)});
    add("D09", 900, {IC, NC, P, NC, L},
        {d(2025, 2, 5), d(2025, 2, 10), d(2025, 2, 15), d(2025, 2, 20), d(2025, 3, 5)});
    add("D10", 1000, {IC, NC, P, N, W},
        {d(2025, 2, 10), d(2025, 2, 12), d(2025, 2, 20), d(2025, 3, 1), d(2025, 3, 20)});
    add("D11", 1100, {IC, NC, P, N, W},
        {d(2024, 12, 20), d(2024, 12, 22), d(2024, 12, 28), d(2025, 1, 5), d(2025, 1, 15)});
    add("D12", 1200, {IC, NC, L}, {d(2025, 3, 1), d(2025, 3, 10), d(2025, 4, 5)});
    add("D13", 1300, {IC, L}, {d(2024, 11, 1), d(2024, 12, 15)});
    // Tombstoned: its history stays live, its lost row must not count.
    Book::Deal gone{QStringLiteral("D14"),
                    1400,
                    {IC, NC, P, L},
                    {d(2025, 1, 3), d(2025, 1, 4), d(2025, 1, 5), d(2025, 1, 6)},
                    QStringLiteral("R1")};
    gone.deleted = true;
    book.add(gone);
    // An undone move of D01 to needs: a tombstoned history row.
    book.historyRow(d01, IC, NC, d(2025, 1, 7), 9, true);
}

void requireSameReach(const ReachTally &sql, const ReachTally &pure, bool amounts)
{
    for (size_t i = 0; i < 5; ++i) {
        INFO("funnel index " << i);
        CHECK(sql.count[i] == pure.count[i]);
        if (amounts)
            CHECK(sql.amount[i] == pure.amount[i]);
    }
}

void requireSameAsPure(const Database &db, const Period &period, const FunnelFilters &filters = {})
{
    const QList<OpportunityFacts> facts = loadFunnelFacts(db, Period{}, filters);
    const FunnelCounts fast = funnelCounts(db, period, filters);
    requireSameReach(fast.reach, tallyReach(facts, period), fast.hasAmounts);
    const FunnelCounts withAmounts = funnelCounts(db, period, filters, true);
    REQUIRE(withAmounts.hasAmounts);
    requireSameReach(withAmounts.reach, tallyReach(facts, period), true);
    const WinRate w = winRate(facts, period);
    CHECK(fast.winRate.won == w.won);
    CHECK(fast.winRate.lost == w.lost);
    const SalesCycle c = salesCycle(facts, period);
    CHECK(fast.cycle.deals == c.deals);
    CHECK(fast.cycle.medianDays == c.medianDays);
    CHECK(fast.cycle.meanDays == c.meanDays);
}

} // namespace

TEST_CASE("the whole-book funnel counts match the hand-computed cohort", "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    writeHandBook(book);

    const FunnelCounts c = funnelCounts(*ws.db, Period{});
    CHECK(c.wholeBook);
    // All 13 live deals by highest index: 0: D01 D02 D13; 1: D03 D04 D12;
    // 2: D05 D06 D08 D09 (D09 lost from needs after reaching proposal); 3: —; 4: D07 D10 D11.
    // The tombstoned D14 and the undone move of D01 do not count.
    CHECK(c.reach.count == std::array<qint64, 5>{3, 3, 4, 0, 3});
    // Closed: won D07 D10 D11; lost D02 D04 D06 D08 D09 D12 D13 (D14 is tombstoned).
    CHECK(c.winRate.won == 3);
    CHECK(c.winRate.lost == 7);
    CHECK(*c.winRate.rate == Approx(0.3));
    // Cycles 44, 38, 26 days: median 38, mean 36.
    CHECK(*c.cycle.medianDays == Approx(38));
    CHECK(*c.cycle.meanDays == Approx(36));
    requireSameAsPure(*ws.db, Period{});
}

TEST_CASE("a bounded period counts its cohort exactly, by count and by amount", "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    writeHandBook(book);

    const Period q1{d(2025, 1, 1), d(2025, 3, 31)};
    const FunnelCounts c = funnelCounts(*ws.db, q1);
    CHECK_FALSE(c.wholeBook);
    REQUIRE(c.hasAmounts);
    // Cohort Q1 (test_funnel.cpp): reached 11, 9, 6, 2, 2; by highest index 2, 3, 4, 0, 2.
    CHECK(c.reach.count == std::array<qint64, 5>{2, 3, 4, 0, 2});
    CHECK(c.reach.amount == std::array<Money, 5>{300, 1900, 2800, 0, 1700});
    const PipelineConversion conversion = conversionFromTally(c.reach);
    CHECK(conversion.stages[1].reached == 9);
    CHECK(conversion.stages[2].amount == 4500);
    // Closed in Q1: won D07 D10 D11, lost D02 D04 D06 D08 D09 → 3 / 8.
    CHECK(c.winRate.won == 3);
    CHECK(c.winRate.lost == 5);
    requireSameAsPure(*ws.db, q1);

    // A period that holds every creation date is the whole book again.
    const Period all{d(2024, 1, 1), d(2025, 12, 31)};
    CHECK(funnelCounts(*ws.db, all).wholeBook);
    requireSameAsPure(*ws.db, all);
}

TEST_CASE("the funnel counts can be narrowed by owner, team with its sub-teams, and source",
          "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    book.team(QStringLiteral("NORTH"));
    book.team(QStringLiteral("NORTH-1"), QStringLiteral("NORTH"));
    book.team(QStringLiteral("SOUTH"));
    book.rep(QStringLiteral("A"), QStringLiteral("NORTH"));
    book.rep(QStringLiteral("B"), QStringLiteral("NORTH-1"));
    book.rep(QStringLiteral("C"), QStringLiteral("SOUTH"));
    auto add = [&book](const char *code, const char *owner, const char *source, const QList<Stage> &stages) {
        QList<QDate> dates;
        for (qsizetype i = 0; i < stages.size(); ++i)
            dates.append(d(2025, 1, 1).addDays(i * 5));
        Book::Deal deal{QLatin1String(code), 100, stages, dates, QLatin1String(owner)};
        deal.source = QLatin1String(source);
        book.add(deal);
    };
    add("A1", "A", "web", {IC, NC, L});
    add("A2", "A", "fair", {IC, NC, P, N, W});
    add("B1", "B", "web", {IC, NC, P});
    add("C1", "C", "web", {IC, L});

    FunnelCounts c = funnelCounts(*ws.db, Period{}, FunnelFilters{QStringLiteral("A"), {}, {}});
    CHECK(c.reach.count == std::array<qint64, 5>{0, 1, 0, 0, 1});
    c = funnelCounts(*ws.db, Period{}, FunnelFilters{QStringLiteral("rep-B"), {}, {}}); // by id
    CHECK(c.reach.count == std::array<qint64, 5>{0, 0, 1, 0, 0});
    // NORTH includes NORTH-1: A1, A2 and B1.
    c = funnelCounts(*ws.db, Period{}, FunnelFilters{{}, QStringLiteral("NORTH"), {}});
    CHECK(c.reach.count == std::array<qint64, 5>{0, 1, 1, 0, 1});
    c = funnelCounts(*ws.db, Period{}, FunnelFilters{{}, {}, QStringLiteral("web")});
    CHECK(c.reach.count == std::array<qint64, 5>{1, 1, 1, 0, 0});
    CHECK(c.winRate.lost == 2);
    requireSameAsPure(*ws.db, Period{}, FunnelFilters{{}, QStringLiteral("NORTH"), QStringLiteral("web")});
    CHECK(loadFunnelFacts(*ws.db, Period{}, FunnelFilters{{}, QStringLiteral("SOUTH"), {}}).size() == 1);

    CHECK_THROWS_AS(funnelCounts(*ws.db, Period{}, FunnelFilters{QStringLiteral("NOBODY"), {}, {}}), Error);
    try {
        loadFunnelFacts(*ws.db, Period{}, FunnelFilters{{}, QStringLiteral("WEST"), {}});
        FAIL("an unknown team must be refused");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Usage);
    }
}

TEST_CASE("a product line narrows the funnel to the deals whose products needed name one of its products",
          "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    book.product(QStringLiteral("IA-1"), QStringLiteral("PLC控制器"), QStringLiteral("工业自动化"));
    book.product(QStringLiteral("IA-2"), QStringLiteral("Servo Motor"), QStringLiteral("工业自动化"));
    book.product(QStringLiteral("OE-1"), QStringLiteral("碎纸机"), QStringLiteral("办公设备"));
    // A deleted product names nothing any more.
    book.product(QStringLiteral("OE-9"), QStringLiteral("投影仪"), QStringLiteral("办公设备"), true);
    book.product(QStringLiteral("SW-1"), QStringLiteral("ERP"), QStringLiteral("软件服务"));
    auto add = [&book](const char *code, const QString &products, const QList<Stage> &stages) {
        QList<QDate> dates;
        for (qsizetype i = 0; i < stages.size(); ++i)
            dates.append(d(2025, 1, 1).addDays(i * 7));
        Book::Deal deal{QLatin1String(code), 100, stages, dates, {}};
        deal.products = products;
        book.add(deal);
    };
    add("P1", QStringLiteral("PLC控制器、碎纸机"), {IC, NC, P, N, W}); // both lines
    add("P2", QStringLiteral("2 x servo motor"), {IC, NC, L}); // by name, any Latin case
    add("P3", QStringLiteral("spare parts IA-2"), {IC, NC, P}); // by SKU
    add("P4", QStringLiteral("投影仪"), {IC, L}); // only a deleted product
    add("P5", QString(), {IC}); // names nothing
    add("P6", QStringLiteral("碎纸机"), {IC, NC});

    // 工业自动化: P1 (won), P2 (lost after needs), P3 (at proposal).
    FunnelFilters automation;
    automation.productLine = QStringLiteral("工业自动化");
    FunnelCounts c = funnelCounts(*ws.db, Period{}, automation);
    CHECK(c.reach.count == std::array<qint64, 5>{0, 1, 1, 0, 1});
    CHECK(c.winRate.won == 1);
    CHECK(c.winRate.lost == 1);
    requireSameAsPure(*ws.db, Period{}, automation);
    QStringList codes;
    for (const OpportunityFacts &f : loadFunnelFacts(*ws.db, Period{}, automation))
        codes.append(f.code);
    CHECK(codes == QStringList({QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")}));

    // 办公设备: P1 and P6, not P4 whose only product is deleted.
    FunnelFilters office;
    office.productLine = QStringLiteral("办公设备");
    c = funnelCounts(*ws.db, Period{}, office);
    CHECK(c.reach.count == std::array<qint64, 5>{0, 1, 0, 0, 1});
    requireSameAsPure(*ws.db, Period{}, office);

    // Combined with another filter; a line no deal names is empty, not an error.
    office.source = QStringLiteral("fair");
    CHECK(funnelCounts(*ws.db, Period{}, office).reach.count == std::array<qint64, 5>{});
    FunnelFilters software;
    software.productLine = QStringLiteral("软件服务");
    CHECK(loadFunnelFacts(*ws.db, Period{}, software).isEmpty());

    CHECK(funnelProductLines(*ws.db)
          == QStringList(
              {QStringLiteral("办公设备"), QStringLiteral("工业自动化"), QStringLiteral("软件服务")}));
    FunnelFilters unknown;
    unknown.productLine = QStringLiteral("Garden");
    try {
        funnelCounts(*ws.db, Period{}, unknown);
        FAIL("an unknown product line must be refused");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Usage);
    }
}

TEST_CASE("the facts loader reads the deals open during the window with ordered history and activities",
          "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    book.team(QStringLiteral("T"));
    book.rep(QStringLiteral("R"), QStringLiteral("T"));
    Book::Deal early{
        QStringLiteral("EARLY"), 100, {IC, L}, {d(2024, 1, 1), d(2024, 2, 1)}, QStringLiteral("R")};
    book.add(early); // closed before the window
    Book::Deal current{QStringLiteral("OPEN"),
                       200,
                       {IC, NC, P},
                       {d(2024, 3, 1), d(2024, 3, 5), d(2024, 3, 5)},
                       QStringLiteral("R")};
    current.reverseRows = true; // written newest first, as a merge might
    const QString openId = book.add(current);
    book.activity(openId, d(2024, 3, 9));
    book.activity(openId, d(2024, 3, 2));
    book.activity(openId, d(2025, 1, 20));
    Book::Deal closing{
        QStringLiteral("CLOSING"), 300, {IC, W}, {d(2024, 12, 1), d(2025, 1, 10)}, QStringLiteral("R")};
    book.add(closing);
    Book::Deal late{QStringLiteral("LATE"), 400, {IC}, {d(2025, 3, 1)}, QStringLiteral("R")};
    book.add(late); // created after the window
    Book::Deal gone{QStringLiteral("GONE"), 500, {IC}, {d(2024, 6, 1)}, QStringLiteral("R")};
    gone.deleted = true;
    book.add(gone);

    const auto facts = loadFunnelFacts(*ws.db, Period{d(2025, 1, 1), d(2025, 1, 31)});
    REQUIRE(facts.size() == 2);
    const OpportunityFacts &o = facts[0]; // ordered by creation date
    CHECK(o.code == QStringLiteral("OPEN"));
    CHECK(o.stage == Stage::Proposal);
    CHECK(o.amount == 200);
    CHECK(o.ownerId == QStringLiteral("rep-R"));
    CHECK(o.expectedClose == d(2024, 4, 30));
    CHECK_FALSE(o.closedOn.isValid());
    CHECK(o.lead.need == 200 % 101);
    CHECK_FALSE(o.lead.budget.has_value());
    REQUIRE(o.history.size() == 3);
    CHECK_FALSE(o.history[0].from.has_value());
    CHECK(o.history[0].to == Stage::InitialContact);
    CHECK(o.history[1].to == Stage::NeedsConfirmed);
    CHECK(o.history[2].from == Stage::NeedsConfirmed);
    CHECK(o.history[2].to == Stage::Proposal);
    CHECK(o.history[2].on == d(2024, 3, 5));
    CHECK(o.firstActivity == d(2024, 3, 2));
    CHECK(o.lastActivity == d(2025, 1, 20));
    CHECK(facts[1].code == QStringLiteral("CLOSING"));
    CHECK(facts[1].closedOn == d(2025, 1, 10));
    CHECK_FALSE(facts[1].firstActivity.isValid());

    // The whole book: four live deals, the tombstone left out.
    CHECK(loadFunnelFacts(*ws.db, Period{}).size() == 4);
}

TEST_CASE("history the app would not write falls back to the exact path", "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    book.team(QStringLiteral("T"));
    book.rep(QStringLiteral("R"), QStringLiteral("T"));
    book.add(Book::Deal{QStringLiteral("OK"),
                        100,
                        {IC, NC, L},
                        {d(2025, 1, 1), d(2025, 1, 2), d(2025, 1, 3)},
                        QStringLiteral("R")});
    // Imported as lost at negotiation with only a creation row: no lost row to count from.
    const QString imported
        = book.add(Book::Deal{QStringLiteral("IMPORTED"), 200, {IC}, {d(2025, 1, 1)}, QStringLiteral("R")});
    book.run(QStringLiteral("UPDATE opportunities SET stage = 'lost', closed_on = '2025-02-01' WHERE id = ?"),
             {imported});
    book.historyRow(imported, IC, N, d(2025, 1, 20), 1, false);

    const FunnelCounts c = funnelCounts(*ws.db, Period{});
    CHECK_FALSE(c.wholeBook);
    // OK reached needs; IMPORTED's history names negotiation.
    CHECK(c.reach.count == std::array<qint64, 5>{0, 1, 0, 1, 0});
    CHECK(c.winRate.lost == 2);
    requireSameAsPure(*ws.db, Period{});
}

TEST_CASE("the fast and the exact paths agree with the pure functions on a random book", "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    Book book(*ws.db);
    book.team(QStringLiteral("NORTH"));
    book.team(QStringLiteral("SOUTH"));
    book.rep(QStringLiteral("A"), QStringLiteral("NORTH"));
    book.rep(QStringLiteral("B"), QStringLiteral("NORTH"));
    book.rep(QStringLiteral("C"), QStringLiteral("SOUTH"));
    const QStringList owners = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    const QStringList sources = {QStringLiteral("web"), QStringLiteral("fair"), QStringLiteral("referral")};
    const QList<Stage> openStages = {IC, NC, P, N};

    QRandomGenerator random(20250301);
    Database::Transaction tx(*ws.db);
    int backward = 0;
    for (int i = 0; i < 400; ++i) {
        Book::Deal deal;
        deal.code = QStringLiteral("R%1").arg(i, 4, 10, QChar(u'0'));
        deal.amount = 1000 + random.bounded(100000);
        deal.owner = owners[random.bounded(3)];
        deal.source = sources[random.bounded(3)];
        deal.deleted = random.bounded(100) < 5;
        QDate day = d(2024, 1, 1).addDays(random.bounded(700));
        int at = random.bounded(100) < 10 ? 1 + random.bounded(2) : 0; // some start past initial contact
        deal.stages = {openStages[at]};
        deal.dates = {day};
        for (int move = 0; move < 8; ++move) {
            day = day.addDays(1 + random.bounded(25));
            const int roll = int(random.bounded(100));
            if (roll < 15)
                break; // stays open
            if (roll < 40) {
                deal.stages.append(L);
                deal.dates.append(day);
                break;
            }
            if (roll < 50 && at > 0) {
                at = int(random.bounded(at));
                ++backward;
            } else if (at == 3) {
                deal.stages.append(W);
                deal.dates.append(day);
                break;
            } else {
                at = std::min(3, at + 1 + (random.bounded(100) < 15 ? 1 : 0));
            }
            deal.stages.append(openStages[at]);
            deal.dates.append(day);
        }
        const QString id = book.add(deal);
        if (random.bounded(100) < 5) // an undone move to won: ignored everywhere
            book.historyRow(id, deal.stages.last(), W, day.addDays(1), 20, true);
    }
    tx.commit();
    REQUIRE(backward > 10);

    CHECK(funnelCounts(*ws.db, Period{}).wholeBook);
    requireSameAsPure(*ws.db, Period{});
    requireSameAsPure(*ws.db, Period{d(2024, 7, 1), d(2025, 3, 31)});
    requireSameAsPure(*ws.db, Period{QDate(), d(2024, 12, 31)});
    requireSameAsPure(*ws.db, Period{}, FunnelFilters{QStringLiteral("B"), {}, {}});
    requireSameAsPure(*ws.db, Period{d(2024, 3, 1), QDate()}, FunnelFilters{{}, QStringLiteral("NORTH"), {}});
    requireSameAsPure(*ws.db, Period{}, FunnelFilters{{}, {}, QStringLiteral("fair")});
}

TEST_CASE("an empty workspace gives an empty funnel without errors", "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    const FunnelCounts c = funnelCounts(*ws.db, Period{});
    CHECK(c.wholeBook);
    CHECK(c.reach.count == std::array<qint64, 5>{});
    CHECK_FALSE(c.winRate.rate.has_value());
    CHECK_FALSE(c.cycle.medianDays.has_value());
    CHECK(funnelCounts(*ws.db, Period{d(2025, 1, 1), d(2025, 1, 31)}).reach.count == std::array<qint64, 5>{});
    CHECK(loadFunnelFacts(*ws.db, Period{}).isEmpty());
}

TEST_CASE("the whole-book statements scan the narrow funnel indexes without sorting", "[funnelqueries]")
{
    sb::test::TempWorkspace ws;
    const QString plan = funnelCountsPlan(*ws.db).join(u'\n');
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("INDEX opportunities_funnel")));
    CHECK(plan.contains(QStringLiteral("INDEX stage_history_lost")));
    CHECK(plan.contains(QStringLiteral("INDEX stage_history_backward")));
    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
}
