// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/paretochart.h"

#include "ui/common/abccolors.h"
#include "ui/common/format.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sb::ui {

using core::abc::Class;

namespace {

// 1, 2 or 5 times a power of ten, at least `raw`: steps people read at a glance.
double niceStep(double raw)
{
    if (raw <= 0.0)
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

QPen linePen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    return pen;
}

QCategoryAxis *categoryAxis(const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
    return axis;
}

} // namespace

QList<ParetoBar> paretoBars(const core::abc::AbcResult &result, int maxBars)
{
    QList<ParetoBar> bars;
    const qsizetype n = result.rows.size();
    if (n == 0 || maxBars <= 0)
        return bars;
    const qsizetype perBar = (n + maxBars - 1) / maxBars;
    qsizetype i = 0;
    while (i < n) {
        const Class cls = result.rows[i].cls;
        qsizetype end = i;
        double sum = 0.0;
        while (end < n && end - i < perBar && result.rows[end].cls == cls) {
            sum += double(result.rows[end].revenue) / 100.0;
            ++end;
        }
        bars.append({result.rows[i].rank, result.rows[end - 1].rank, cls, sum / double(end - i),
                     result.rows[end - 1].cumulativeShare * 100.0});
        i = end;
    }
    return bars;
}

ParetoChartView::ParetoChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("paretoChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    auto *empty = new QChart;
    empty->setTitle(tr("Pareto chart"));
    replaceChart(empty);
}

void ParetoChartView::setResult(const core::abc::AbcResult &result, const QString &period)
{
    build(result, period);
}

void ParetoChartView::build(const core::abc::AbcResult &result, const QString &period)
{
    const qsizetype n = result.rows.size();
    m_perBar = n > kMaxBars ? int((n + kMaxBars - 1) / kMaxBars) : 1;
    m_bars = paretoBars(result, kMaxBars);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));

    if (result.totalRevenue <= 0 || m_bars.isEmpty()) {
        chart->setTitle(tr("No revenue in %1").arg(period));
        m_bars.clear();
        replaceChart(chart);
        return;
    }
    chart->setTitle(tr("Pareto chart: revenue by customer, %1").arg(period));

    // One stacked set per class with zeros elsewhere: each bar has one colour, at full width.
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(m_bars.size() > 20 ? 0.85 : 0.7);
    QBarSet *sets[3];
    for (const Class cls : core::abc::allClasses()) {
        auto *set = new QBarSet(core::abc::displayName(cls));
        set->setColor(abccolors::classColor(cls));
        set->setBorderColor(abccolors::classColor(cls).darker(115));
        sets[int(cls)] = set;
    }
    double highest = 0.0;
    for (const ParetoBar &bar : std::as_const(m_bars)) {
        for (const Class cls : core::abc::allClasses())
            sets[int(cls)]->append(cls == bar.cls ? bar.averageRevenue : 0.0);
        highest = std::max(highest, bar.averageRevenue);
    }
    for (QBarSet *set : sets)
        bars->append(set);
    chart->addSeries(bars);

    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share of revenue"));
    cumulative->setPen(linePen(QColor(0xc6, 0x28, 0x28), 2.5));
    cumulative->setPointsVisible(m_bars.size() <= 30);
    for (qsizetype i = 0; i < m_bars.size(); ++i)
        cumulative->append(double(i), m_bars[i].cumulativeShare);
    chart->addSeries(cumulative);

    const double left = -0.5;
    const double right = double(m_bars.size()) - 0.5;
    QList<QLineSeries *> marks;
    if (result.method == core::abc::Method::Revenue) {
        const std::pair<double, Class> limits[]
            = {{result.thresholds.a, Class::A}, {result.thresholds.b, Class::B}};
        for (const auto &[limit, cls] : limits) {
            auto *mark = new QLineSeries;
            mark->setName(tr("%1 threshold (%2)").arg(core::abc::key(cls), format::percentSpaced(limit, 0)));
            mark->setPen(linePen(abccolors::classColor(cls).darker(130), 1.5, Qt::DashLine));
            mark->append(left, limit * 100.0);
            mark->append(right, limit * 100.0);
            chart->addSeries(mark);
            marks.append(mark);
        }
    }

    const QLocale locale;
    // x: ranks at round steps, at the bar that holds each of them.
    auto *x = categoryAxis(m_perBar == 1 ? tr("Customers by rank")
                                         : tr("Customers by rank (one bar per %1 customers)").arg(m_perBar));
    x->setRange(left, right);
    x->setGridLineVisible(false);
    const int lastRank = m_bars.last().lastRank;
    const int rankStep = int(niceStep(double(lastRank) / 10.0));
    QList<int> ranks{1};
    for (int rank = rankStep; rank <= lastRank; rank += rankStep) {
        if (rank > 1)
            ranks.append(rank);
    }
    qsizetype barIndex = 0;
    double lastPosition = left;
    for (const int rank : std::as_const(ranks)) {
        while (barIndex < m_bars.size() && m_bars[barIndex].lastRank < rank)
            ++barIndex;
        const double position = double(barIndex);
        if (barIndex < m_bars.size() && position > lastPosition) {
            x->append(locale.toString(rank), position);
            lastPosition = position;
        }
    }

    // y left: revenue with the locale's thousands separators.
    auto *y = categoryAxis(m_perBar == 1 ? tr("Revenue") : tr("Average revenue per customer"));
    const double step = niceStep(highest / 5.0);
    const double top = std::ceil(highest / step) * step;
    y->setRange(0.0, top);
    y->append(locale.toString(0), 0.0);
    for (double value = step; value <= top + step / 2; value += step)
        y->append(locale.toString(value, 'f', 0), value);

    // y right: cumulative share, 0–100 %.
    auto *share = categoryAxis(tr("Cumulative share"));
    share->setRange(0.0, 100.0);
    share->setGridLineVisible(false);
    for (int value = 0; value <= 100; value += 20)
        share->append(format::percentSpaced(value / 100.0, 0), value);

    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    for (QLineSeries *line : QList<QLineSeries *>{cumulative} + marks) {
        line->attachAxis(x);
        line->attachAxis(share);
    }

    const QList<ParetoBar> shown = m_bars;
    connect(bars, &QStackedBarSeries::hovered, this, [this, shown](bool status, int index) {
        if (!status || index < 0 || index >= shown.size()) {
            QToolTip::hideText();
            return;
        }
        const ParetoBar &bar = shown[index];
        const QString which = bar.firstRank == bar.lastRank
            ? tr("Rank %1").arg(bar.firstRank)
            : tr("Ranks %1–%2").arg(bar.firstRank).arg(bar.lastRank);
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2\nRevenue per customer: %3\nCumulative share: %4")
                               .arg(which, core::abc::displayName(bar.cls),
                                    format::money(qint64(std::llround(bar.averageRevenue * 100))),
                                    format::percentSpaced(bar.cumulativeShare / 100.0)),
                           this);
    });
    replaceChart(chart);
}

void ParetoChartView::replaceChart(QChart *chart)
{
    // setChart() hands the previous chart back to us instead of deleting it.
    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

} // namespace sb::ui
