// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/pipelinehealthview.h"

#include "ui/common/chartexport.h"
#include "ui/common/format.h"
#include "ui/common/roles.h"
#include "ui/common/stagecolors.h"
#include "ui/funnel/atriskmodel.h"
#include "ui/funnel/atriskproxymodel.h"
#include "ui/funnel/funnelanalysis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sb::ui {

namespace {

constexpr double kB2bLow = 0.15;
constexpr double kB2bHigh = 0.25;

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(200);
    return view;
}

QStandardItem *item(const QString &text, const QVariant &sort = {}, bool right = false)
{
    auto *cell = new QStandardItem(text);
    cell->setData(sort.isValid() ? sort : QVariant(text), SortRole);
    if (right)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// Amounts on chart axes: thousands for English, 万 (ten thousands) for Chinese readers.
double axisScale()
{
    return QLocale().language() == QLocale::Chinese ? 1e4 : 1e3;
}

} // namespace

PipelineHealthView::PipelineHealthView(QWidget *parent)
    : QWidget(parent),
      m_winRate(new QLabel(this)),
      m_winRateNote(new QLabel(this)),
      m_cycle(new QLabel(this)),
      m_cycleNote(new QLabel(this)),
      m_weighted(new QLabel(this)),
      m_weightedNote(new QLabel(this)),
      m_risk(new QLabel(this)),
      m_riskNote(new QLabel(this)),
      m_timeView(new QChartView(newChart(), this)),
      m_weightedView(new QChartView(newChart(), this)),
      m_lostByStage(new QStandardItemModel(this)),
      m_lostByCompetitor(new QStandardItemModel(this)),
      m_atRisk(new AtRiskModel(this))
{
    setObjectName(QStringLiteral("pipelineHealth"));
    m_winRate->setObjectName(QStringLiteral("winRateValue"));
    m_timeView->setObjectName(QStringLiteral("timeInStageChart"));
    m_weightedView->setObjectName(QStringLiteral("weightedPipelineChart"));
    for (QChartView *view : {m_timeView, m_weightedView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(270);
    }

    auto *tiles = new QHBoxLayout;
    tiles->addWidget(tile(tr("Win rate"), m_winRate, m_winRateNote));
    tiles->addWidget(tile(tr("Sales cycle"), m_cycle, m_cycleNote));
    tiles->addWidget(tile(tr("Weighted pipeline"), m_weighted, m_weightedNote));
    tiles->addWidget(tile(tr("Deals at risk"), m_risk, m_riskNote));

    auto *stageTable = m_lostByStageTable = table(m_lostByStage, this);
    stageTable->setObjectName(QStringLiteral("lostByStage"));
    auto *competitorTable = m_lostByCompetitorTable = table(m_lostByCompetitor, this);
    competitorTable->setObjectName(QStringLiteral("lostByCompetitor"));
    auto *lostStageBox = new QGroupBox(tr("Lost reasons by stage (the stage the deal had reached)"), this);
    (new QVBoxLayout(lostStageBox))->addWidget(stageTable);
    auto *lostCompetitorBox = new QGroupBox(tr("Lost deals by competitor"), this);
    (new QVBoxLayout(lostCompetitorBox))->addWidget(competitorTable);

    auto *riskProxy = new AtRiskProxyModel(m_atRisk, this);
    m_atRiskTable = table(riskProxy, this);
    m_atRiskTable->setObjectName(QStringLiteral("atRiskTable"));
    m_atRiskTable->setSortingEnabled(true);
    m_atRiskTable->sortByColumn(AtRiskModel::Rules, Qt::DescendingOrder);
    m_atRiskTable->setMinimumHeight(240);
    // Fixed widths: measuring thousands of rows would stall the window.
    const int em = m_atRiskTable->fontMetrics().averageCharWidth();
    const QList<int> widths = {14, 30, 14, 14, 14};
    for (int column = 0; column < widths.size(); ++column)
        m_atRiskTable->setColumnWidth(column, widths.at(column) * em);
    m_atRiskNote = new QLabel(this);
    m_atRiskNote->setWordWrap(true);
    m_staleDays = new QSpinBox(this);
    m_staleDays->setObjectName(QStringLiteral("staleDays"));
    m_staleDays->setRange(1, 365);
    m_staleDays->setValue(30);
    m_staleDays->setSuffix(tr(" days"));
    auto *staleLabel = new QLabel(tr("&Stale after:"), this);
    staleLabel->setBuddy(m_staleDays);
    connect(m_staleDays, &QSpinBox::editingFinished, this,
            [this] { emit staleDaysChanged(m_staleDays->value()); });
    auto *riskBar = new QHBoxLayout;
    riskBar->addWidget(m_atRiskNote, 1);
    riskBar->addWidget(staleLabel);
    riskBar->addWidget(m_staleDays);
    auto *riskBox = new QGroupBox(tr("At risk: open deals breaking the 2-2-2 rule or gone stale"), this);
    auto *riskLayout = new QVBoxLayout(riskBox);
    riskLayout->addLayout(riskBar);
    riskLayout->addWidget(m_atRiskTable);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 8, 0);
    grid->setSpacing(10);
    grid->addLayout(tiles, 0, 0, 1, 2);
    grid->addWidget(chartBox(tr("Time in stage (days, deals created in the period)"), m_timeView,
                             QStringLiteral("time-in-stage")),
                    1, 0);
    auto *probabilities = new QPushButton(tr("Stage pro&babilities…"), this);
    probabilities->setObjectName(QStringLiteral("editProbabilities"));
    probabilities->setToolTip(tr("The win probability of each stage that weighs the pipeline"));
    connect(probabilities, &QPushButton::clicked, this, &PipelineHealthView::probabilitiesRequested);
    grid->addWidget(chartBox(tr("Weighted pipeline by expected close month (open deals today)"),
                             m_weightedView, QStringLiteral("weighted-pipeline"), probabilities),
                    1, 1);
    grid->addWidget(lostStageBox, 2, 0);
    grid->addWidget(lostCompetitorBox, 2, 1);
    grid->addWidget(riskBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(scroll);
}

QWidget *PipelineHealthView::tile(const QString &title, QLabel *value, QLabel *note)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *caption = new QLabel(title, frame);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(2);
    layout->addWidget(caption);
    layout->addWidget(value);
    layout->addWidget(note);
    layout->addStretch(1);
    return frame;
}

QWidget *PipelineHealthView::chartBox(const QString &title, QChartView *view, const QString &exportName,
                                      QWidget *extra)
{
    auto *box = new QGroupBox(title, this);
    auto *button = new QPushButton(tr("Export chart…"), box);
    button->setToolTip(tr("Save this chart as a PNG image or an SVG drawing"));
    connect(button, &QPushButton::clicked, view,
            [view, exportName, title] { ChartExport::saveWithDialog(view, exportName, title); });
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    if (extra)
        row->addWidget(extra);
    row->addWidget(button);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    return box;
}

int PipelineHealthView::staleDays() const
{
    return m_staleDays->value();
}

void PipelineHealthView::setStaleDays(int days)
{
    m_staleDays->setValue(days);
}

void PipelineHealthView::setAnalysis(const FunnelAnalysis &a)
{
    const QLocale locale;
    // Closings are the same in every funnel report.
    const core::funnel::WinRate &winRate = a.byCount.winRate;
    const core::funnel::SalesCycle &cycle = a.byCount.cycle;
    if (winRate.rate) {
        const double rate = *winRate.rate;
        m_winRate->setText(format::percent(rate));
        const QString judgement = rate < kB2bLow ? tr("below the B2B range of 15–25%")
            : rate > kB2bHigh                    ? tr("above the B2B range of 15–25%")
                                                 : tr("within the B2B range of 15–25%");
        m_winRateNote->setText(
            tr("%1 won of %2 closed in the period — %3")
                .arg(locale.toString(winRate.won), locale.toString(winRate.won + winRate.lost), judgement));
        m_winRate->setStyleSheet(rate < kB2bLow ? QStringLiteral("color: #c0392b;")
                                                : QStringLiteral("color: #2e8b47;"));
    } else {
        m_winRate->setText(QStringLiteral("–"));
        m_winRate->setStyleSheet({});
        m_winRateNote->setText(tr("No deal was won or lost in the period (B2B average: 15–25%)."));
    }
    if (cycle.medianDays) {
        m_cycle->setText(tr("%1 days").arg(format::days(cycle.medianDays)));
        m_cycleNote->setText(tr("median; mean %1 days, over %2 won deals (creation to won)")
                                 .arg(format::days(cycle.meanDays), locale.toString(cycle.deals)));
    } else {
        m_cycle->setText(QStringLiteral("–"));
        m_cycleNote->setText(tr("No deal was won in the period."));
    }
    core::Money amount = 0;
    core::Money weighted = 0;
    qint64 deals = 0;
    for (const core::funnel::PipelineMonth &month : a.weighted) {
        amount += month.amount;
        weighted += month.weighted;
        deals += month.deals;
    }
    m_weighted->setText(format::compactMoney(weighted));
    QStringList shares;
    for (const core::Stage stage : core::stage::funnel()) {
        if (!core::stage::isClosed(stage))
            shares.append(QString::number(core::funnel::probabilityFor(stage, a.probabilities)));
    }
    m_weightedNote->setText(
        tr("Σ amount × stage probability (%1 %) over %2 open deals worth %3")
            .arg(shares.join(u'/'), locale.toString(deals), format::compactMoney(amount)));
    m_atRisk->setAnalysis(a);
    m_risk->setText(locale.toString(m_atRisk->rowCount()));
    m_riskNote->setText(tr("%1 stale (no change for %2+ days), %3 breaking 2-2-2")
                            .arg(locale.toString(a.stale.size()), locale.toString(a.request.staleDays),
                                 locale.toString(a.breaches.size() - m_atRisk->closedBreaches())));
    m_atRiskNote->setText(
        tr("2-2-2 rule: first contact within 2 days of the lead, needs confirmed within 2 weeks, "
           "a decision within 2 months. %1 deals of the period that are already closed also "
           "broke it and are not listed.")
            .arg(locale.toString(m_atRisk->closedBreaches())));
    m_staleDays->setValue(a.request.staleDays);
    fillTimeInStage(a);
    fillWeighted(a);
    fillLost(a);
}

void PipelineHealthView::fillTimeInStage(const FunnelAnalysis &a)
{
    QChart *chart = m_timeView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *average = new QBarSet(tr("Average days"));
    auto *median = new QBarSet(tr("Median days"));
    average->setColor(stageColor(core::Stage::InitialContact));
    median->setColor(stageColor(core::Stage::Negotiation));
    // Horizontal bars, first stage on top, so the stage names have room to be read.
    QStringList categories;
    double top = 1;
    for (auto it = a.timeInStage.crbegin(); it != a.timeInStage.crend(); ++it) {
        categories.append(core::stage::displayName(it->stage));
        average->append(it->meanDays.value_or(0));
        median->append(it->medianDays.value_or(0));
        top = std::max({top, it->meanDays.value_or(0), it->medianDays.value_or(0)});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(median);
    series->append(average);
    for (QBarSet *set : {average, median})
        set->setLabelColor(palette().color(QPalette::Text));
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, top * 1.2);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Days"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
}

void PipelineHealthView::fillWeighted(const FunnelAnalysis &a)
{
    QChart *chart = m_weightedView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    // Months before this one are overdue, more than a year ahead is "later": one bar each.
    const QDate thisMonth(a.request.today.year(), a.request.today.month(), 1);
    const QDate horizon = thisMonth.addMonths(12);
    QList<std::pair<QString, std::pair<core::Money, core::Money>>> buckets;
    const auto add = [&buckets](const QString &label, const core::funnel::PipelineMonth &month) {
        if (buckets.isEmpty() || buckets.last().first != label)
            buckets.append({label, {0, 0}});
        buckets.last().second.first += month.amount;
        buckets.last().second.second += month.weighted;
    };
    for (const core::funnel::PipelineMonth &month : a.weighted) {
        if (!month.month.isValid())
            add(tr("No date"), month);
        else if (month.month < thisMonth)
            add(tr("Overdue"), month);
        else if (month.month >= horizon)
            add(tr("Later"), month);
        else
            add(month.month.toString(QStringLiteral("yyyy-MM")), month);
    }
    const double scale = axisScale() * 100.0;
    auto *amount = new QBarSet(tr("Amount"));
    auto *weighted = new QBarSet(tr("Weighted (× probability)"));
    amount->setColor(QColor(0xB8, 0xC7, 0xE0));
    weighted->setColor(stageColor(core::Stage::InitialContact));
    QStringList categories;
    double top = 1;
    for (const auto &[label, sums] : buckets) {
        categories.append(label);
        amount->append(double(sums.first) / scale);
        weighted->append(double(sums.second) / scale);
        top = std::max(top, double(sums.first) / scale);
    }
    auto *series = new QBarSeries;
    series->append(amount);
    series->append(weighted);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 8 ? -45 : 0);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(QLocale().language() == QLocale::Chinese ? tr("Amount (ten thousands)")
                                                             : tr("Amount (thousands)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void PipelineHealthView::fillLost(const FunnelAnalysis &a)
{
    const QLocale locale;
    m_lostByStage->clear();
    m_lostByStage->setHorizontalHeaderLabels({tr("Stage reached"), tr("Reason"), tr("Deals"), tr("Amount")});
    for (const core::funnel::LostReasonCount &row : a.lost.byStage) {
        m_lostByStage->appendRow({item(core::stage::displayName(row.stage), int(row.stage)),
                                  item(row.reason.isEmpty() ? tr("(no reason)") : row.reason),
                                  item(locale.toString(row.deals), row.deals, true),
                                  item(format::money(row.amount), row.amount, true)});
    }
    m_lostByCompetitor->clear();
    m_lostByCompetitor->setHorizontalHeaderLabels({tr("Competitor"), tr("Deals"), tr("Amount")});
    for (const core::funnel::CompetitorCount &row : a.lost.byCompetitor) {
        m_lostByCompetitor->appendRow({item(row.competitor.isEmpty() ? tr("(none named)") : row.competitor),
                                       item(locale.toString(row.deals), row.deals, true),
                                       item(format::money(row.amount), row.amount, true)});
    }
    m_lostByStageTable->resizeColumnsToContents();
    m_lostByCompetitorTable->resizeColumnsToContents();
}

} // namespace sb::ui
