// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: after-sales service tickets.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/demo/demosteps.h"

#include <algorithm>
#include <cmath>

namespace sb::core::demo {

namespace {

// Per category (same order as names::ticketCategories()): how often it comes up,
// how long it takes compared with the median, and how often the first contact solves it.
struct CategoryProfile
{
    int weight;
    double effort;
    double firstContactResolution;
};
constexpr CategoryProfile kCategories[] = {
    {15, 1.5, 0.60}, {25, 2.0, 0.45}, {30, 0.3, 0.92}, {8, 1.8, 0.50}, {12, 1.0, 0.80}, {10, 0.6, 0.88},
};

// CSAT 5 … 1 for a smooth case and for a slow one or an unhappy customer.
constexpr int kCsatHappy[] = {56, 33, 7, 3, 1};
constexpr int kCsatUnhappy[] = {22, 30, 26, 13, 9};

int roll(DemoRandom &random, const int (&weights)[5])
{
    qint64 r = random.between(0, 99);
    for (int i = 0; i < 5; ++i) {
        if ((r -= weights[i]) < 0)
            return i;
    }
    return 4;
}

// NPS and effort follow the satisfaction answer, as they do in real surveys.
int npsFor(DemoRandom &random, int csat)
{
    switch (csat) {
    case 5:
        return int(random.chance(0.85) ? random.between(9, 10) : random.between(7, 8));
    case 4:
        return int(random.chance(0.45) ? random.between(9, 10) : random.between(7, 8));
    case 3:
        return int(random.between(5, 8));
    default:
        return int(random.between(0, 6));
    }
}

int cesFor(DemoRandom &random, int csat, bool firstContact)
{
    const int base = csat >= 5 ? 1 : csat == 4 ? 2 : csat == 3 ? 3 : 4;
    return std::clamp(base + int(random.between(0, 1)) - (firstContact ? 1 : 0), 1, 5);
}

} // namespace

void writeService(DemoContext &ctx)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::Ticket);
    DemoRandom random = ctx.random(61);
    const qint64 count = ctx.counts.tickets;
    std::vector<qint64> opened(static_cast<std::size_t>(count));
    for (qint64 &at : opened)
        at = ctx.busyDay(random) * 86400 + officeSecond(random);
    std::sort(opened.begin(), opened.end());
    DemoWeights categories;
    for (const CategoryProfile &p : kCategories)
        categories.add(p.weight);
    const QByteArray prefix = QByteArray(kNumberPrefix) + "-TK";
    const qint64 now = ctx.today * 86400 + 10 * 3600; // end of today's office hours
    for (qint64 i = 0; i < count; ++i) {
        const qint64 openedAt = opened[std::size_t(i)];
        const qint64 day = openedAt / 86400;
        int customer = ctx.buyingCustomer(random, day);
        if (customer < 0)
            customer = random.index(qsizetype(ctx.customers.size()));
        const CustomerInfo &c = ctx.customers[std::size_t(customer)];
        const bool unhappyCustomer = c.churn != kNever && day > c.churn - 120;
        const int category = categories.pick(random);
        const CategoryProfile &profile = kCategories[category];

        const qint64 responseMinutes
            = std::max<qint64>(2,
                               std::llround(random.logNormal(40, 0.9) * (unhappyCustomer ? 1.5 : 1.0)
                                            * (profile.effort > 1 ? 1.2 : 0.9)));
        const qint64 firstResponse = openedAt + responseMinutes * 60;
        // A few cases wait for parts or a site visit and stay open for days.
        const double waiting = random.chance(0.03) ? 15.0 : 1.0;
        const qint64 resolveMinutes = std::max<qint64>(
            responseMinutes + 5, std::llround(random.logNormal(8 * 60, 1.0) * profile.effort * waiting));
        const qint64 resolved = openedAt + resolveMinutes * 60;

        const QByteArray at = stamp(day, openedAt % 86400);
        st.text(ctx.id("ticket", i))
            .text(numbered(prefix.constData(), i + 1, 7))
            .text(c.id)
            .literal(names::ticketCategories()[std::size_t(category)])
            .text(at);
        if (firstResponse <= now)
            st.text(stamp(firstResponse / 86400, firstResponse % 86400));
        else
            st.null();
        if (resolved > now) {
            // Still being worked on: no resolution and no survey yet.
            st.null().null().null().null().null().literal(firstResponse <= now ? "in_progress" : "open");
            st.stamps(at, firstResponse <= now ? stamp(firstResponse / 86400, firstResponse % 86400) : at,
                      kOffice)
                .run();
        } else {
            const QByteArray resolvedAt = stamp(resolved / 86400, resolved % 86400);
            const bool firstContact
                = resolveMinutes <= 48 * 60 && random.chance(profile.firstContactResolution);
            st.text(resolvedAt).integer(firstContact ? 1 : 0);
            // About three customers in four answer the survey.
            if (random.chance(0.75)) {
                const bool slow = resolveMinutes > 48 * 60 || unhappyCustomer;
                const int csat = 5 - roll(random, slow ? kCsatUnhappy : kCsatHappy);
                st.integer(csat).integer(npsFor(random, csat)).integer(cesFor(random, csat, firstContact));
            } else {
                st.null().null().null();
            }
            st.literal(ctx.today - resolved / 86400 > 7 ? "closed" : "resolved")
                .stamps(at, resolvedAt, kOffice)
                .run();
        }
        ctx.advance(1);
    }
    ctx.summary.tickets = count;
}

} // namespace sb::core::demo
