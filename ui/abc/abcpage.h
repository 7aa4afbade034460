// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/abc/abcanalysis.h"
#include "ui/common/page.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;

namespace sb::ui {

class AbcMovementPanel;
class AbcParameterBar;
class AbcRankingModel;
class AbcSummaryModel;
class BackgroundJob;
class ParetoChartView;
class RecordTableView;

/// ABC segmentation (ABC客户分类): customers ranked by revenue over a period and
/// put in classes A, B and C, with the figures per class, the Pareto chart, the
/// ranked list and the class movement against an earlier period. The analysis
/// runs on a worker thread and the page updates in place when a parameter changes.
class AbcPage final : public Page
{
    Q_OBJECT

public:
    explicit AbcPage(const PageContext &context, QWidget *parent = nullptr);
    ~AbcPage() override;

    QString summary() const override;
    void activate() override;
    bool isLoading() const override;

    /// Starts the analysis with the current parameters (also done on every change).
    void refresh();
    /// Writes the ranked customers to CSV or XLSX (by suffix); returns an error message, empty on success.
    QString exportRanking(const QString &path);

    const AbcAnalysis &analysis() const { return m_analysis; }
    AbcParameterBar *parameterBar() const { return m_parameters; }
    AbcSummaryModel *summaryModel() const { return m_summary; }
    AbcRankingModel *rankingModel() const { return m_ranking; }
    QSortFilterProxyModel *rankingProxy() const { return m_rankingProxy; }
    ParetoChartView *chartView() const { return m_chart; }
    AbcMovementPanel *movementPanel() const { return m_movement; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    /// A new analysis is on screen.
    void analysed();

private:
    QWidget *buildOverviewTab();
    QWidget *buildCustomersTab();
    void showAnalysis(const AbcAnalysis &analysis);
    void showFailure(const QString &message);
    QString periodText(QDate from, QDate to) const;
    void exportRankingWithDialog();

    BackgroundJob *m_worker;
    AbcAnalysis m_analysis;
    bool m_hasResult = false;
    AbcSummaryModel *m_summary;
    AbcRankingModel *m_ranking;
    QSortFilterProxyModel *m_rankingProxy;
    AbcParameterBar *m_parameters = nullptr;
    QLabel *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordTableView *m_summaryView = nullptr;
    RecordTableView *m_rankingView = nullptr;
    QComboBox *m_classFilter = nullptr;
    ParetoChartView *m_chart = nullptr;
    AbcMovementPanel *m_movement = nullptr;
};

} // namespace sb::ui
