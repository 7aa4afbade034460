// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: opportunities, their stage history and the activities around them.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/demo/demosteps.h"

#include <algorithm>

namespace sb::core::demo {

namespace {

enum StageIndex {
    InitialContact,
    NeedsConfirmed,
    Proposal,
    Negotiation,
    Won,
    Lost
};
constexpr const char *kStageKeys[]
    = {"initial_contact", "needs_confirmed", "proposal", "negotiation", "won", "lost"};
constexpr int kProbability[] = {10, 25, 50, 75, 100, 0};

// Step rates of an average rep. The benchmark is 40 %, 62.5 %, 48 %, 41.7 %: this
// company opens doors well but loses deals between proposal and negotiation,
// which the funnel page names as its bottleneck.
constexpr double kStepRate[] = {0.46, 0.66, 0.40, 0.50};

constexpr double kAmountMedianYuan[] = {40000, 70000, 120000, 200000, 350000};

struct Project
{
    const char *zh;
    const char *en;
};
constexpr Project kProjects[] = {
    {"产线自动化改造项目", "production line automation"}, {"检测设备采购项目", "test equipment purchase"},
    {"办公设备更新项目", "office equipment refresh"},     {"数字化系统升级项目", "digital systems upgrade"},
    {"年度耗材框架采购", "annual consumables framework"},
};

// Lost reasons likely at each open stage (indices into names::lostReasons()) with weights.
constexpr int kLostReasonsByStage[4][4][2] = {
    {{7, 35}, {8, 25}, {2, 25}, {6, 15}},
    {{2, 30}, {3, 25}, {4, 25}, {6, 20}},
    {{0, 35}, {5, 25}, {1, 30}, {4, 10}},
    {{0, 30}, {1, 35}, {9, 20}, {4, 15}},
};
constexpr int kCompetitorReason = 1;
constexpr int kPriceReason = 0;

struct Text
{
    const char *zh;
    const char *en;
};
constexpr Text kFirstContact[] = {{"首次电话沟通，了解项目背景", "First call about the project background"},
                                  {"首次拜访，初步了解需求", "First visit to hear the needs"},
                                  {"发送公司介绍与产品资料", "Sent company profile and brochures"}};
constexpr const char *kFirstContactKinds[] = {"call", "visit", "email"};
constexpr Text kStageTexts[] = {
    {"", ""},
    {"需求调研会议，确认技术参数与预算", "Needs workshop: specifications and budget confirmed"},
    {"提交技术方案与报价", "Proposal and quotation submitted"},
    {"商务谈判：价格与付款条件", "Negotiation on price and payment terms"},
    {"签约完成，合同已盖章", "Contract signed and stamped"},
};
constexpr const char *kStageKinds[] = {"call", "meeting", "proposal", "meeting", "visit"};
constexpr Text kStepBack = {"客户要求调整方案，重新报价", "Customer asked for a revised proposal"};
constexpr Text kFollowUp = {"跟进客户内部评审进度", "Follow-up on the internal review"};
constexpr Text kNoReply = {"客户暂无回复，待再次跟进", "No reply from the customer yet"};
constexpr Text kNextSteps[] = {{"发送修订报价", "Send the revised quotation"},
                               {"安排技术交流会", "Schedule a technical session"},
                               {"预约现场拜访", "Book an on-site visit"},
                               {"跟进合同审批", "Chase the contract approval"},
                               {"邀请参观样板客户", "Invite to a reference site"}};

struct Event
{
    qint64 at; ///< day * 86400 + second
    int from; ///< -1 for the creation entry
    int to;
};

class PipelineWriter final
{
public:
    explicit PipelineWriter(DemoContext &ctx)
        : m_ctx(ctx),
          m_random(ctx.random(41)),
          m_opportunity(ctx.writer->row(DemoRow::Opportunity)),
          m_history(ctx.writer->row(DemoRow::StageHistory)),
          m_activity(ctx.writer->row(DemoRow::Activity))
    {
    }

    void write(qint64 index, qint64 created, int codeWidth);

private:
    int pickCustomer(qint64 created);
    qint64 stepDays(int step);
    void addEvent(qint64 day, int from, int to);
    void activity(const CustomerInfo &c, const QByteArray &opportunity, qint64 day, const char *kind,
                  const QByteArray &summary, const QByteArray &next = {}, qint64 nextDay = 0);
    QByteArray say(const Text &text, bool english) const { return english ? text.en : text.zh; }
    int score(int base) { return std::clamp(int(base + m_random.between(-10, 10)) / 5 * 5, 0, 100); }

    DemoContext &m_ctx;
    DemoRandom m_random;
    SqliteBulkStatement &m_opportunity;
    SqliteBulkStatement &m_history;
    SqliteBulkStatement &m_activity;
    std::vector<Event> m_events;
    qint64 m_historyIndex = 0;
};

int PipelineWriter::pickCustomer(qint64 created)
{
    int chosen = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        // Big buyers see more projects, but every customer gets some.
        const int c = m_random.chance(0.55) ? m_ctx.buyingCustomer(m_random, created) : -1;
        chosen = c >= 0 ? c : m_random.index(qsizetype(m_ctx.customers.size()));
        if (m_ctx.customers[std::size_t(chosen)].since <= created)
            break;
    }
    return chosen;
}

qint64 PipelineWriter::stepDays(int step)
{
    switch (step) {
    case 0: // the 2-2-2 rule wants needs confirmed within two weeks; not everyone manages
        return m_random.chance(0.72) ? m_random.between(2, 13) : m_random.between(15, 45);
    case 1:
        return m_random.between(4, 18);
    case 2:
        return m_random.between(5, 24);
    default:
        return m_random.between(4, 25);
    }
}

void PipelineWriter::addEvent(qint64 day, int from, int to)
{
    qint64 at = day * 86400 + officeSecond(m_random);
    if (!m_events.empty() && at <= m_events.back().at)
        at = m_events.back().at + 1800; // same day: keep the order of the changes
    m_events.push_back({at, from, to});
}

void PipelineWriter::activity(const CustomerInfo &c, const QByteArray &opportunity, qint64 day,
                              const char *kind, const QByteArray &summary, const QByteArray &next,
                              qint64 nextDay)
{
    const qint64 seq = m_ctx.activitySeq++;
    const QByteArray at = stamp(day, officeSecond(m_random));
    m_activity.text(m_ctx.id("activity", seq))
        .text(numbered("A", seq + 1, 8))
        .text(c.id)
        .text(opportunity)
        .text(m_ctx.reps[std::size_t(c.rep)].id)
        .literal(kind)
        .text(dateText(day))
        .text(summary)
        .text(next);
    if (nextDay > 0)
        m_activity.text(dateText(nextDay));
    else
        m_activity.null();
    m_activity.stamps(at, at, kOffice).run();
}

void PipelineWriter::write(qint64 index, qint64 created, int codeWidth)
{
    const qint64 today = m_ctx.today;
    const int customerIndex = pickCustomer(created);
    CustomerInfo &c = m_ctx.customers[std::size_t(customerIndex)];
    const RepInfo &rep = m_ctx.reps[std::size_t(c.rep)];
    const QByteArray id = m_ctx.id("opportunity", index);

    // Walk the deal through the funnel; a step whose date lies after today has not happened yet.
    m_events.clear();
    addEvent(created, -1, InitialContact);
    int stage = InitialContact;
    qint64 day = created;
    bool open = false;
    for (int step = 0; step < 4; ++step) {
        const double rate = std::min(0.9, kStepRate[step] * (0.85 + 0.4 * rep.skill));
        if (m_random.chance(rate)) {
            if (step == 3 && m_random.chance(0.05)) {
                const qint64 back = day + m_random.between(3, 8);
                const qint64 again = back + m_random.between(3, 8);
                if (again < today) {
                    addEvent(back, Negotiation, Proposal);
                    addEvent(again, Proposal, Negotiation);
                    day = again;
                }
            }
            const qint64 next = day + stepDays(step);
            if (next > today) {
                open = true;
                break;
            }
            day = next;
            stage = step + 1;
            addEvent(day, step, stage);
        } else {
            const qint64 lostDay = day + (step == 0 ? m_random.between(3, 30) : m_random.between(5, 40));
            if (lostDay <= today && (m_random.chance(0.85) || created < today - 270)) {
                addEvent(lostDay, stage, Lost);
                day = lostDay;
                stage = Lost;
            } else {
                open = true;
            }
            break;
        }
    }
    const int reached = stage == Lost ? m_events.back().from : stage;
    const bool stale = open && today - day > 40;

    // Lost deals carry a reason typical of the stage they were lost at, and often a competitor.
    int reason = -1;
    if (stage == Lost) {
        const auto &options = kLostReasonsByStage[reached];
        qint64 roll = m_random.between(0, 99);
        for (const auto &option : options) {
            reason = option[0];
            if ((roll -= option[1]) < 0)
                break;
        }
    }
    const auto competitorPool = names::competitors();
    std::vector<int> rivals;
    const int rivalCount = m_random.chance(0.3) ? 0 : m_random.chance(0.65) ? 1 : 2;
    while (int(rivals.size()) < rivalCount || (reason == kCompetitorReason && rivals.empty())) {
        const int r = m_random.index(qsizetype(competitorPool.size()));
        if (std::find(rivals.begin(), rivals.end(), r) == rivals.end())
            rivals.push_back(r);
    }
    QByteArray competitors;
    for (const int r : rivals)
        competitors += (competitors.isEmpty() ? "" : "、") + QByteArray(competitorPool[std::size_t(r)]);
    const bool rivalWon = !rivals.empty()
        && (reason == kCompetitorReason || (reason == kPriceReason && m_random.chance(0.6)));
    const QByteArray lostCompetitor
        = rivalWon ? QByteArray(competitorPool[std::size_t(rivals.front())]) : QByteArray();

    // What the customer wants, and how much.
    const names::Industry &industry = names::industries()[std::size_t(c.industry)];
    DemoWeights lines;
    for (const int affinity : industry.lineAffinity)
        lines.add(affinity);
    const int line = std::max(0, lines.pick(m_random));
    std::vector<const char *> lineItems;
    for (const names::ProductItem &item : names::productItems()) {
        if (item.line == line)
            lineItems.push_back(item.name);
    }
    QByteArray needed;
    for (int k = 0, wanted = int(m_random.between(1, 3)); k < 6 && wanted > 0; ++k) {
        const char *item = lineItems[std::size_t(m_random.index(qsizetype(lineItems.size())))];
        if (!needed.contains(item)) {
            needed += (needed.isEmpty() ? "" : "、") + QByteArray(item);
            --wanted;
        }
    }
    const qint64 amount
        = std::max<qint64>(5, std::llround(m_random.logNormal(kAmountMedianYuan[c.size], 0.55) / 1000))
        * 100000;
    const QByteArray title = c.english ? QByteArray(brandOf(c) + " – " + kProjects[line].en)
                                       : QByteArray(brandOf(c) + kProjects[line].zh);
    const int source = m_random.index(qsizetype(names::leadSources().size()));

    qint64 expected = created + m_random.between(30, 90);
    if (open)
        expected = stale && m_random.chance(0.4)
            ? m_random.between(std::min(created + 20, today - 1), today - 1)
            : today + m_random.between(7, 90);
    const bool closed = stage == Won || stage == Lost;
    const qint64 lastEvent = m_events.back().at;
    m_opportunity.text(id)
        .text(numbered("OPP", index + 1, codeWidth))
        .text(c.id)
        .text(title)
        .literal(names::leadSources()[std::size_t(source)])
        .integer(amount)
        .text(needed)
        .text(competitors)
        .text(rep.id)
        .text(dateText(created))
        .text(dateText(expected))
        .literal(kStageKeys[stage])
        .integer(kProbability[stage])
        .literal(reason >= 0 ? names::lostReasons()[std::size_t(reason)] : "")
        .text(lostCompetitor);
    if (closed)
        m_opportunity.text(dateText(day));
    else
        m_opportunity.null();
    m_opportunity.integer(score(names::leadSourceScores()[std::size_t(source)]))
        .integer(score(35 + 12 * reached))
        .integer(score(30 + 12 * c.size))
        .integer(score(25 + 15 * reached))
        .stamps(stamp(created, m_events.front().at % 86400), stamp(lastEvent / 86400, lastEvent % 86400),
                kOffice)
        .run();

    for (const Event &e : m_events) {
        const QByteArray at = stamp(e.at / 86400, e.at % 86400);
        m_history.text(m_ctx.id("stage_history", m_historyIndex++)).text(id);
        if (e.from < 0)
            m_history.null();
        else
            m_history.literal(kStageKeys[e.from]);
        m_history.literal(kStageKeys[e.to])
            .text(at)
            .text(dateText(e.at / 86400))
            .text(rep.name)
            .stamps(at, at, kOffice)
            .run();
    }

    // Activities: the first contact (within two days, mostly), one per stage change, and a
    // last one with the next step for deals still open.
    const double delayRoll = m_random.unit();
    qint64 first = created
        + (delayRoll < 0.5        ? 0
               : delayRoll < 0.85 ? m_random.between(1, 2)
                                  : m_random.between(3, 8));
    if (m_events.size() > 1)
        first = std::min(first, m_events[1].at / 86400);
    if (first <= today) {
        const int how = m_random.index(std::size(kFirstContact));
        activity(c, id, first, kFirstContactKinds[how], say(kFirstContact[how], c.english));
    }
    for (std::size_t k = 1; k < m_events.size(); ++k) {
        const Event &e = m_events[k];
        const qint64 on = e.at / 86400;
        if (e.to == Lost) {
            const QByteArray why = names::lostReasons()[std::size_t(reason)];
            activity(c, id, on, m_random.chance(0.5) ? "call" : "email",
                     (c.english ? "Customer feedback: " : "客户反馈：") + why);
        } else if (e.to < e.from) {
            activity(c, id, on, "call", say(kStepBack, c.english));
        } else {
            activity(c, id, on, kStageKinds[e.to], say(kStageTexts[e.to], c.english));
        }
    }
    if (open) {
        const Text &next = kNextSteps[m_random.index(std::size(kNextSteps))];
        if (stale) {
            const qint64 on = std::min(day + m_random.between(0, 10), today - 31);
            activity(c, id, on, "call", say(kNoReply, c.english), say(next, c.english),
                     on + m_random.between(5, 14));
        } else {
            const qint64 on = std::max(day, today - m_random.between(0, 10));
            activity(c, id, on, m_random.chance(0.5) ? "call" : "visit", say(kFollowUp, c.english),
                     say(next, c.english), today + m_random.between(-3, 14));
        }
        ++c.openDeals;
    }
    if (stage == Won)
        m_ctx.wonDeals.push_back({day, index, customerIndex, line, amount});
}

} // namespace

void writePipeline(DemoContext &ctx)
{
    DemoRandom random = ctx.random(40);
    const qint64 count = ctx.counts.opportunities;
    std::vector<qint64> created(static_cast<std::size_t>(count));
    for (qint64 &day : created)
        day = ctx.busyDay(random);
    std::sort(created.begin(), created.end());
    const int codeWidth = std::max(6, int(QByteArray::number(count).size()));
    PipelineWriter writer(ctx);
    for (qint64 i = 0; i < count; ++i) {
        writer.write(i, created[std::size_t(i)], codeWidth);
        ctx.advance(1);
    }
    std::stable_sort(ctx.wonDeals.begin(), ctx.wonDeals.end(),
                     [](const WonDeal &a, const WonDeal &b) { return a.day < b.day; });
    ctx.summary.opportunities = count;
}

} // namespace sb::core::demo
