// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace sb::ui {

/// One stage of the funnel drawing.
struct FunnelChartRow
{
    core::Stage stage = core::Stage::InitialContact;
    QString name; ///< the stage's name
    QString value; ///< under the name: "412 deals reached"
    double width = 0.0; ///< bar width, 0–1 of the widest possible bar
    QString inside; ///< on the bar: its main rate
    QStringList rates; ///< the rates column, one line each
    QStringList benchmark; ///< the benchmark column, one line each
    /// How the stage compares with the benchmarks: -1 below the industry average,
    /// 0 between industry and excellent, 1 at or above excellent, 2 not rated.
    int rating = 2;
    QString toolTip;
};

/// The note between two stages: the step rate, or the bottleneck.
struct FunnelChartStep
{
    QString text;
    bool bottleneck = false;
};

/// Everything the funnel drawing shows; composed by the page, drawn as given.
struct FunnelChartData
{
    QString title; ///< the definition in use, the period and the measure
    QString caption; ///< the definition in one sentence
    QStringList headers; ///< column titles: stage, funnel, rates, benchmark
    QList<FunnelChartRow> rows;
    QList<FunnelChartStep> steps; ///< rows.size() - 1 notes, between the rows
    QString emptyText; ///< shown instead when there are no rows
};

/// A funnel (销售漏斗) drawn with QPainter: one centred bar per stage narrowing
/// towards the close, the stage's name and reach on the left, its rates and
/// the industry / excellent benchmarks on the right, and the step rate between
/// stages with the bottleneck marked in red.
class FunnelChart final : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setData(FunnelChartData chartData);
    const FunnelChartData &chartData() const { return m_data; }
    /// The chart drawn into an image of `size` (for export and tests).
    QImage toImage(const QSize &size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRectF title;
        QRectF header;
        QList<QRectF> rows;
        QList<QRectF> gaps;
        qreal stageLeft = 0;
        qreal barLeft = 0;
        qreal barRight = 0;
        qreal ratesLeft = 0;
        qreal benchLeft = 0;
        qreal right = 0;
    };
    Layout layout(const QRectF &area) const;
    void paint(QPainter &painter, const QRectF &area) const;

    FunnelChartData m_data;
};

} // namespace sb::ui
