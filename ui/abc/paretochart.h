// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QChartView>
#include <QList>
#include <QString>

namespace sb::ui {

/// One bar of the Pareto chart: a run of customers of the same class by rank.
struct ParetoBar
{
    int firstRank = 0;
    int lastRank = 0;
    core::abc::Class cls = core::abc::Class::C;
    double averageRevenue = 0.0; ///< per customer, major units
    double cumulativeShare = 0.0; ///< after the last customer of the bar, 0–100
};

/// The bars for a result: one per customer while they fit, otherwise runs of up to
/// ceil(n / maxBars) consecutive customers, never mixing classes.
QList<ParetoBar> paretoBars(const core::abc::AbcResult &result, int maxBars);

/// The Pareto chart (帕累托图) of an ABC result: bars of revenue per customer in
/// rank order coloured by class, the cumulative share as a line on a second axis
/// from 0 to 100 %, dashed marks at the A and B thresholds, and a legend.
class ParetoChartView final : public QChartView
{
    Q_OBJECT

public:
    /// Customers shown one bar each up to this many; beyond, bars group customers.
    static constexpr int kMaxBars = 60;

    explicit ParetoChartView(QWidget *parent = nullptr);

    /// Draws the chart for `result`; `period` is shown in the title.
    void setResult(const core::abc::AbcResult &result, const QString &period);
    /// The bars currently drawn.
    const QList<ParetoBar> &bars() const { return m_bars; }
    /// Customers per bar (1 when every customer has a bar of its own).
    int customersPerBar() const { return m_perBar; }

private:
    void build(const core::abc::AbcResult &result, const QString &period);
    void replaceChart(QChart *chart);

    QList<ParetoBar> m_bars;
    int m_perBar = 1;
};

} // namespace sb::ui
