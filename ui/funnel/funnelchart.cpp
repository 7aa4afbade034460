// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/funnelchart.h"

#include "ui/common/stagecolors.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace sb::ui {

namespace {

constexpr qreal kMargin = 12;
constexpr qreal kGap = 22; // between stages, room for the step note
constexpr qreal kMinBar = 6;

const QColor kBottleneck(0xC0, 0x39, 0x2B);

QColor ratingColor(int rating)
{
    switch (rating) {
    case -1:
        return kBottleneck;
    case 0:
        return QColor(0xE0, 0x9A, 0x2B);
    case 1:
        return QColor(0x2E, 0x8B, 0x47);
    default:
        return QColor(0xA0, 0xA0, 0xA0);
    }
}

void drawLines(QPainter &painter, const QRectF &box, const QStringList &lines, const QFont &first,
               const QFont &rest)
{
    const QFontMetricsF firstMetrics(first);
    const QFontMetricsF restMetrics(rest);
    qreal height = 0;
    for (int i = 0; i < lines.size(); ++i)
        height += i == 0 ? firstMetrics.height() : restMetrics.height();
    qreal y = box.center().y() - height / 2;
    for (int i = 0; i < lines.size(); ++i) {
        painter.setFont(i == 0 ? first : rest);
        const QFontMetricsF &metrics = i == 0 ? firstMetrics : restMetrics;
        const QRectF line(box.left(), y, box.width(), metrics.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(lines.at(i), Qt::ElideRight, box.width()));
        y += metrics.height();
    }
}

} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void FunnelChart::setData(FunnelChartData chartData)
{
    m_data = std::move(chartData);
    QStringList names;
    for (const FunnelChartRow &row : std::as_const(m_data.rows))
        names.append(row.name + QLatin1Char(' ') + row.value);
    setAccessibleName(m_data.title);
    setAccessibleDescription(names.join(QStringLiteral("; ")));
    update();
}

QSize FunnelChart::sizeHint() const
{
    return {900, 480};
}

QSize FunnelChart::minimumSizeHint() const
{
    return {600, 340};
}

QImage FunnelChart::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

FunnelChart::Layout FunnelChart::layout(const QRectF &area) const
{
    Layout l;
    const QRectF inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.15);
    // The caption wraps rather than being cut: it is the definition in use.
    const QRectF captionBox = QFontMetricsF(font()).boundingRect(QRectF(0, 0, inner.width(), 1000),
                                                                 Qt::TextWordWrap, m_data.caption);
    const qreal titleHeight = QFontMetricsF(titleFont).height() + captionBox.height() + 6;
    l.title = QRectF(inner.left(), inner.top(), inner.width(), titleHeight);
    const qreal headerHeight = QFontMetricsF(font()).height() + 6;
    l.header = QRectF(inner.left(), l.title.bottom() + 4, inner.width(), headerHeight);

    // Columns: stage | funnel | rates | benchmark.
    const qreal width = inner.width();
    l.stageLeft = inner.left();
    l.barLeft = inner.left() + std::max<qreal>(150, width * 0.19);
    l.benchLeft = inner.right() - std::max<qreal>(150, width * 0.19);
    l.ratesLeft = l.benchLeft - std::max<qreal>(160, width * 0.21);
    l.barRight = l.ratesLeft - 12;
    l.right = inner.right();

    const qsizetype n = m_data.rows.size();
    if (n == 0)
        return l;
    const qreal top = l.header.bottom() + 4;
    const qreal available = inner.bottom() - top - kGap * qreal(n - 1);
    const qreal rowHeight = std::clamp<qreal>(available / qreal(n), 34, 86);
    qreal y = top;
    for (qsizetype i = 0; i < n; ++i) {
        l.rows.append(QRectF(inner.left(), y, width, rowHeight));
        y += rowHeight;
        if (i + 1 < n) {
            l.gaps.append(QRectF(inner.left(), y, width, kGap));
            y += kGap;
        }
    }
    return l;
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paint(painter, QRectF(rect()));
}

void FunnelChart::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const Layout l = layout(area);

    QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont titleFont = bold;
    titleFont.setPointSizeF(base.pointSizeF() * 1.15);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.92);

    // Title and the definition in one sentence.
    painter.setPen(text);
    painter.setFont(titleFont);
    const qreal titleLine = QFontMetricsF(titleFont).height();
    painter.drawText(QRectF(l.title.left(), l.title.top(), l.title.width(), titleLine),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(m_data.title, Qt::ElideRight, l.title.width()));
    painter.setFont(base);
    painter.drawText(
        QRectF(l.title.left(), l.title.top() + titleLine + 2, l.title.width(), l.title.height() - titleLine),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_data.caption);

    if (m_data.rows.isEmpty()) {
        painter.setPen(dim);
        painter.setFont(base);
        painter.drawText(area.adjusted(kMargin, l.header.bottom(), -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_data.emptyText);
        painter.restore();
        return;
    }

    // Column titles.
    painter.setPen(dim);
    painter.setFont(small);
    const QList<qreal> starts = {l.stageLeft, l.barLeft, l.ratesLeft, l.benchLeft, l.right};
    for (int i = 0; i < m_data.headers.size() && i + 1 < starts.size(); ++i) {
        const QRectF cell(starts.at(i), l.header.top(), starts.at(i + 1) - starts.at(i) - 8,
                          l.header.height());
        const Qt::Alignment align
            = i == 1 ? Qt::AlignHCenter | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
        painter.drawText(cell, align,
                         QFontMetricsF(small).elidedText(m_data.headers.at(i), Qt::ElideRight, cell.width()));
    }
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(l.stageLeft, l.header.bottom()), QPointF(l.right, l.header.bottom()));

    const qreal centre = (l.barLeft + l.barRight) / 2;
    const qreal full = l.barRight - l.barLeft;
    const auto barWidth = [&](qsizetype i) {
        return std::max(kMinBar, std::clamp(m_data.rows.at(i).width, 0.0, 1.0) * full);
    };
    for (qsizetype i = 0; i < m_data.rows.size(); ++i) {
        const FunnelChartRow &row = m_data.rows.at(i);
        const QRectF box = l.rows.at(i);
        // A trapezoid narrowing to the next stage's width: the funnel's shape.
        const qreal top = barWidth(i);
        const qreal bottom = i + 1 < m_data.rows.size() ? std::min(top, barWidth(i + 1)) : top;
        QPainterPath bar;
        bar.moveTo(centre - top / 2, box.top());
        bar.lineTo(centre + top / 2, box.top());
        bar.lineTo(centre + bottom / 2, box.bottom());
        bar.lineTo(centre - bottom / 2, box.bottom());
        bar.closeSubpath();
        painter.fillPath(bar, stageColor(row.stage));

        // The main rate on the bar, or over it in dark text when the bar is too narrow.
        painter.setFont(bold);
        const QFontMetricsF boldMetrics(bold);
        const bool fits = boldMetrics.horizontalAdvance(row.inside) + 12 < bottom;
        painter.setPen(fits ? QColor(Qt::white) : text);
        const QRectF insideBox = fits
            ? QRectF(centre - bottom / 2, box.top(), bottom, box.height())
            : QRectF(centre + top / 2 + 6, box.top(), l.barRight - centre - top / 2 - 6, box.height());
        painter.drawText(insideBox, (fits ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, row.inside);

        // Stage name and reach.
        painter.fillRect(QRectF(l.stageLeft, box.center().y() - 5, 10, 10), stageColor(row.stage));
        painter.setPen(text);
        drawLines(painter, QRectF(l.stageLeft + 16, box.top(), l.barLeft - l.stageLeft - 24, box.height()),
                  {row.name, row.value}, bold, base);
        // Rates.
        drawLines(painter, QRectF(l.ratesLeft, box.top(), l.benchLeft - l.ratesLeft - 8, box.height()),
                  row.rates, base, base);
        // Benchmarks, with a dot saying how the stage compares.
        painter.setPen(Qt::NoPen);
        painter.setBrush(ratingColor(row.rating));
        painter.drawEllipse(QPointF(l.benchLeft + 5, box.center().y()), 5, 5);
        painter.setPen(dim);
        drawLines(painter, QRectF(l.benchLeft + 16, box.top(), l.right - l.benchLeft - 16, box.height()),
                  row.benchmark, base, base);
    }

    // Step notes between the stages.
    for (qsizetype i = 0; i < l.gaps.size() && i < m_data.steps.size(); ++i) {
        const FunnelChartStep &step = m_data.steps.at(i);
        const QRectF gap = l.gaps.at(i);
        const QFont &stepFont = step.bottleneck ? bold : small;
        painter.setFont(stepFont);
        painter.setPen(step.bottleneck ? kBottleneck : dim);
        const QRectF box(l.barLeft - 40, gap.top(), l.barRight - l.barLeft + 80, gap.height());
        painter.drawText(box, Qt::AlignCenter,
                         QFontMetricsF(stepFont).elidedText(step.text, Qt::ElideRight, box.width()));
    }
    painter.restore();
}

bool FunnelChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Layout l = layout(QRectF(rect()));
        for (qsizetype i = 0; i < l.rows.size() && i < m_data.rows.size(); ++i) {
            if (l.rows.at(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), m_data.rows.at(i).toolTip, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sb::ui
