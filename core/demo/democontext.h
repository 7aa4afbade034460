// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/demo/demoweights.h"
#include "core/storage/demowriter.h"
#include "core/storage/sqlite/sqlitebulkstatement.h"

#include <QByteArray>

#include <limits>
#include <vector>

namespace sb::core::demo {

/// The office id and number prefix every demo workspace carries.
inline constexpr char kOffice[] = "DEMO0001";
inline constexpr char kNumberPrefix[] = "DEMO";
inline constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/// How much a scale generates.
struct DemoCounts
{
    qint64 customers = 0;
    qint64 opportunities = 0;
    qint64 orderLines = 0;
    qint64 tickets = 0;
    int products = 0;
    int reps = 0;
    int teams = 0;
};

enum class ChannelKind {
    Direct,
    Agent,
    Distributor,
    OnlineStore,
    Ecommerce
};

struct TeamInfo
{
    QByteArray id;
    QByteArray code;
    std::vector<int> reps; ///< active reps of the team
};

struct RepInfo
{
    QByteArray id;
    QByteArray code;
    QByteArray name;
    int team = 0;
    double skill = 0.5; ///< 0–1: how well the rep converts deals
    double attainment = 1.0; ///< typical actual / target
};

struct ChannelInfo
{
    QByteArray id;
    ChannelKind kind = ChannelKind::Direct;
};

struct ProductInfo
{
    QByteArray id;
    int line = 0;
    int item = 0; ///< index into names::productItems()
    qint64 price = 0; ///< Price4
    qint64 cost = 0; ///< Price4
    int typicalQuantity = 1;
    int leadTimeDays = 0;
    qint64 soldLastYear = 0; ///< filled while orders are written
};

struct PromotionInfo
{
    qint64 start = 0;
    qint64 end = 0;
    int discountBp = 0;
    std::vector<int> products;
};

struct CustomerInfo
{
    QByteArray id;
    int city = 0;
    int region = 0;
    int industry = 0;
    int brand = 0; ///< index into the Chinese or English brand pool
    int size = 0; ///< index into customerSizeBands()
    int rep = 0;
    int channel = 0;
    bool english = false;
    double weight = 1.0; ///< relative buying power (Pareto-shaped)
    double trend = 1.0; ///< growth of the buying power over the two years
    qint64 since = 0; ///< day the customer record was created
    qint64 churn = kNever; ///< day after which it stops ordering
    // Filled while opportunities and orders are written.
    int openDeals = 0;
    int orders = 0;
    qint64 revenue = 0;
    qint64 firstOrder = kNever;
    qint64 lastOrder = 0;
};

/// A won opportunity, waiting for the order it turns into.
struct WonDeal
{
    qint64 day = 0;
    qint64 opportunity = 0;
    int customer = 0;
    int line = 0;
    qint64 amount = 0;
};

/// State shared by the generation steps. Days are Julian day numbers.
struct DemoContext
{
    DemoWriter *writer = nullptr; ///< the statements that write the rows
    quint64 seed = 0;
    qint64 today = 0;
    qint64 start = 0; ///< first day of the span: the first of the month 23 months ago
    int months = 0; ///< months in the span, the current (partial) one included
    DemoCounts counts;
    const DemoProgress *progress = nullptr;
    qint64 done = 0;
    qint64 total = 0;
    qint64 reported = 0;

    std::vector<TeamInfo> teams;
    std::vector<int> regionTeam; ///< team serving each region
    int keyAccountTeam = -1;
    int channelTeam = -1;
    int globalTeam = -1;
    std::vector<RepInfo> reps; ///< active reps first, then the ones who left
    int activeReps = 0;
    std::vector<ChannelInfo> channels;
    std::vector<QByteArray> plans;
    std::vector<ProductInfo> products;
    std::vector<DemoWeights> productsByIndustry;
    std::vector<PromotionInfo> promotions;
    std::vector<CustomerInfo> customers;
    std::vector<DemoWeights> customersByQuarter; ///< buying power per quarter of the span
    DemoWeights monthWeights; ///< business volume per month: growth and seasonality
    std::vector<WonDeal> wonDeals;
    std::vector<qint64> repMonthRevenue; ///< reps × months
    std::vector<qint64> monthRevenue;
    qint64 activitySeq = 0;
    DemoSummary summary;

    /// Deterministic record id: UUID v5 of "entity:index:seed".
    QByteArray id(const char *entity, qint64 index) const;
    /// A random stream for one step.
    DemoRandom random(quint64 stream) const { return DemoRandom(seed, stream); }

    int monthOf(qint64 day) const;
    qint64 monthStart(int month) const;
    /// A day of the month, weekdays favoured, never after today.
    qint64 dayInMonth(DemoRandom &random, int month) const;
    /// A day of the span weighted by business volume.
    qint64 busyDay(DemoRandom &random) const;
    /// A customer buying on that day, weighted by buying power; -1 if none.
    int buyingCustomer(DemoRandom &random, qint64 day) const;
    /// Counts done work; reports progress and throws when the callback cancels.
    void advance(qint64 units);
};

/// "2025-03-01".
QByteArray dateText(qint64 day);
/// "2025-03-01T08:15:00.000Z" for a day and a second of that day (UTC).
QByteArray stamp(qint64 day, qint64 secondOfDay);
/// "C00012" for ("C", 12, 5).
QByteArray numbered(const char *prefix, qint64 number, int width);
/// Lower-case ASCII letters and digits of a name, for e-mail addresses.
QByteArray asciiHandle(const QByteArray &text);
/// The customer's brand ("鑫达", "Bluewave"): its short name in titles and e-mail domains.
QByteArray brandOf(const CustomerInfo &c);
/// A second within Chinese office hours (09:00–18:00 Beijing = 01:00–10:00 UTC).
qint64 officeSecond(DemoRandom &random);

} // namespace sb::core::demo
