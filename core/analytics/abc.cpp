// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/abc.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sb::core::abc {

namespace {
__extension__ using Int128 = __int128;

// Thresholds are compared as integers in millionths so that a customer whose
// share-before is exactly 80 % is B, whatever rounding a double would bring.
constexpr qint64 kMillion = 1'000'000;

qint64 toMillionths(double fraction)
{
    if (!(fraction > 0.0)) // also catches NaN
        return 0;
    if (fraction >= 1.0)
        return kMillion;
    return qint64(std::llround(fraction * double(kMillion)));
}

// True when part / whole < limit / 1e6, computed exactly (whole > 0).
bool shareBelow(Money part, Money whole, qint64 limitMillionths)
{
    return Int128(part) * kMillion < Int128(limitMillionths) * whole;
}

// ⌈n × percent / 100⌉ for n ≥ 0: the number of ranks whose share-before is below percent.
qint64 ceilPercent(qint64 n, qint64 percent)
{
    return (n * percent + 99) / 100;
}

bool ranksBefore(const CustomerRevenue &l, const CustomerRevenue &r)
{
    if (l.revenue != r.revenue)
        return l.revenue > r.revenue;
    if (const int byCode = QString::compare(l.code, r.code); byCode != 0)
        return byCode < 0;
    return l.customerId < r.customerId;
}

double resourceShareOf(const ResourceShares &resources, Class cls)
{
    switch (cls) {
    case Class::A:
        return resources.a;
    case Class::B:
        return resources.b;
    case Class::C:
        return resources.c;
    }
    return 0.0;
}

std::size_t index(Class cls)
{
    return std::size_t(cls);
}
} // namespace

AbcResult classify(QList<CustomerRevenue> input, Method method, Thresholds thresholds,
                   ResourceShares resources)
{
    std::sort(input.begin(), input.end(), ranksBefore);

    AbcResult result;
    result.method = method;
    result.thresholds = thresholds;
    result.resources = resources;
    result.customerCount = int(input.size());
    for (const CustomerRevenue &c : std::as_const(input)) {
        result.netRevenue += c.revenue;
        if (c.revenue > 0)
            result.totalRevenue += c.revenue;
    }

    const qint64 limitA = toMillionths(thresholds.a);
    const qint64 limitB = std::max(limitA, toMillionths(thresholds.b));
    const qint64 n = result.customerCount;
    // Like the revenue walk, the share of customers ranked BEFORE a customer decides its
    // class, so the customer that crosses 20 % (50 %) is still A (B): a lone customer is A.
    const qint64 countA = ceilPercent(n, kCountPercentA);
    const qint64 countB = ceilPercent(n, kCountPercentA + kCountPercentB) - countA;

    std::array<Money, 3> positiveByClass{};
    Money cumulative = 0; // positive revenue of the customers ranked above
    result.rows.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const CustomerRevenue &c = input.at(i);
        const Money counted = std::max<Money>(c.revenue, 0);
        Class cls = Class::C;
        if (counted > 0) {
            if (method == Method::Revenue) {
                if (shareBelow(cumulative, result.totalRevenue, limitA))
                    cls = Class::A;
                else if (shareBelow(cumulative, result.totalRevenue, limitB))
                    cls = Class::B;
            } else {
                if (i < countA)
                    cls = Class::A;
                else if (i < countA + countB)
                    cls = Class::B;
            }
        }
        cumulative += counted;

        Row row;
        row.rank = int(i) + 1;
        row.customerId = c.customerId;
        row.code = c.code;
        row.name = c.name;
        row.revenue = c.revenue;
        row.share = money::share(counted, result.totalRevenue);
        row.cumulativeShare = money::share(cumulative, result.totalRevenue);
        row.cls = cls;
        result.rows.append(row);

        ClassSummary &s = result.classes[index(cls)];
        ++s.customers;
        s.revenue += c.revenue;
        positiveByClass[index(cls)] += counted;
    }

    for (const Class cls : allClasses()) {
        ClassSummary &s = result.classes[index(cls)];
        s.cls = cls;
        s.customerShare = money::share(s.customers, n);
        s.revenueShare = money::share(positiveByClass[index(cls)], result.totalRevenue);
        s.resourceShare = resourceShareOf(resources, cls);
    }
    return result;
}

QHash<QString, Class> classById(const AbcResult &result)
{
    QHash<QString, Class> out;
    out.reserve(result.rows.size());
    for (const Row &row : result.rows)
        out.insert(row.customerId, row.cls);
    return out;
}

Movement compareClasses(const AbcResult &before, const AbcResult &after)
{
    QHash<QString, qsizetype> afterIndex;
    afterIndex.reserve(after.rows.size());
    for (qsizetype i = 0; i < after.rows.size(); ++i)
        afterIndex.insert(after.rows.at(i).customerId, i);

    Movement m;
    auto add = [&m](Class from, Class to, MovedCustomer moved) {
        ++m.counts[index(from)][index(to)];
        m.customers[index(from)][index(to)].append(std::move(moved));
    };

    QSet<QString> seen;
    seen.reserve(before.rows.size());
    for (const Row &b : before.rows) {
        seen.insert(b.customerId);
        MovedCustomer moved{b.customerId, b.code, b.name, b.revenue, 0, b.rank, 0};
        Class to = Class::C; // absent later: no revenue there, so C
        if (const auto it = afterIndex.constFind(b.customerId); it != afterIndex.constEnd()) {
            const Row &a = after.rows.at(*it);
            moved.code = a.code;
            moved.name = a.name;
            moved.revenueAfter = a.revenue;
            moved.rankAfter = a.rank;
            to = a.cls;
        }
        add(b.cls, to, std::move(moved));
    }
    for (const Row &a : after.rows) {
        if (seen.contains(a.customerId))
            continue;
        add(Class::C, a.cls, MovedCustomer{a.customerId, a.code, a.name, 0, a.revenue, 0, a.rank});
    }
    return m;
}

QList<Class> allClasses()
{
    return {Class::A, Class::B, Class::C};
}

QString key(Class cls)
{
    switch (cls) {
    case Class::A:
        return QStringLiteral("A");
    case Class::B:
        return QStringLiteral("B");
    case Class::C:
        return QStringLiteral("C");
    }
    return {};
}

std::optional<Class> classFromKey(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const Class cls : allClasses()) {
        if (t.compare(key(cls), Qt::CaseInsensitive) == 0)
            return cls;
    }
    return std::nullopt;
}

QString displayName(Class cls)
{
    switch (cls) {
    case Class::A:
        return QCoreApplication::translate("sb::core::abc", "Class A");
    case Class::B:
        return QCoreApplication::translate("sb::core::abc", "Class B");
    case Class::C:
        return QCoreApplication::translate("sb::core::abc", "Class C");
    }
    return {};
}

QString methodKey(Method method)
{
    switch (method) {
    case Method::Revenue:
        return QStringLiteral("revenue");
    case Method::Count:
        return QStringLiteral("count");
    }
    return {};
}

std::optional<Method> methodFromKey(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const Method method : {Method::Revenue, Method::Count}) {
        if (t.compare(methodKey(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

QString methodDisplayName(Method method)
{
    switch (method) {
    case Method::Revenue:
        return QCoreApplication::translate("sb::core::abc", "By cumulative revenue share");
    case Method::Count:
        return QCoreApplication::translate("sb::core::abc", "By customer count");
    }
    return {};
}

bool isValid(const Thresholds &thresholds)
{
    return thresholds.a >= 0.0 && thresholds.a <= thresholds.b && thresholds.b <= 1.0;
}

bool isValid(const ResourceShares &resources)
{
    const auto inRange = [](double v) { return v >= 0.0 && v <= 1.0; };
    return inRange(resources.a) && inRange(resources.b) && inRange(resources.c)
        && std::abs(resources.a + resources.b + resources.c - 1.0) < 1e-6;
}

} // namespace sb::core::abc
