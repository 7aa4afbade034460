// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: targets and sales and marketing costs, derived from the orders so
// that achievement lands around 100 % with good and weak reps on either side.
#include "core/demo/democontext.h"
#include "core/demo/demosteps.h"

#include <QDate>

#include <array>
#include <cmath>

namespace sb::core::demo {

namespace {

constexpr double kYearlyGrowth = 1.18;

using YearPlan = std::array<qint64, 12>; // one target per calendar month

class TargetWriter final
{
public:
    explicit TargetWriter(DemoContext &ctx) : m_ctx(ctx), m_st(ctx.writer->row(DemoRow::Target)) { }

    /// Writes a year, its quarters and its months for one scope; each child names
    /// its parent and its share of it, and the children add up to the parent.
    void writeYear(int year, const char *kind, const QByteArray &key, const YearPlan &months)
    {
        const QByteArray at = stamp(QDate(year, 1, 1).toJulianDay() - 20, 2 * 3600);
        qint64 yearTotal = 0;
        for (const qint64 m : months)
            yearTotal += m;
        const QByteArray yearId = insert(QByteArray::number(year), kind, key, yearTotal, {}, -1, at);
        for (int q = 0; q < 4; ++q) {
            const qint64 quarter = months[std::size_t(q * 3)] + months[std::size_t(q * 3 + 1)]
                + months[std::size_t(q * 3 + 2)];
            const QByteArray quarterId = insert(QByteArray::number(year) + "-Q" + QByteArray::number(q + 1),
                                                kind, key, quarter, yearId, share(quarter, yearTotal), at);
            for (int m = q * 3; m < q * 3 + 3; ++m) {
                const qint64 amount = months[std::size_t(m)];
                insert(QByteArray::number(year) + '-' + QByteArray::number(m + 1).rightJustified(2, '0'),
                       kind, key, amount, quarterId, share(amount, quarter), at);
            }
        }
    }

private:
    static int share(qint64 part, qint64 whole)
    {
        return whole > 0 ? int(std::llround(part * 10000.0 / whole)) : -1;
    }

    QByteArray insert(const QByteArray &period, const char *kind, const QByteArray &key, qint64 amount,
                      const QByteArray &parent, int weight, const QByteArray &at)
    {
        const QByteArray id = m_ctx.id("target", m_seq++);
        m_st.text(id).text(period).literal(kind).text(key).integer(amount);
        if (parent.isEmpty())
            m_st.null();
        else
            m_st.text(parent);
        if (weight < 0)
            m_st.null();
        else
            m_st.integer(weight);
        m_st.stamps(at, at, kOffice).run();
        return id;
    }

    DemoContext &m_ctx;
    SqliteBulkStatement &m_st;
    qint64 m_seq = 0;
};

// What a rep's month is worth: the actual of a finished month, otherwise the same
// month a year before or after, adjusted for growth, otherwise the rep's average.
qint64 baseline(const DemoContext &ctx, int rep, int month, double average)
{
    const auto full = [&ctx](int m) { return m >= 0 && m < ctx.months - 1; };
    const auto actual = [&ctx, rep](int m) {
        return double(ctx.repMonthRevenue[std::size_t(rep) * std::size_t(ctx.months) + std::size_t(m)]);
    };
    double value = average;
    if (full(month))
        value = actual(month);
    else if (full(month - 12))
        value = actual(month - 12) * kYearlyGrowth;
    else if (full(month + 12))
        value = actual(month + 12) / kYearlyGrowth;
    return qint64(std::max(value, average * 0.4));
}

void writeTargets(DemoContext &ctx)
{
    DemoRandom random = ctx.random(71);
    TargetWriter writer(ctx);
    const int firstYear = QDate::fromJulianDay(ctx.start).year();
    const int lastYear = QDate::fromJulianDay(ctx.today).year();
    const int firstMonth = ctx.monthOf(QDate(firstYear, 1, 1).toJulianDay());
    const std::size_t years = std::size_t(lastYear - firstYear + 1);

    std::vector<std::vector<YearPlan>> repPlans(std::size_t(ctx.activeReps), std::vector<YearPlan>(years));
    for (int r = 0; r < ctx.activeReps; ++r) {
        double sum = 0;
        for (int m = 0; m < ctx.months - 1; ++m)
            sum += double(ctx.repMonthRevenue[std::size_t(r) * std::size_t(ctx.months) + std::size_t(m)]);
        const double average = ctx.months > 1 ? sum / (ctx.months - 1) : 0.0;
        const double attainment = ctx.reps[std::size_t(r)].attainment;
        for (std::size_t y = 0; y < years; ++y) {
            for (int m = 0; m < 12; ++m) {
                const double base = double(baseline(ctx, r, firstMonth + int(y) * 12 + m, average));
                // Targets are set in thousands of yuan (100 000 minor units).
                const double target = base / attainment * (0.92 + 0.16 * random.unit());
                repPlans[std::size_t(r)][y][std::size_t(m)] = std::llround(target / 100000.0) * 100000;
            }
        }
    }
    for (std::size_t y = 0; y < years; ++y) {
        const int year = firstYear + int(y);
        YearPlan company{};
        std::vector<YearPlan> teams(ctx.teams.size(), YearPlan{});
        for (int r = 0; r < ctx.activeReps; ++r) {
            for (std::size_t m = 0; m < 12; ++m) {
                teams[std::size_t(ctx.reps[std::size_t(r)].team)][m] += repPlans[std::size_t(r)][y][m];
                company[m] += repPlans[std::size_t(r)][y][m];
            }
        }
        writer.writeYear(year, "company", {}, company);
        for (std::size_t t = 0; t < ctx.teams.size(); ++t)
            writer.writeYear(year, "team", ctx.teams[t].code, teams[t]);
        for (int r = 0; r < ctx.activeReps; ++r)
            writer.writeYear(year, "rep", ctx.reps[std::size_t(r)].code, repPlans[std::size_t(r)][y]);
    }
}

void writePeriodCosts(DemoContext &ctx)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::PeriodCost);
    DemoRandom random = ctx.random(72);
    const double fixedYuan = 20000.0 * std::sqrt(double(ctx.counts.customers) / 300.0);
    for (int m = 0; m < ctx.months; ++m) {
        const QDate first = QDate::fromJulianDay(ctx.monthStart(m));
        const double revenue = double(ctx.monthRevenue[std::size_t(m)]);
        const qint64 amount
            = std::llround((revenue * (0.07 + 0.04 * random.unit()) + fixedYuan * 100) / 100) * 100;
        const QByteArray at = stamp(std::min(ctx.monthStart(m + 1) + 3, ctx.today), 3 * 3600);
        st.text(ctx.id("period_cost", m))
            .text(QByteArray::number(first.year()) + '-'
                  + QByteArray::number(first.month()).rightJustified(2, '0'))
            .literal("sales_marketing")
            .integer(amount)
            .stamps(at, at, kOffice)
            .run();
    }
}

} // namespace

void writePlanning(DemoContext &ctx)
{
    writeTargets(ctx);
    writePeriodCosts(ctx);
}

} // namespace sb::core::demo
