// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: lost reasons, channels, commission plans, teams and reps.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/demo/demosteps.h"

namespace sb::core::demo {

namespace {

enum class TeamFocus {
    Region,
    KeyAccounts,
    Channels,
    Global
};

struct TeamSpec
{
    const char *code;
    const char *name;
    const char *region;
    TeamFocus focus;
    int regions[3]; ///< regions served, in preference order; -1 ends the list
};

// Teams in the order they appear as the scale grows; regions are names::regions() indices.
constexpr TeamSpec kTeams[] = {
    {"T-EAST1", "华东销售一部", "华东", TeamFocus::Region, {0, -1, -1}},
    {"T-SOUTH", "华南销售部", "华南", TeamFocus::Region, {1, -1, -1}},
    {"T-NORTH", "华北销售部", "华北", TeamFocus::Region, {2, 6, -1}},
    {"T-KA", "大客户部", "全国", TeamFocus::KeyAccounts, {-1, -1, -1}},
    {"T-WEST", "西南销售部", "西南", TeamFocus::Region, {4, 5, -1}},
    {"T-CENTRAL", "华中销售部", "华中", TeamFocus::Region, {3, -1, -1}},
    {"T-CHANNEL", "渠道与电商部", "全国", TeamFocus::Channels, {-1, -1, -1}},
    {"T-EAST2", "华东销售二部", "华东", TeamFocus::Region, {0, -1, -1}},
    {"T-GLOBAL", "外企客户部 Global Accounts", "全国", TeamFocus::Global, {-1, -1, -1}},
};

// Where a region's customers go when its own team does not exist at this scale.
constexpr int kRegionFallback[] = {0, 1, 2, 0, 1, 2, 2};

struct ChannelSpec
{
    const char *code;
    const char *name;
    const char *type;
    ChannelKind kind;
    const char *shareModel;
    const char *partner;
};

constexpr ChannelSpec kChannels[] = {
    {"CH-DIRECT", "直销", "direct", ChannelKind::Direct, "fixed", ""},
    {"CH-AGT-EAST", "华东区域代理", "agent", ChannelKind::Agent, "fixed", "上海远航商贸有限公司"},
    {"CH-AGT-SOUTH", "华南区域代理", "agent", ChannelKind::Agent, "fixed", "深圳鸿达科技有限公司"},
    {"CH-DIST-NORTH", "华北经销商", "distributor", ChannelKind::Distributor, "tiered",
     "天津恒昌商贸有限公司"},
    {"CH-DIST-WEST", "西部经销商", "distributor", ChannelKind::Distributor, "tiered",
     "成都锦程供应链有限公司"},
    {"CH-ONLINE", "官方网店", "online_store", ChannelKind::OnlineStore, "fixed", ""},
    {"CH-TMALL", "天猫旗舰店", "ecommerce", ChannelKind::Ecommerce, "product_line", "天猫 Tmall"},
    {"CH-JD", "京东自营", "ecommerce", ChannelKind::Ecommerce, "product_line", "京东 JD.com"},
};

struct ShareRule
{
    int channel;
    int line; ///< product line index, -1 for all
    qint64 minVolume; ///< minor units of the period's sales through the channel
    int rateBp;
};

constexpr ShareRule kShareRules[] = {
    {0, -1, 0, 0},    {1, -1, 0, 3000},         {2, -1, 0, 2500},
    {3, -1, 0, 1500}, {3, -1, 100000000, 1800}, {3, -1, 500000000, 2000},
    {4, -1, 0, 1200}, {4, -1, 50000000, 1500},  {4, -1, 200000000, 1800},
    {5, -1, 0, 500},  {6, 0, 0, 600},           {6, 1, 0, 500},
    {6, 2, 0, 800},   {6, 3, 0, 300},           {6, 4, 0, 1000},
    {7, 0, 0, 700},   {7, 1, 0, 600},           {7, 2, 0, 1000},
    {7, 3, 0, 300},   {7, 4, 0, 1200},
};

struct PlanSpec
{
    const char *code;
    const char *name;
    const char *mode;
    int quarterBonusPct;
    int satisfactionBp;
    int teamPoolBp;
    int tiers[4][2]; ///< lower bound and rate in basis points; a zero bound after the first ends the list
};

// The handbook's tiers: below 80 % nothing, 80–100 % 3–5 %, above 100 % 5–8 %.
constexpr PlanSpec kPlans[] = {
    {"PLAN-STD", "标准提成方案", "whole", 100, 500, 0, {{0, 0}, {8000, 400}, {10000, 600}, {0, 0}}},
    {"PLAN-PRO",
     "进取型提成方案",
     "progressive",
     150,
     800,
     100,
     {{0, 0}, {8000, 300}, {10000, 500}, {12000, 800}}},
    {"PLAN-CH", "渠道经理提成方案", "whole", 100, 500, 50, {{0, 0}, {8000, 300}, {10000, 500}, {0, 0}}},
};

void writeLostReasons(DemoContext &ctx, const QByteArray &at)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::LostReason);
    const auto reasons = names::lostReasons();
    for (std::size_t i = 0; i < reasons.size(); ++i)
        st.text(ctx.id("lost_reason", qint64(i)))
            .literal(reasons[i])
            .integer(qint64(i + 1))
            .stamps(at, at, kOffice)
            .run();
}

void writeChannels(DemoContext &ctx, const QByteArray &at)
{
    SqliteBulkStatement &channel = ctx.writer->row(DemoRow::Channel);
    int index = 0;
    for (const ChannelSpec &spec : kChannels) {
        const QByteArray id = ctx.id("channel", index++);
        channel.text(id)
            .literal(spec.code)
            .literal(spec.name)
            .literal(spec.type)
            .literal(spec.shareModel)
            .literal(spec.partner)
            .stamps(at, at, kOffice)
            .run();
        ctx.channels.push_back({id, spec.kind});
    }
    SqliteBulkStatement &rule = ctx.writer->row(DemoRow::ChannelShareRule);
    index = 0;
    for (const ShareRule &r : kShareRules) {
        rule.text(ctx.id("channel_share_rule", index++))
            .text(ctx.channels[std::size_t(r.channel)].id)
            .literal(r.line < 0 ? "" : names::productLines()[std::size_t(r.line)].name)
            .integer(r.minVolume)
            .integer(r.rateBp)
            .stamps(at, at, kOffice)
            .run();
    }
}

void writePlans(DemoContext &ctx, const QByteArray &at)
{
    SqliteBulkStatement &plan = ctx.writer->row(DemoRow::CommissionPlan);
    SqliteBulkStatement &tier = ctx.writer->row(DemoRow::CommissionTier);
    int planIndex = 0;
    int tierIndex = 0;
    for (const PlanSpec &spec : kPlans) {
        const QByteArray id = ctx.id("commission_plan", planIndex++);
        plan.text(id)
            .literal(spec.code)
            .literal(spec.name)
            .literal(spec.mode)
            .integer(spec.quarterBonusPct)
            .integer(spec.satisfactionBp)
            .integer(8500)
            .integer(spec.teamPoolBp)
            .stamps(at, at, kOffice)
            .run();
        for (int t = 0; t < 4; ++t) {
            if (t > 0 && spec.tiers[t][0] == 0)
                break;
            tier.text(ctx.id("commission_tier", tierIndex++))
                .text(id)
                .integer(spec.tiers[t][0])
                .integer(spec.tiers[t][1])
                .stamps(at, at, kOffice)
                .run();
        }
        ctx.plans.push_back(id);
    }
}

void writeTeams(DemoContext &ctx, const QByteArray &at)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::Team);
    const auto regionCount = names::regions().size();
    ctx.regionTeam.assign(regionCount, -1);
    for (int t = 0; t < ctx.counts.teams; ++t) {
        const TeamSpec &spec = kTeams[t];
        const QByteArray id = ctx.id("team", t);
        st.text(id)
            .literal(spec.code)
            .literal(spec.name)
            .null()
            .literal(spec.region)
            .stamps(at, at, kOffice)
            .run();
        ctx.teams.push_back({id, spec.code, {}});
        for (const int region : spec.regions) {
            if (region >= 0 && ctx.regionTeam[std::size_t(region)] < 0)
                ctx.regionTeam[std::size_t(region)] = t;
        }
        if (spec.focus == TeamFocus::KeyAccounts)
            ctx.keyAccountTeam = t;
        else if (spec.focus == TeamFocus::Channels)
            ctx.channelTeam = t;
        else if (spec.focus == TeamFocus::Global)
            ctx.globalTeam = t;
    }
    for (std::size_t r = 0; r < regionCount; ++r) {
        if (ctx.regionTeam[r] < 0)
            ctx.regionTeam[r] = kRegionFallback[r];
    }
}

QByteArray personName(DemoRandom &random, bool english, QByteArray *handle)
{
    if (english) {
        const QByteArray first = random.pick(names::englishFirstNames());
        const QByteArray last = random.pick(names::englishLastNames());
        *handle = asciiHandle(first + '.' + last);
        return first + ' ' + last;
    }
    const names::Word &surname = random.pick(names::surnames());
    const names::Word &given = random.pick(names::givenNames());
    *handle = QByteArray(given.latin) + '.' + surname.latin;
    return QByteArray(surname.text) + given.text;
}

void writeReps(DemoContext &ctx, const QByteArray &at)
{
    SqliteBulkStatement &st = ctx.writer->row(DemoRow::Rep);
    DemoRandom random = ctx.random(11);
    const int leavers = std::max(1, ctx.counts.reps / 20);
    ctx.activeReps = ctx.counts.reps;
    for (int r = 0; r < ctx.counts.reps + leavers; ++r) {
        const bool active = r < ctx.counts.reps;
        const int team = r % ctx.counts.teams;
        const bool lead = r < ctx.counts.teams; // the first rep of each team is its most seasoned
        RepInfo rep;
        rep.id = ctx.id("rep", r);
        rep.code = numbered("R", r + 1, 3);
        // Reps carry an English first name now and then, as many do in Chinese offices.
        QByteArray handle;
        if (random.chance(0.15)) {
            const names::Word &surname = random.pick(names::surnames());
            const QByteArray first = random.pick(names::englishFirstNames());
            QByteArray latinSurname(surname.latin);
            latinSurname[0] = char(latinSurname[0] - 'a' + 'A');
            rep.name = first + ' ' + latinSurname;
            handle = asciiHandle(first + '.' + latinSurname);
        } else {
            rep.name = personName(random, false, &handle);
        }
        rep.team = team;
        rep.skill = lead ? 0.6 + 0.4 * random.unit() : random.unit();
        rep.attainment = std::clamp(0.72 + 0.5 * rep.skill + 0.12 * random.normal(), 0.6, 1.35);
        const qint64 hired = ctx.start - random.between(lead ? 900 : 60, lead ? 3000 : 1500);
        const qint64 basePay
            = (lead ? random.between(14000, 20000) : random.between(6000, 12000)) / 500 * 500 * 100;
        const int plan = team == ctx.channelTeam ? 2 : (random.chance(0.25) ? 1 : 0);
        const QByteArray phone = "13" + QByteArray::number(random.between(500000000, 999999999));
        st.text(rep.id)
            .text(rep.code)
            .text(rep.name)
            .text(ctx.teams[std::size_t(team)].id)
            .text(handle + "@salesbench.example")
            .text(phone)
            .integer(basePay)
            .text(ctx.plans[std::size_t(plan)])
            .text(dateText(hired))
            .integer(active ? 1 : 0)
            .stamps(at, at, kOffice)
            .run();
        if (active)
            ctx.teams[std::size_t(team)].reps.push_back(r);
        ctx.reps.push_back(std::move(rep));
    }
}

} // namespace

void writeOrganisation(DemoContext &ctx)
{
    const QByteArray at = stamp(ctx.start - 120, 2 * 3600);
    writeLostReasons(ctx, at);
    writeChannels(ctx, at);
    writePlans(ctx, at);
    writeTeams(ctx, at);
    writeReps(ctx, at);
    ctx.repMonthRevenue.assign(ctx.reps.size() * std::size_t(ctx.months), 0);
    ctx.monthRevenue.assign(std::size_t(ctx.months), 0);
}

} // namespace sb::core::demo
