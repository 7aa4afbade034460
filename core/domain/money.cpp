// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <limits>

namespace sb::core::money {

namespace {
__extension__ using Int128 = __int128;

qint64 divRound128(Int128 numerator, Int128 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 rounded = (magnitude + denominator / 2) / denominator;
    const Int128 result = negative ? -rounded : rounded;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        return negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return static_cast<qint64>(result);
}

std::optional<qint64> parseFixed(QStringView text, int maxDecimals)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    Int128 value = 0;
    int decimals = -1;
    int digits = 0;
    for (const QChar c : text) {
        if (c == u'.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (decimals >= 0 && ++decimals > maxDecimals)
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        if (++digits > 30)
            return std::nullopt;
    }
    if (digits == 0)
        return std::nullopt;
    for (int i = decimals < 0 ? 0 : decimals; i < maxDecimals; ++i)
        value *= 10;
    if (value > std::numeric_limits<qint64>::max())
        return std::nullopt;
    const auto result = static_cast<qint64>(value);
    return negative ? -result : result;
}

QString formatFixed(qint64 value, int decimals, int keepAtLeast)
{
    const bool negative = value < 0;
    // Work in unsigned so that the minimum value does not overflow on negation.
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString fraction = QString::number(magnitude % scale).rightJustified(decimals, u'0');
    while (fraction.size() > keepAtLeast && fraction.endsWith(u'0'))
        fraction.chop(1);
    QString result = QString::number(magnitude / scale);
    if (!fraction.isEmpty())
        result += u'.' + fraction;
    return negative ? u'-' + result : result;
}
} // namespace

qint64 divRound(qint64 numerator, qint64 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return divRound128(numerator, denominator);
}

Money lineAmount(qint64 quantity, Price4 unitPrice, BasisPoints discount)
{
    // quantity × price(1e-4) × (10000 − bp)(1e-4) is in 1e-8 of the major unit;
    // a minor unit is 1e-2, so divide by 1e6.
    // Saturates instead of overflowing; callers that take input refuse such lines
    // with lineAmountFits() before they get here.
    Int128 raw = 0;
    if (__builtin_mul_overflow(Int128(quantity), Int128(unitPrice), &raw)
        || __builtin_mul_overflow(raw, Int128(10000 - discount), &raw)) {
        const bool negative = (quantity < 0) != (unitPrice < 0);
        return negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    }
    return divRound128(raw, 1000000);
}

bool lineAmountFits(qint64 quantity, Price4 unitPrice)
{
    const Money amount = lineAmount(quantity, unitPrice, 0);
    return amount > -MaxAmount && amount < MaxAmount;
}

Money fromPrice4(Price4 price)
{
    return divRound128(price, 100);
}

QString toDecimalString(Money minor)
{
    return formatFixed(minor, 2, 2);
}

QString price4ToString(Price4 price)
{
    return formatFixed(price, 4, 2);
}

std::optional<Money> parseDecimal(QStringView text)
{
    return parseFixed(text, 2);
}

std::optional<Price4> parsePrice4(QStringView text)
{
    return parseFixed(text, 4);
}

double share(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

} // namespace sb::core::money
