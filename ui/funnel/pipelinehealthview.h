// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace sb::ui {

class AtRiskModel;
struct FunnelAnalysis;

/// The "Pipeline health" tab: win rate against the B2B range, sales cycle,
/// time in stage, the weighted pipeline by expected close month, lost reasons by
/// stage and by competitor, and the deals at risk with the rule each one breaks.
class PipelineHealthView final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineHealthView(QWidget *parent = nullptr);

    void setAnalysis(const FunnelAnalysis &analysis);
    /// Days without a stage change or activity after which an open deal is stale.
    int staleDays() const;
    void setStaleDays(int days);

    QChartView *timeInStageChart() const { return m_timeView; }
    QChartView *weightedChart() const { return m_weightedView; }
    AtRiskModel *atRiskModel() const { return m_atRisk; }
    QStandardItemModel *lostByStageModel() const { return m_lostByStage; }
    QStandardItemModel *lostByCompetitorModel() const { return m_lostByCompetitor; }
    QLabel *winRateLabel() const { return m_winRate; }

signals:
    void staleDaysChanged(int days);
    /// The user asked to edit the stage probabilities that weigh the pipeline.
    void probabilitiesRequested();

private:
    QWidget *tile(const QString &title, QLabel *value, QLabel *note);
    QWidget *chartBox(const QString &title, QChartView *view, const QString &exportName,
                      QWidget *extra = nullptr);
    void fillTimeInStage(const FunnelAnalysis &analysis);
    void fillWeighted(const FunnelAnalysis &analysis);
    void fillLost(const FunnelAnalysis &analysis);

    QLabel *m_winRate;
    QLabel *m_winRateNote;
    QLabel *m_cycle;
    QLabel *m_cycleNote;
    QLabel *m_weighted;
    QLabel *m_weightedNote;
    QLabel *m_risk;
    QLabel *m_riskNote;
    QChartView *m_timeView;
    QChartView *m_weightedView;
    QStandardItemModel *m_lostByStage;
    QStandardItemModel *m_lostByCompetitor;
    AtRiskModel *m_atRisk;
    QTableView *m_atRiskTable = nullptr;
    QTableView *m_lostByStageTable = nullptr;
    QTableView *m_lostByCompetitorTable = nullptr;
    QLabel *m_atRiskNote = nullptr;
    QSpinBox *m_staleDays = nullptr;
};

} // namespace sb::ui
