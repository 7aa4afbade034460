// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcanalysis.h"

#include "core/storage/database.h"
#include "core/storage/revenuequeries.h"

namespace sb::ui {

QDate AbcParameters::earlierFrom() const
{
    if (comparison == AbcComparison::YearEarlier)
        return from.addYears(-1);
    return from.addDays(-(from.daysTo(to) + 1));
}

QDate AbcParameters::earlierTo() const
{
    if (comparison == AbcComparison::YearEarlier)
        return to.addYears(-1);
    return from.addDays(-1);
}

std::pair<QDate, QDate> AbcPeriods::range(AbcPreset preset, QDate today)
{
    switch (preset) {
    case AbcPreset::Last12Months:
        return {today.addMonths(-12).addDays(1), today};
    case AbcPreset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case AbcPreset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case AbcPreset::Custom:
        break;
    }
    return {};
}

QString AbcPeriods::displayName(AbcPreset preset)
{
    switch (preset) {
    case AbcPreset::Last12Months:
        return tr("Last 12 months");
    case AbcPreset::ThisYear:
        return tr("This year");
    case AbcPreset::LastYear:
        return tr("Last year");
    case AbcPreset::Custom:
        return tr("Custom period");
    }
    return {};
}

QString AbcPeriods::displayName(AbcComparison comparison)
{
    switch (comparison) {
    case AbcComparison::YearEarlier:
        return tr("the same period a year earlier");
    case AbcComparison::PeriodBefore:
        return tr("the period just before");
    }
    return {};
}

AbcAnalysis runAbcAnalysis(const core::Database &db, const AbcParameters &parameters,
                           const AbcRevenue &cached, const AbcRevenue &cachedEarlier)
{
    AbcAnalysis analysis;
    analysis.parameters = parameters;
    const auto read = [&db](const AbcRevenue &cache, QDate from, QDate to) {
        if (cache.isFor(from, to))
            return cache;
        return AbcRevenue{from, to, core::customerRevenue(db, from, to)};
    };
    analysis.revenue = read(cached, parameters.from, parameters.to);
    analysis.earlierRevenue = read(cachedEarlier, parameters.earlierFrom(), parameters.earlierTo());
    analysis.current = core::abc::classify(analysis.revenue.rows, parameters.method, parameters.thresholds,
                                           parameters.resources);
    analysis.earlier = core::abc::classify(analysis.earlierRevenue.rows, parameters.method,
                                           parameters.thresholds, parameters.resources);
    analysis.movement = core::abc::compareClasses(analysis.earlier, analysis.current);
    return analysis;
}

} // namespace sb::ui
