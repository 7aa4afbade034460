// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: products and the promotions of the Chinese retail calendar.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/demo/demosteps.h"

#include <QDate>

#include <cmath>

namespace sb::core::demo {

namespace {

// Lunar New Year's day; the Spring Festival sale runs in the weeks before it.
struct NewYear
{
    int year;
    int month;
    int day;
};

constexpr NewYear kLunarNewYear[] = {
    {2016, 2, 8},  {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},  {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1},
    {2023, 1, 22}, {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},  {2028, 1, 26}, {2029, 2, 13},
    {2030, 2, 3},  {2031, 1, 23}, {2032, 2, 11}, {2033, 1, 31}, {2034, 2, 19}, {2035, 2, 8},
};

qint64 lunarNewYear(int year)
{
    for (const NewYear &n : kLunarNewYear) {
        if (n.year == year)
            return QDate(n.year, n.month, n.day).toJulianDay();
    }
    return QDate(year, 2, 1).toJulianDay(); // outside the table: close enough for a demo
}

struct PromotionSpec
{
    const char *node; ///< calendar_node and part of the code
    const char *name;
    const char *type;
    int discountBp;
    int budgetYuan; ///< at the small scale
    int startMonth; ///< 0: relative to the Lunar New Year
    int startDay;
    int endMonth;
    int endDay;
    int lines[2]; ///< product lines on promotion
};

constexpr PromotionSpec kPromotions[] = {
    {"spring", "春节年货节", "spend_save", 800, 120000, 0, -21, 0, -7, {2, 4}},
    {"618", "618年中大促", "price_cut", 1500, 200000, 6, 1, 6, 18, {2, 0}},
    {"summer", "夏季清凉季 Summer Sale", "bundle", 1000, 80000, 7, 10, 8, 20, {4, 1}},
    {"double11", "双11狂欢节", "flash_sale", 2000, 260000, 11, 1, 11, 11, {2, 4}},
    {"double12", "双12年终盛典", "gift", 500, 150000, 12, 1, 12, 12, {3, 0}},
};

void writeProducts(DemoContext &ctx)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::Product);
    DemoRandom random = ctx.random(21);
    const auto items = names::productItems();
    const auto variants = names::productVariants();
    const auto lines = names::productLines();
    std::vector<int> skuCounter(lines.size(), 1000);
    std::vector<double> popularity;
    for (int p = 0; p < ctx.counts.products; ++p) {
        const auto itemIndex = std::size_t(p) % items.size();
        const auto variant = (std::size_t(p) / items.size()) % variants.size();
        const names::ProductItem &item = items[itemIndex];
        const names::ProductLine &line = lines[std::size_t(item.line)];
        ProductInfo info;
        info.id = ctx.id("product", p);
        info.line = item.line;
        info.item = int(itemIndex);
        // Variants cost a little more or less than the base item; prices keep four decimals.
        const double factor = variant == 0 ? 1.0 : 0.8 + 0.12 * double(variant) + 0.1 * random.unit();
        const double price = item.price * factor;
        info.price = price < 10 ? std::llround(price * 10000) : std::llround(price * 10) * 1000;
        const double costShare = (line.costPercent + random.between(-8, 8)) / 100.0;
        info.cost = std::max<qint64>(1, std::llround(double(info.price) * costShare));
        info.typicalQuantity
            = std::max(1, int(std::lround(item.typicalQuantity * (0.7 + 0.6 * random.unit()))));
        info.leadTimeDays = std::max(1, item.leadTimeDays + int(random.between(-2, 5)));
        const QByteArray sku
            = QByteArray(line.prefix) + '-' + QByteArray::number(++skuCounter[std::size_t(item.line)]);
        const QByteArray at = stamp(ctx.start - random.between(60, 400), officeSecond(random));
        // Stock and safety stock follow the sales and are set once the orders are written.
        st.text(info.id)
            .text(sku)
            .text(QByteArray(item.name) + variants[variant])
            .literal(line.name)
            .integer(info.price)
            .integer(info.cost)
            .integer(0)
            .integer(0)
            .integer(info.leadTimeDays)
            .stamps(at, at, kOffice)
            .run();
        // A few best sellers and a long tail.
        popularity.push_back(std::pow(double(p % 17 + 1), -0.7) * (0.5 + random.unit())
                             / (1.0 + 0.4 * double(variant)));
        ctx.products.push_back(std::move(info));
    }
    for (const names::Industry &industry : names::industries()) {
        DemoWeights weights;
        weights.reserve(ctx.products.size());
        for (std::size_t p = 0; p < ctx.products.size(); ++p)
            weights.add(popularity[p] * industry.lineAffinity[ctx.products[p].line]);
        ctx.productsByIndustry.push_back(std::move(weights));
    }
}

std::vector<int> productsOfLines(const DemoContext &ctx, const int (&lines)[2])
{
    std::vector<int> result;
    for (std::size_t p = 0; p < ctx.products.size(); ++p) {
        if (ctx.products[p].line == lines[0] || ctx.products[p].line == lines[1])
            result.push_back(int(p));
    }
    return result;
}

void writePromotions(DemoContext &ctx)
{
    SqliteBulkStatement &promotion = ctx.writer->row(DemoRow::Promotion);
    SqliteBulkStatement &link = ctx.writer->row(DemoRow::PromotionProduct);
    DemoRandom random = ctx.random(22);
    const int firstYear = QDate::fromJulianDay(ctx.start).year();
    const int lastYear = QDate::fromJulianDay(ctx.today).year() + 1;
    const double scale = std::sqrt(double(ctx.counts.customers) / 300.0);
    qint64 index = 0;
    qint64 linkIndex = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (const PromotionSpec &spec : kPromotions) {
            const qint64 newYear = lunarNewYear(year);
            const qint64 begin = spec.startMonth == 0
                ? newYear + spec.startDay
                : QDate(year, spec.startMonth, spec.startDay).toJulianDay();
            const qint64 end = spec.endMonth == 0 ? newYear + spec.endDay
                                                  : QDate(year, spec.endMonth, spec.endDay).toJulianDay();
            // The span's promotions plus the ones planned for the next two months.
            if (end < ctx.start || begin > ctx.today + 60)
                continue;
            PromotionInfo info;
            info.start = begin;
            info.end = end;
            info.discountBp = spec.discountBp;
            const std::vector<int> candidates = productsOfLines(ctx, spec.lines);
            const int wanted
                = int(std::min<std::size_t>(candidates.size(), std::size_t(random.between(3, 8))));
            for (int k = 0; k < wanted; ++k) {
                const int product = candidates[std::size_t(random.index(qsizetype(candidates.size())))];
                if (std::find(info.products.begin(), info.products.end(), product) == info.products.end())
                    info.products.push_back(product);
            }
            const qint64 budget
                = std::llround(spec.budgetYuan * scale * (0.8 + 0.4 * random.unit()) / 1000) * 100000;
            // Finished promotions spent most of their budget; running ones part of it; planned ones nothing
            // yet.
            qint64 cost = 0;
            if (end < ctx.today)
                cost = std::llround(double(budget) * (0.7 + 0.35 * random.unit()));
            else if (begin <= ctx.today)
                cost = budget * (ctx.today - begin + 1) / (end - begin + 1) * 9 / 10;
            const QByteArray id = ctx.id("promotion", index++);
            const QByteArray at
                = stamp(std::min(begin - random.between(20, 45), ctx.today), officeSecond(random));
            promotion.text(id)
                .text("PR" + QByteArray::number(year) + '-' + spec.node)
                .text(QByteArray::number(year) + ' ' + spec.name)
                .literal(spec.type)
                .text(dateText(begin))
                .text(dateText(end))
                .integer(budget)
                .integer(cost)
                .literal(spec.node)
                .stamps(at, at, kOffice)
                .run();
            for (const int product : info.products) {
                link.text(ctx.id("promotion_product", linkIndex++))
                    .text(id)
                    .text(ctx.products[std::size_t(product)].id)
                    .stamps(at, at, kOffice)
                    .run();
            }
            ctx.promotions.push_back(std::move(info));
        }
    }
}

} // namespace

void writeCatalog(DemoContext &ctx)
{
    writeProducts(ctx);
    writePromotions(ctx);
}

} // namespace sb::core::demo
