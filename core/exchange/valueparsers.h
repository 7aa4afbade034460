// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sb::core::parse {

/// How slash dates like 3/4/2025 are read.
enum class DateOrder {
    Unknown,
    DayFirst,
    MonthFirst
};

/// Parses a date in the forms people type: 2025-03-01 (with or without a time),
/// 2025/3/1, 2025.3.1, 2025年3月1日, and d/m/y or m/d/y (two- or four-digit
/// year) by `order`. When `format` is set (a Qt date format from a mapping,
/// e.g. "M/d/yy H:mm") it is tried first. On failure returns nullopt and sets
/// `error`; a slash date that fits both orders while `order` is Unknown sets
/// `ambiguous` instead of guessing.
std::optional<QDate> date(QStringView text, DateOrder order, const QString &format, QString *error,
                          bool *ambiguous = nullptr);

/// Parses a timestamp: a date as date() reads it, optionally followed by a time of
/// day (H:mm, H:mm:ss, H:mm:ss.zzz, with AM/PM for a 12-hour clock). A date alone is
/// midnight. Text after the date that is not a time of day is an error, not dropped.
/// The result has no time zone (Qt::UTC by convention, as the files say none).
std::optional<QDateTime> dateTime(QStringView text, DateOrder order, const QString &format, QString *error,
                                  bool *ambiguous = nullptr);

/// Looks at the slash dates of a column to settle day/month order.
class DateOrderDetector final
{
public:
    void add(QStringView text);
    /// DayFirst when a first part exceeds 12, MonthFirst when a second part does,
    /// Unknown when nothing settles it (or when both were seen: conflicting()).
    DateOrder order() const;
    bool conflicting() const { return m_dayFirstSeen && m_monthFirstSeen; }

private:
    bool m_dayFirstSeen = false;
    bool m_monthFirstSeen = false;
};

/// Parses an amount with up to `decimals` decimal places into an integer scaled by
/// 10^decimals: thousands separators, ¥ $ € £ and currency codes, spaces, a
/// leading minus or accounting brackets; `decimalMark` '.' or ','.
std::optional<qint64> amount(QStringView text, int decimals, QChar decimalMark, QString *error);

/// Integer with optional sign and thousands separators.
std::optional<qint64> integer(QStringView text, QString *error);

/// true/false, yes/no, 1/0, 是/否, y/n (any case).
std::optional<bool> boolean(QStringView text);

/// Removes the one apostrophe an export put before = + - @ tab or CR.
QString unneutralise(const QString &text);

} // namespace sb::core::parse
