// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: what can only be known once the orders exist — stock levels that
// match the sales, customer lifecycle stages, and account-management visits.
#include "core/demo/democontext.h"
#include "core/demo/demosteps.h"

#include <algorithm>
#include <cmath>

namespace sb::core::demo {

namespace {

struct Text
{
    const char *zh;
    const char *en;
};
constexpr Text kAccountVisits[] = {{"季度业务回顾", "Quarterly business review"},
                                   {"新产品推介", "New product introduction"},
                                   {"满意度回访", "Satisfaction call"},
                                   {"年度合作规划沟通", "Annual planning meeting"}};
constexpr const char *kAccountKinds[] = {"visit", "meeting", "call", "visit"};

void updateStock(DemoContext &ctx)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::ProductStock);
    DemoRandom random = ctx.random(81);
    for (const ProductInfo &p : ctx.products) {
        const double daily = double(p.soldLastYear) / 365.0;
        // Most products turn around eight times a year; some are overstocked and some run low.
        const double turns = std::clamp(random.logNormal(8.0, 0.45), 2.0, 24.0);
        qint64 stock = p.soldLastYear > 0 ? std::llround(double(p.soldLastYear) / turns)
                                          : p.typicalQuantity * random.between(2, 10);
        const qint64 safety = std::llround(daily * p.leadTimeDays * 0.5);
        if (random.chance(0.12))
            stock = random.between(0, std::max<qint64>(safety, 1));
        const QByteArray at = stamp(ctx.today - random.between(0, 20), officeSecond(random));
        st.integer(stock).integer(safety).text(at).text(p.id).run();
    }
}

const char *lifecycleOf(const DemoContext &ctx, const CustomerInfo &c)
{
    if (c.orders == 0)
        return c.openDeals > 0 ? "conversion" : "acquisition";
    if (c.orders <= 2 && ctx.today - c.firstOrder <= 120)
        return "delivery";
    return c.orders >= 10 ? "deepening" : "retention";
}

void updateCustomers(DemoContext &ctx)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::CustomerLifecycle);
    DemoRandom random = ctx.random(82);
    for (const CustomerInfo &c : ctx.customers) {
        // Last touched after its latest order, never before it was created nor after today.
        const qint64 day = std::min(std::max(c.since, c.lastOrder + 1), ctx.today);
        const QByteArray at = stamp(day, day == c.since ? 10 * 3600 - 60 : officeSecond(random));
        st.literal(lifecycleOf(ctx, c)).text(at).text(c.id).run();
    }
}

// Regular customers get visits and calls that belong to no particular deal.
void writeAccountActivities(DemoContext &ctx)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::AccountVisit);
    DemoRandom random = ctx.random(83);
    for (const CustomerInfo &c : ctx.customers) {
        if (c.orders < 3)
            continue;
        const qint64 first = std::max(c.since, ctx.start);
        const qint64 last = std::min(ctx.today, c.churn == kNever ? ctx.today : c.churn);
        const int visits = std::min(12, 1 + c.orders / 4);
        for (int v = 0; v < visits && first <= last; ++v) {
            const qint64 day = random.between(first, last);
            const int what = random.index(std::size(kAccountVisits));
            const qint64 seq = ctx.activitySeq++;
            const QByteArray at = stamp(day, officeSecond(random));
            st.text(ctx.id("activity", seq))
                .text(numbered("A", seq + 1, 8))
                .text(c.id)
                .text(ctx.reps[std::size_t(c.rep)].id)
                .literal(kAccountKinds[what])
                .text(dateText(day))
                .literal(c.english ? kAccountVisits[what].en : kAccountVisits[what].zh)
                .stamps(at, at, kOffice)
                .run();
        }
    }
}

} // namespace

void writeFollowUps(DemoContext &ctx)
{
    updateStock(ctx);
    updateCustomers(ctx);
    writeAccountActivities(ctx);
}

} // namespace sb::core::demo
