// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"
#include "ui/funnel/funnelanalysis.h"
#include "ui/funnel/funnelpresenter.h"

#include <optional>

class QComboBox;
class QLabel;
class QTabWidget;

namespace sb::ui {

class BackgroundJob;
class BottleneckPanel;
class FunnelChart;
class FunnelFilterBar;
class PipelineHealthView;

/// The sales funnel (销售漏斗): the funnel drawn against the industry and
/// excellent benchmarks under either definition, by count or by amount, with
/// the bottleneck and the handbook's advice; and a "Pipeline health" tab. The
/// analyses run on a worker thread and the page updates in place whenever a
/// filter or the data changes.
class FunnelPage final : public Page
{
    Q_OBJECT

public:
    explicit FunnelPage(const PageContext &context, QWidget *parent = nullptr);

    QString summary() const override;
    bool isLoading() const override;

    void setDefinition(FunnelDefinition definition);
    FunnelDefinition definition() const;
    void setMeasure(FunnelMeasure measure);
    FunnelMeasure measure() const;
    /// Shows the "Pipeline health" tab (true) or the funnel (false).
    void showHealth(bool health);

    /// The analysis on screen, once one has arrived.
    const std::optional<FunnelAnalysis> &analysis() const { return m_analysis; }
    FunnelFilterBar *filterBar() const { return m_filters; }
    FunnelChart *chart() const { return m_chart; }
    BottleneckPanel *bottleneckPanel() const { return m_bottleneck; }
    PipelineHealthView *healthView() const { return m_health; }

signals:
    /// A fresh analysis is on screen.
    void loaded();

private:
    void buildLayout();
    void reload();
    void show(FunnelAnalysis analysis);
    void render();
    void updateFacts();

    BackgroundJob *m_worker;
    std::optional<FunnelAnalysis> m_analysis;
    FunnelFilterBar *m_filters = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_definition = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_status = nullptr;
    FunnelChart *m_chart = nullptr;
    BottleneckPanel *m_bottleneck = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_howTo = nullptr;
    PipelineHealthView *m_health = nullptr;
};

} // namespace sb::ui
