// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sb::core {
class Database;
}

namespace sb::ui {

/// The periods the ABC page offers in one click.
enum class AbcPreset {
    Last12Months,
    ThisYear,
    LastYear,
    Custom
};

/// Which earlier period the class movement compares with.
enum class AbcComparison {
    YearEarlier, ///< the same dates one year earlier (this year vs last year)
    PeriodBefore ///< the period of the same length that ends the day before
};

/// Everything the ABC analysis depends on.
struct AbcParameters
{
    QDate from;
    QDate to;
    AbcComparison comparison = AbcComparison::YearEarlier;
    core::abc::Method method = core::abc::Method::Revenue;
    core::abc::Thresholds thresholds;
    core::abc::ResourceShares resources;

    /// The earlier period of the class movement.
    QDate earlierFrom() const;
    QDate earlierTo() const;
};

/// Revenue per customer over one period, as read from the database.
struct AbcRevenue
{
    QDate from;
    QDate to;
    QList<core::abc::CustomerRevenue> rows;
    bool isFor(QDate f, QDate t) const { return !rows.isEmpty() && from == f && to == t; }
};

/// The ABC page's results: the classification of the period, of the earlier
/// period, and the movement between them.
struct AbcAnalysis
{
    AbcParameters parameters;
    AbcRevenue revenue;
    AbcRevenue earlierRevenue;
    core::abc::AbcResult current;
    core::abc::AbcResult earlier;
    core::abc::Movement movement;
};

/// Period helpers for the presets, translated names included.
class AbcPeriods final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AbcPeriods)

public:
    /// The first and last day of a preset relative to `today` (invalid for Custom).
    static std::pair<QDate, QDate> range(AbcPreset preset, QDate today);
    static QString displayName(AbcPreset preset);
    static QString displayName(AbcComparison comparison);
};

/// Runs the analysis (on a worker thread): reads revenue for both periods unless
/// `cached` already holds it, then classifies and compares.
AbcAnalysis runAbcAnalysis(const core::Database &db, const AbcParameters &parameters,
                           const AbcRevenue &cached, const AbcRevenue &cachedEarlier);

} // namespace sb::ui
