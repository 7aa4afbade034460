// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: orders, order lines and contract checks, written month by month so
// that even the large scale never holds more than one month in memory.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/demo/demosteps.h"
#include "core/domain/money.h"

#include <algorithm>
#include <cmath>

namespace sb::core::demo {

namespace {

enum class OrderKind {
    Repeat,
    WonDeal,
    ServiceContract
};

struct PendingOrder
{
    qint64 day = 0;
    int customer = 0;
    int lines = 0;
    OrderKind kind = OrderKind::Repeat;
    std::size_t deal = 0;
};

struct LineDraft
{
    int product = 0;
    qint64 quantity = 0;
    int discount = 0;
    Money amount = 0;
};

constexpr double kQuantityBySize[] = {0.6, 0.85, 1.2, 1.7, 2.4};
constexpr double kServiceBySize[] = {0.5, 0.8, 1.2, 2.0, 3.5};
constexpr int kLineCountWeights[] = {20, 20, 17, 13, 10, 8, 6, 6}; // 1 to 8 lines

constexpr const char *kTerms[] = {"月结30天", "款到发货", "月结60天", "预付30%，验收后付70%", "月结90天"};
constexpr int kTermWeights[] = {40, 20, 20, 12, 8};
constexpr int kLongTerms = 4;

constexpr const char *kCheckPoints[]
    = {"payment_terms", "delivery_acceptance", "ip_ownership", "liability", "termination"};
constexpr const char *kCheckNotes[]
    = {"付款周期超过90天，需财务审批", "验收标准未量化", "定制开发部分知识产权归属未约定", "违约责任未设上限",
       "单方解约条款对我方不利"};

const char *statusFor(DemoRandom &random, qint64 age)
{
    const double r = random.unit();
    if (age <= 7)
        return r < 0.3 ? "draft" : r < 0.9 ? "confirmed" : r < 0.98 ? "delivered" : "cancelled";
    if (age <= 30)
        return r < 0.05 ? "draft"
            : r < 0.4   ? "confirmed"
            : r < 0.85  ? "delivered"
            : r < 0.97  ? "closed"
                        : "cancelled";
    if (age <= 90)
        return r < 0.05 ? "confirmed" : r < 0.5 ? "delivered" : r < 0.95 ? "closed" : "cancelled";
    return r < 0.02 ? "confirmed" : r < 0.07 ? "delivered" : r < 0.95 ? "closed" : "cancelled";
}

bool isRevenue(const char *status)
{
    return qstrcmp(status, "confirmed") == 0 || qstrcmp(status, "delivered") == 0
        || qstrcmp(status, "closed") == 0;
}

class OrderWriter final
{
public:
    explicit OrderWriter(DemoContext &ctx)
        : m_ctx(ctx),
          m_random(ctx.random(51)),
          m_prefix(QByteArray(kNumberPrefix) + "-SO"),
          m_order(ctx.writer->row(DemoRow::Order)),
          m_line(ctx.writer->row(DemoRow::OrderLine)),
          m_check(ctx.writer->row(DemoRow::ContractCheck))
    {
        m_productsByLine.resize(names::productLines().size());
        for (std::size_t p = 0; p < ctx.products.size(); ++p)
            m_productsByLine[std::size_t(ctx.products[p].line)].push_back(int(p));
        for (const int w : kLineCountWeights)
            m_lineCounts.add(w);
        m_linesLeft = ctx.counts.orderLines;
    }

    /// Writes a month's orders; the budget may be negative when earlier months overran.
    /// Returns what is left of the budget (negative when won deals overran it).
    qint64 writeMonth(int month, qint64 lineBudget);

private:
    void draftRepeatLines(const CustomerInfo &c, qint64 day, int count);
    void draftDealLines(const WonDeal &deal, int count);
    void write(const PendingOrder &p);
    void writeChecks(const QByteArray &orderId, qint64 signDay, bool longTerms);

    DemoContext &m_ctx;
    DemoRandom m_random;
    QByteArray m_prefix;
    SqliteBulkStatement &m_order;
    SqliteBulkStatement &m_line;
    SqliteBulkStatement &m_check;
    std::vector<std::vector<int>> m_productsByLine;
    DemoWeights m_lineCounts;
    std::vector<PendingOrder> m_pending;
    std::vector<LineDraft> m_drafts;
    std::size_t m_nextDeal = 0;
    qint64 m_orderSeq = 0;
    qint64 m_lineSeq = 0;
    qint64 m_checkSeq = 0;
    qint64 m_linesLeft = 0;
};

qint64 OrderWriter::writeMonth(int month, qint64 lineBudget)
{
    m_pending.clear();
    // Deals won this month become orders first; repeat business fills the rest of the month's
    // lines. The total never exceeds the scale's line count: when it is used up, a deal's order
    // carries only its contract amount.
    while (m_nextDeal < m_ctx.wonDeals.size() && m_ctx.monthOf(m_ctx.wonDeals[m_nextDeal].day) <= month) {
        const WonDeal &deal = m_ctx.wonDeals[m_nextDeal];
        const int lines
            = int(std::min<qint64>(std::clamp<qint64>(deal.amount / 5000000 + 2, 2, 5), m_linesLeft));
        m_pending.push_back({std::min(deal.day + m_random.between(0, 3), m_ctx.today), deal.customer, lines,
                             OrderKind::WonDeal, m_nextDeal++});
        lineBudget -= lines;
        m_linesLeft -= lines;
    }
    while (lineBudget > 0 && m_linesLeft > 0) {
        const qint64 day = m_ctx.dayInMonth(m_random, month);
        const int customer = m_ctx.buyingCustomer(m_random, day);
        if (customer < 0)
            break;
        const ChannelKind kind
            = m_ctx.channels[std::size_t(m_ctx.customers[std::size_t(customer)].channel)].kind;
        int lines = m_lineCounts.pick(m_random) + 1;
        if (kind == ChannelKind::OnlineStore || kind == ChannelKind::Ecommerce)
            lines = std::min(lines, 3);
        lines = int(std::min<qint64>(lines, std::min(lineBudget, m_linesLeft)));
        m_pending.push_back({day, customer, lines, OrderKind::Repeat, 0});
        lineBudget -= lines;
        m_linesLeft -= lines;
        // Service contracts have no lines: their contract amount is the order amount.
        if (m_random.chance(0.04)) {
            const qint64 serviceDay = m_ctx.dayInMonth(m_random, month);
            const int serviceCustomer = m_ctx.buyingCustomer(m_random, serviceDay);
            if (serviceCustomer >= 0)
                m_pending.push_back({serviceDay, serviceCustomer, 0, OrderKind::ServiceContract, 0});
        }
    }
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const PendingOrder &a, const PendingOrder &b) { return a.day < b.day; });
    for (const PendingOrder &p : m_pending)
        write(p);
    return lineBudget;
}

void OrderWriter::draftRepeatLines(const CustomerInfo &c, qint64 day, int count)
{
    const PromotionInfo *promotion = nullptr;
    for (const PromotionInfo &candidate : m_ctx.promotions) {
        if (candidate.start <= day && day <= candidate.end && !candidate.products.empty())
            promotion = &candidate;
    }
    const DemoWeights &weights = m_ctx.productsByIndustry[std::size_t(c.industry)];
    for (int k = 0; k < count; ++k) {
        LineDraft d;
        bool promoted = promotion && m_random.chance(0.35);
        for (int attempt = 0; attempt < 4; ++attempt) {
            d.product = promoted
                ? promotion->products[std::size_t(m_random.index(qsizetype(promotion->products.size())))]
                : weights.pick(m_random);
            const auto same = [&d](const LineDraft &other) { return other.product == d.product; };
            if (std::none_of(m_drafts.begin(), m_drafts.end(), same))
                break;
        }
        const ProductInfo &product = m_ctx.products[std::size_t(d.product)];
        d.quantity = std::max<qint64>(
            1,
            std::llround(product.typicalQuantity * kQuantityBySize[c.size] * m_random.logNormal(1.0, 0.5)));
        if (promoted)
            d.discount = promotion->discountBp;
        else if (c.size >= 3 && m_random.chance(0.6))
            d.discount = int(m_random.between(3, 12)) * 100;
        else if (m_random.chance(0.2))
            d.discount = int(m_random.between(2, 8)) * 100;
        m_drafts.push_back(d);
    }
}

void OrderWriter::draftDealLines(const WonDeal &deal, int count)
{
    // Small catalogues may lack the deal's product line: then anything the customer's industry buys.
    const std::vector<int> &candidates = m_productsByLine[std::size_t(deal.line)];
    const DemoWeights &fallback
        = m_ctx.productsByIndustry[std::size_t(m_ctx.customers[std::size_t(deal.customer)].industry)];
    const int discount = m_random.chance(0.5) ? int(m_random.between(0, 12)) * 100 : 0;
    for (int k = 0; k < count; ++k) {
        LineDraft d;
        d.product = candidates.empty()
            ? fallback.pick(m_random)
            : candidates[std::size_t(m_random.index(qsizetype(candidates.size())))];
        // Split the deal over its lines; quantities follow from the list prices.
        const double share = 1.0 / count * (0.6 + 0.8 * m_random.unit());
        const double unitMinor = double(m_ctx.products[std::size_t(d.product)].price) / 100.0;
        d.quantity = std::max<qint64>(1, std::llround(double(deal.amount) * share / unitMinor));
        d.discount = discount;
        m_drafts.push_back(d);
    }
}

void OrderWriter::write(const PendingOrder &p)
{
    CustomerInfo &c = m_ctx.customers[std::size_t(p.customer)];
    const ChannelKind channel = m_ctx.channels[std::size_t(c.channel)].kind;
    const bool online = channel == ChannelKind::OnlineStore || channel == ChannelKind::Ecommerce;
    m_drafts.clear();
    if (p.kind == OrderKind::WonDeal)
        draftDealLines(m_ctx.wonDeals[p.deal], p.lines);
    else if (p.kind == OrderKind::Repeat)
        draftRepeatLines(c, p.day, p.lines);
    Money amount = 0;
    for (LineDraft &d : m_drafts) {
        d.amount = money::lineAmount(d.quantity, m_ctx.products[std::size_t(d.product)].price, d.discount);
        amount += d.amount;
    }
    if (p.kind == OrderKind::ServiceContract)
        amount = std::llround(m_random.logNormal(18000 * kServiceBySize[c.size], 0.4) / 100) * 10000;
    else if (m_drafts.empty())
        amount = m_ctx.wonDeals[p.deal].amount;

    const qint64 age = m_ctx.today - p.day;
    const char *status = statusFor(m_random, age);
    if (p.kind == OrderKind::WonDeal && (qstrcmp(status, "draft") == 0 || qstrcmp(status, "cancelled") == 0))
        status = "confirmed";
    const bool delivered = qstrcmp(status, "delivered") == 0 || qstrcmp(status, "closed") == 0;
    const char *delivery = delivered                                            ? "delivered"
        : qstrcmp(status, "confirmed") == 0 && age > 10 && m_random.chance(0.4) ? "partial"
                                                                                : "pending";
    const char *terms = "在线支付";
    int termIndex = -1;
    if (c.english) {
        terms = m_random.chance(0.6) ? "Net 30" : "Net 60";
    } else if (!online) {
        qint64 roll = m_random.between(0, 99);
        for (termIndex = 0; termIndex < 4 && (roll -= kTermWeights[termIndex]) >= 0; ++termIndex) { }
        terms = kTerms[termIndex];
    }
    // Contracts are signed for deals, service agreements and larger offline orders.
    const bool signedContract
        = qstrcmp(status, "draft") != 0 && (p.kind != OrderKind::Repeat || (!online && amount >= 2000000));
    const qint64 signDay
        = p.kind == OrderKind::WonDeal ? m_ctx.wonDeals[p.deal].day : p.day - m_random.between(0, 5);

    const qint64 seq = m_orderSeq++;
    const QByteArray id = m_ctx.id("order", seq);
    const qint64 second = officeSecond(m_random);
    const QByteArray created = stamp(p.day, second);
    const QByteArray updated
        = delivered ? stamp(std::min(p.day + m_random.between(1, 30), m_ctx.today), second) : created;
    m_order.text(id).text(numbered(m_prefix.constData(), seq + 1, 7)).text(c.id);
    if (p.kind == OrderKind::WonDeal)
        m_order.text(m_ctx.id("opportunity", m_ctx.wonDeals[p.deal].opportunity));
    else
        m_order.null();
    m_order.text(m_ctx.reps[std::size_t(c.rep)].id)
        .text(m_ctx.channels[std::size_t(c.channel)].id)
        .text(dateText(p.day));
    if (signedContract)
        m_order.text(dateText(signDay));
    else
        m_order.null();
    // An order without lines is worth its contract amount, signed yet or not.
    if (signedContract || m_drafts.empty())
        m_order.integer(amount);
    else
        m_order.null();
    m_order.integer(amount)
        .literal(terms)
        .literal(status)
        .literal(delivery)
        .literal(p.kind == OrderKind::ServiceContract
                     ? (c.english ? "Annual service contract" : "年度维保服务合同")
                     : "")
        .stamps(created, updated, kOffice)
        .run();

    int lineNo = 0;
    for (const LineDraft &d : m_drafts) {
        const ProductInfo &product = m_ctx.products[std::size_t(d.product)];
        m_line.text(m_ctx.id("order_line", m_lineSeq++))
            .text(id)
            .integer(++lineNo)
            .text(product.id)
            .integer(d.quantity)
            .integer(product.price)
            .integer(d.discount)
            .integer(d.amount)
            .stamps(created, created, kOffice)
            .run();
    }
    if (signedContract && (p.kind != OrderKind::Repeat || amount >= 30000000))
        writeChecks(id, signDay, termIndex == kLongTerms);

    if (isRevenue(status)) {
        const int month = m_ctx.monthOf(p.day);
        ++c.orders;
        c.revenue += amount;
        c.firstOrder = std::min(c.firstOrder, p.day);
        c.lastOrder = std::max(c.lastOrder, p.day);
        m_ctx.repMonthRevenue[std::size_t(c.rep) * std::size_t(m_ctx.months) + std::size_t(month)] += amount;
        m_ctx.monthRevenue[std::size_t(month)] += amount;
        if (p.day > m_ctx.today - 365) {
            for (const LineDraft &d : m_drafts)
                m_ctx.products[std::size_t(d.product)].soldLastYear += d.quantity;
        }
    }
    ++m_ctx.summary.orders;
    m_ctx.summary.orderLines += lineNo;
    m_ctx.advance(lineNo);
}

void OrderWriter::writeChecks(const QByteArray &orderId, qint64 signDay, bool longTerms)
{
    const auto reviewers = names::contractReviewers();
    const qint64 checkedDay = std::min(signDay + m_random.between(0, 2), m_ctx.today);
    const QByteArray reviewer = reviewers[std::size_t(m_random.index(qsizetype(reviewers.size())))];
    const QByteArray checkedAt = stamp(checkedDay, officeSecond(m_random));
    const QByteArray created = stamp(signDay, 3600);
    const bool fresh = m_ctx.today - signDay <= 5;
    for (int point = 0; point < 5; ++point) {
        m_check.text(m_ctx.id("contract_check", m_checkSeq++)).text(orderId).literal(kCheckPoints[point]);
        if (fresh && m_random.chance(0.5)) {
            m_check.literal("unchecked")
                .literal("")
                .literal("")
                .null()
                .stamps(created, created, kOffice)
                .run();
            continue;
        }
        const bool flagged = (point == 0 && longTerms && m_random.chance(0.7)) || m_random.chance(0.03);
        m_check.literal(flagged ? "flagged" : "confirmed")
            .literal(flagged ? kCheckNotes[point] : "")
            .text(reviewer)
            .text(checkedAt)
            .stamps(created, checkedAt, kOffice)
            .run();
    }
}

} // namespace

void writeOrders(DemoContext &ctx)
{
    OrderWriter writer(ctx);
    const double total = ctx.monthWeights.total();
    double cumulative = 0;
    qint64 assigned = 0;
    qint64 carry = 0; // lines a month's won deals took beyond its budget
    for (int month = 0; month < ctx.months; ++month) {
        // Rounding the running total keeps the sum of the monthly budgets exact.
        cumulative += ctx.monthWeights.weight(month);
        const qint64 upTo = std::llround(double(ctx.counts.orderLines) * cumulative / total);
        carry = writer.writeMonth(month, upTo - assigned + carry);
        assigned = upTo;
    }
}

} // namespace sb::core::demo
