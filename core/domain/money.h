// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace sb::core {

/// Money in integer minor units (cents / 分). One currency per workspace.
using Money = qint64;

/// A unit price in ten-thousandths of the major unit (four decimal places).
using Price4 = qint64;

/// A discount in basis points: 0 = none, 10000 = 100 %.
using BasisPoints = qint32;

namespace money {

/// Divides and rounds half away from zero (the handbook's rounding rule).
qint64 divRound(qint64 numerator, qint64 denominator);

/// Line amount in minor units: quantity × unit price × (1 − discount), rounded
/// half away from zero to the minor unit.
Money lineAmount(qint64 quantity, Price4 unitPrice, BasisPoints discount);

/// The largest amount the product accepts in any single figure: 10^15 minor units
/// (ten trillion in the major unit), far above any real order and far below overflow.
inline constexpr Money MaxAmount = 1'000'000'000'000'000;

/// True when quantity × unit price stays below MaxAmount in magnitude.
bool lineAmountFits(qint64 quantity, Price4 unitPrice);

/// Converts a four-decimal price to minor units, rounding half away from zero.
Money fromPrice4(Price4 price);

/// "1234.50" for 123450; "-0.05" for -5. Always two decimals, '.' as decimal mark.
QString toDecimalString(Money minor);

/// "12.3456" for 123456 with four decimals, trailing zeros kept to two.
QString price4ToString(Price4 price);

/// Parses "1234.5", "-3", "0.05" (no separators) into minor units; nullopt when
/// the text is not a number or has more than two decimals.
std::optional<Money> parseDecimal(QStringView text);

/// Parses a price with up to four decimals into ten-thousandths.
std::optional<Price4> parsePrice4(QStringView text);

/// Share a/b as a double; 0 when b is 0.
double share(qint64 part, qint64 whole);

} // namespace money
} // namespace sb::core
