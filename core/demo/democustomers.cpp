// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: customers and contacts.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/demo/demosteps.h"

#include <cmath>
#include <numeric>

namespace sb::core::demo {

namespace {

// Buying power falls off with rank as q^-kParetoExponent (q = rank quantile):
// with order sizes growing with company size, about 20 % of the customers bring
// about 80 % of the revenue, as the ABC chapter of the handbook has it.
constexpr double kParetoExponent = 0.6;

constexpr const char *kSizeBands[] = {"1-49", "50-199", "200-499", "500-999", "1000+"};
constexpr const char *kCustomerTypes[] = {"小微客户", "中型客户", "中型客户", "大客户", "大客户"};
constexpr const char *kChineseSuffixes[]
    = {"有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"};
constexpr const char *kNotes[]
    = {"年度框架协议客户",       "关注交付周期，需提前确认库存",        "付款需走OA审批，周期较长",
       "客户要求\"含税价\"报价", "Prefers English-language quotations", "老客户转介绍，决策链较短"};

// Share of each channel kind by company size (direct, agent, distributor, online store, e-commerce).
constexpr int kChannelMix[5][5] = {
    {25, 15, 20, 20, 20}, {40, 20, 20, 10, 10}, {55, 20, 15, 5, 5}, {75, 15, 10, 0, 0}, {80, 12, 8, 0, 0},
};

// Unique company names without a lookup table: every (prefix, industry) cell walks
// its own permutation of (brand, trade word) pairs, so two customers never collide.
class CompanyNamer final
{
public:
    explicit CompanyNamer(const DemoContext &ctx)
        : m_chinese((names::cities().size() + names::regions().size() + 1) * names::industries().size(), 0),
          m_english(names::cities().size() * names::industries().size(), 0),
          m_seed(ctx.seed)
    {
    }

    QByteArray name(DemoRandom &random, CustomerInfo &c)
    {
        const names::Industry &industry = names::industries()[std::size_t(c.industry)];
        const names::City &city = names::cities()[std::size_t(c.city)];
        const auto industries = names::industries().size();
        if (c.english) {
            const auto heads = names::englishBrandHeads();
            const auto tails = names::englishBrandTails();
            const qint64 combos = qint64(heads.size() * tails.size() * industry.nouns.size());
            const auto cell = std::size_t(c.city) * industries + std::size_t(c.industry);
            const qint64 n = next(m_english[cell], cell, combos);
            const auto noun = std::size_t(n % qint64(industry.nouns.size()));
            c.brand = int(n / qint64(industry.nouns.size()));
            const QByteArray brand = brandOf(c);
            QByteArray name = brand + ' ' + industry.nouns[noun];
            if (random.chance(0.6))
                name += QByteArray(" (") + city.latin + ") Co., Ltd.";
            else
                name += QByteArray(" ") + city.latin + " Ltd.";
            return withRound(name, m_english[cell] - 1, combos);
        }
        // Most Chinese company names start with their city, some with their region, a few with neither.
        const double kind = random.unit();
        std::size_t prefixSlot = std::size_t(c.city);
        QByteArray prefix(city.name);
        if (kind > 0.9) {
            prefixSlot = names::cities().size() + names::regions().size();
            prefix.clear();
        } else if (kind > 0.8) {
            prefixSlot = names::cities().size() + std::size_t(c.region);
            prefix = names::regions()[std::size_t(c.region)].name;
        }
        const qint64 brands = qint64(names::brandHeads().size() * names::brandTails().size());
        const qint64 combos = brands * qint64(industry.trades.size());
        const auto cell = prefixSlot * industries + std::size_t(c.industry);
        const qint64 n = next(m_chinese[cell], cell, combos);
        c.brand = int(n % brands);
        const auto trade = std::size_t(n / brands);
        const QByteArray name = prefix + brandOf(c) + industry.trades[trade] + kChineseSuffixes[c.size];
        return withRound(name, m_chinese[cell] - 1, combos);
    }

private:
    // The k-th member of the cell's permutation: multiplying by a prime that does not
    // divide the number of combinations visits each one once.
    qint64 next(int &counter, std::size_t cell, qint64 combos) const
    {
        const qint64 k = counter++;
        const qint64 offset = qint64((m_seed + cell * 2654435761ULL) % quint64(combos));
        return (k * 7919 + offset) % combos;
    }

    static QByteArray withRound(const QByteArray &name, qint64 k, qint64 combos)
    {
        return k < combos ? name : name + " (" + QByteArray::number(k / combos + 1) + ')';
    }

    std::vector<int> m_chinese;
    std::vector<int> m_english;
    quint64 m_seed;
};

QByteArray mobilePhone(DemoRandom &random)
{
    static constexpr const char *prefixes[] = {"138", "139", "136", "150", "158", "186", "188", "177", "135"};
    const QByteArray head = random.pick(std::span<const char *const>(prefixes));
    const QByteArray middle = QByteArray::number(random.between(1000, 9999));
    const QByteArray tail = QByteArray::number(random.between(1000, 9999));
    // Some numbers carry the country code, as they arrive from business cards.
    if (random.chance(0.1))
        return "+86 " + head + ' ' + middle + ' ' + tail;
    return head + middle + tail;
}

struct Person
{
    QByteArray name;
    QByteArray email;
};

// The brand in Latin letters for e-mail domains: pinyin for Chinese brands.
QByteArray brandLatin(const CustomerInfo &c)
{
    if (c.english)
        return asciiHandle(brandOf(c));
    const auto tails = names::brandTails();
    return QByteArray(names::brandHeads()[std::size_t(c.brand) / tails.size()].latin)
        + tails[std::size_t(c.brand) % tails.size()].latin;
}

Person person(DemoRandom &random, const CustomerInfo &c)
{
    const QByteArray domain = '@' + brandLatin(c) + ".example";
    if (c.english && random.chance(0.7)) {
        const QByteArray first = random.pick(names::englishFirstNames());
        const QByteArray last = random.pick(names::englishLastNames());
        return {first + ' ' + last, asciiHandle(first + '.' + last) + domain};
    }
    const names::Word &surname = random.pick(names::surnames());
    const names::Word &given = random.pick(names::givenNames());
    return {QByteArray(surname.text) + given.text, QByteArray(given.latin) + '.' + surname.latin + domain};
}

int pickWeighted(DemoRandom &random, const int *weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    qint64 roll = random.between(0, total - 1);
    for (int i = 0; i < count; ++i) {
        if ((roll -= weights[i]) < 0)
            return i;
    }
    return count - 1;
}

int channelFor(const DemoContext &ctx, DemoRandom &random, const CustomerInfo &c)
{
    const auto kind = c.english ? (random.chance(0.8) ? ChannelKind::Direct : ChannelKind::Agent)
                                : ChannelKind(pickWeighted(random, kChannelMix[c.size], 5));
    std::vector<int> matching;
    for (std::size_t i = 0; i < ctx.channels.size(); ++i) {
        if (ctx.channels[i].kind == kind)
            matching.push_back(int(i));
    }
    return matching.empty() ? 0 : matching[std::size_t(random.index(qsizetype(matching.size())))];
}

int teamFor(const DemoContext &ctx, DemoRandom &random, const CustomerInfo &c, double quantile)
{
    const ChannelKind kind = ctx.channels[std::size_t(c.channel)].kind;
    if (ctx.channelTeam >= 0 && (kind == ChannelKind::OnlineStore || kind == ChannelKind::Ecommerce))
        return ctx.channelTeam;
    if (ctx.globalTeam >= 0 && c.english && random.chance(0.7))
        return ctx.globalTeam;
    if (ctx.keyAccountTeam >= 0 && quantile < 0.05)
        return ctx.keyAccountTeam;
    return ctx.regionTeam[std::size_t(c.region)];
}

void buildBuyingTables(DemoContext &ctx)
{
    const int quarters = (ctx.months + 2) / 3;
    for (int q = 0; q < quarters; ++q) {
        const qint64 first = ctx.monthStart(q * 3);
        const qint64 last = ctx.monthStart(q * 3 + 3) - 1;
        const double years = (q * 3 + 1.5 - ctx.months / 2.0) / 12.0;
        DemoWeights table;
        table.reserve(ctx.customers.size());
        for (const CustomerInfo &c : ctx.customers) {
            const bool active = c.since <= last && c.churn > first;
            table.add(active ? c.weight * std::pow(c.trend, years) : 0.0);
        }
        ctx.customersByQuarter.push_back(std::move(table));
    }
}

} // namespace

QByteArray brandOf(const CustomerInfo &c)
{
    if (c.english) {
        const auto tails = names::englishBrandTails();
        return QByteArray(names::englishBrandHeads()[std::size_t(c.brand) / tails.size()])
            + tails[std::size_t(c.brand) % tails.size()];
    }
    const auto tails = names::brandTails();
    return QByteArray(names::brandHeads()[std::size_t(c.brand) / tails.size()].text)
        + tails[std::size_t(c.brand) % tails.size()].text;
}

void writeCustomers(DemoContext &ctx)
{
    SqliteBulkStatement &customer = ctx.writer->row(DemoRow::Customer);
    SqliteBulkStatement &contact = ctx.writer->row(DemoRow::Contact);
    DemoRandom random = ctx.random(31);
    const qint64 count = ctx.counts.customers;
    DemoWeights cities;
    for (const names::City &city : names::cities())
        cities.add(names::regions()[std::size_t(city.region)].weight * double(city.weight));
    DemoWeights industries;
    for (const names::Industry &industry : names::industries())
        industries.add(industry.weight);
    // Ranks in random order, so that the biggest buyer is not simply the first code.
    std::vector<qint64> ranks(static_cast<std::size_t>(count));
    std::iota(ranks.begin(), ranks.end(), 0);
    for (std::size_t i = ranks.size(); i > 1; --i)
        std::swap(ranks[i - 1], ranks[std::size_t(random.between(0, qint64(i) - 1))]);

    CompanyNamer namer(ctx);
    const int codeWidth = std::max(5, int(QByteArray::number(count).size()));
    qint64 contactIndex = 0;
    ctx.customers.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        CustomerInfo c;
        const double quantile = (double(ranks[std::size_t(i)]) + 0.5) / double(count);
        c.id = ctx.id("customer", i);
        c.english = random.chance(0.12);
        c.industry = industries.pick(random);
        c.city = cities.pick(random);
        c.region = names::cities()[std::size_t(c.city)].region;
        c.weight = std::pow(quantile, -kParetoExponent);
        c.trend = std::exp(0.35 * random.normal());
        const int band = quantile < 0.04 ? 4
            : quantile < 0.15            ? 3
            : quantile < 0.35            ? 2
            : quantile < 0.65            ? 1
                                         : 0;
        c.size = std::clamp(band + (random.chance(0.15) ? int(random.between(-1, 1)) : 0), 0, 4);
        // The big accounts are long-standing; the others arrive over the two years.
        const bool established = quantile < 0.1 || random.chance(0.6);
        c.since
            = established ? ctx.start - random.between(30, 1500) : random.between(ctx.start, ctx.today - 20);
        if (quantile > 0.03 && random.chance(0.1)) {
            const qint64 churn = random.between(ctx.start + 180, ctx.today - 45);
            if (churn - c.since > 90)
                c.churn = churn;
        }
        c.channel = channelFor(ctx, random, c);
        const TeamInfo &team = ctx.teams[std::size_t(teamFor(ctx, random, c, quantile))];
        c.rep = team.reps.empty() ? 0 : team.reps[std::size_t(random.index(qsizetype(team.reps.size())))];
        const QByteArray name = namer.name(random, c);
        const Person boss = person(random, c);
        const auto titles = c.english ? names::englishTitles() : names::customerTitles();
        const char *title
            = titles[std::size_t(random.index(qsizetype(std::min<std::size_t>(4, titles.size()))))];
        const QByteArray phone = mobilePhone(random);
        const QByteArray at = stamp(c.since, officeSecond(random));
        const char *note = random.chance(0.08) ? kNotes[random.index(std::size(kNotes))] : "";
        customer.text(c.id)
            .text(numbered("C", i + 1, codeWidth))
            .text(name)
            .literal(names::industries()[std::size_t(c.industry)].name)
            .literal(kSizeBands[c.size])
            .literal(names::regions()[std::size_t(c.region)].name)
            .literal(names::cities()[std::size_t(c.city)].name)
            .text(ctx.channels[std::size_t(c.channel)].id)
            .text(ctx.reps[std::size_t(c.rep)].id)
            .text(boss.name)
            .literal(title)
            .text(phone)
            .text(boss.email)
            .literal(names::leadSources()[std::size_t(random.index(qsizetype(names::leadSources().size())))])
            .literal("acquisition")
            .literal(kCustomerTypes[c.size])
            .literal(note)
            .stamps(at, at, kOffice)
            .run();

        const int contacts = 1 + (c.size >= 2) + (c.size >= 3) + (random.chance(0.35) ? 1 : 0);
        for (int k = 0; k < contacts; ++k) {
            const Person other = k == 0 ? boss : person(random, c);
            const qint64 contactSeq = contactIndex++;
            contact.text(ctx.id("contact", contactSeq))
                .text(numbered("CT", contactSeq + 1, 7))
                .text(c.id)
                .text(other.name)
                .literal(k == 0 ? title : titles[std::size_t(random.index(qsizetype(titles.size())))])
                .text(k == 0 ? phone : mobilePhone(random))
                .text(other.email)
                .integer(k == 0 ? 1 : 0)
                .literal("")
                .stamps(at, at, kOffice)
                .run();
        }
        ctx.customers.push_back(std::move(c));
        ctx.advance(1);
    }
    ctx.summary.customers = count;
    buildBuyingTables(ctx);
}

} // namespace sb::core::demo
