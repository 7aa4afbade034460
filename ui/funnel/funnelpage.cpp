// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/funnelpage.h"

#include "ui/common/backgroundjob.h"
#include "ui/common/chartexport.h"
#include "ui/common/format.h"
#include "ui/common/pageheader.h"
#include "ui/common/settingvalue.h"
#include "ui/common/workspace.h"
#include "ui/funnel/bottleneckpanel.h"
#include "ui/funnel/funnelchart.h"
#include "ui/funnel/funnelfilterbar.h"
#include "ui/funnel/pipelinehealthview.h"
#include "ui/funnel/stageprobabilitiesdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

const SettingValue<int> &staleDaysSetting()
{
    static const SettingValue<int> setting(QStringLiteral("pages/funnel/staleDays"), 30);
    return setting;
}

const SettingValue<int> &tabSetting()
{
    static const SettingValue<int> setting(QStringLiteral("pages/funnel/tab"), 0);
    return setting;
}

} // namespace

FunnelPage::FunnelPage(const PageContext &context, QWidget *parent)
    : Page(context, parent), m_worker(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("funnelPage"));
    buildLayout();
    m_filters->fillLists(workspace().database());
    connect(m_filters, &FunnelFilterBar::changed, this, &FunnelPage::reload);
    connect(m_health, &PipelineHealthView::probabilitiesRequested, this, [this] {
        auto *dialog = new StageProbabilitiesDialog(workspace(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // saving notifies "stage_probabilities", which reloads the page
    });
    connect(m_health, &PipelineHealthView::staleDaysChanged, this, [this](int days) {
        staleDaysSetting().set(days);
        reload();
    });
    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        static const QStringList lists = {QStringLiteral("reps"), QStringLiteral("teams"),
                                          QStringLiteral("products"), QStringLiteral("*")};
        static const QStringList affecting = {QStringLiteral("opportunities"),
                                              QStringLiteral("stage-history"),
                                              QStringLiteral("activities"),
                                              QStringLiteral("customers"),
                                              QStringLiteral("reps"),
                                              QStringLiteral("teams"),
                                              QStringLiteral("products"),
                                              QStringLiteral("stage_probabilities"),
                                              QStringLiteral("*")};
        if (lists.contains(entity) || entity == QStringLiteral("opportunities"))
            m_filters->fillLists(workspace().database());
        if (affecting.contains(entity))
            reload();
    });
    reload();
}

void FunnelPage::buildLayout()
{
    auto *header
        = new PageHeader(tr("Sales funnel"),
                         tr("How the deals of a period moved from first contact to signing, stage by stage, "
                            "against the handbook's benchmarks — and where they get stuck."),
                         this);
    m_filters = new FunnelFilterBar(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("funnelStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filters, 1);
    filterRow->addWidget(m_status);

    // --- the funnel tab ---
    m_definition = new QComboBox(this);
    m_definition->setObjectName(QStringLiteral("funnelDefinition"));
    m_definition->addItem(FunnelPresenter::definitionName(FunnelDefinition::Pipeline),
                          int(FunnelDefinition::Pipeline));
    m_definition->addItem(FunnelPresenter::definitionName(FunnelDefinition::Stage),
                          int(FunnelDefinition::Stage));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("funnelMeasure"));
    m_measure->addItem(tr("By deal count"), int(FunnelMeasure::Count));
    m_measure->addItem(tr("By amount"), int(FunnelMeasure::Amount));
    for (QComboBox *box : {m_definition, m_measure})
        connect(box, &QComboBox::currentIndexChanged, this, &FunnelPage::render);
    auto *definitionLabel = new QLabel(tr("&Definition:"), this);
    definitionLabel->setBuddy(m_definition);
    auto *measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    auto *exportButton = new QPushButton(tr("E&xport chart…"), this);
    exportButton->setToolTip(tr("Save the funnel as a PNG image or an SVG drawing"));
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(definitionLabel);
    toolbar->addWidget(m_definition);
    toolbar->addSpacing(12);
    toolbar->addWidget(measureLabel);
    toolbar->addWidget(m_measure);
    toolbar->addStretch(1);
    toolbar->addWidget(exportButton);

    m_chart = new FunnelChart(this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ChartExport::saveWithDialog(m_chart, QStringLiteral("funnel"), m_chart->chartData().title);
    });

    m_bottleneck = new BottleneckPanel(this);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("funnelFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_howTo = new QLabel(this);
    m_howTo->setObjectName(QStringLiteral("funnelHowTo"));
    m_howTo->setWordWrap(true);
    m_howTo->setForegroundRole(QPalette::PlaceholderText);
    auto *side = new QWidget(this);
    side->setMinimumWidth(260);
    side->setMaximumWidth(340);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(12);
    sideLayout->addWidget(m_bottleneck);
    sideLayout->addWidget(m_facts);
    sideLayout->addWidget(m_howTo);
    sideLayout->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_chart, 1);
    body->addWidget(side);

    auto *funnelTab = new QWidget(this);
    auto *funnelLayout = new QVBoxLayout(funnelTab);
    funnelLayout->setContentsMargins(0, 8, 0, 0);
    funnelLayout->addLayout(toolbar);
    funnelLayout->addLayout(body, 1);

    m_health = new PipelineHealthView(this);
    m_health->setStaleDays(staleDaysSetting().get());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("funnelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(funnelTab, tr("&Funnel"));
    m_tabs->addTab(m_health, tr("Pipeline &health"));
    m_tabs->setCurrentIndex(qBound(0, tabSetting().get(), 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { tabSetting().set(index); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addLayout(filterRow);
    layout->addWidget(m_tabs, 1);
}

QString FunnelPage::summary() const
{
    if (!m_analysis)
        return m_worker->isBusy() ? tr("Analysing the funnel…") : QString();
    const QLocale locale;
    return tr("%1 deals created in %2")
        .arg(locale.toString(m_analysis->byCount.pipeline.cohort),
             FunnelPresenter::periodText(m_analysis->request.period));
}

bool FunnelPage::isLoading() const
{
    return m_worker->isBusy();
}

void FunnelPage::setDefinition(FunnelDefinition definition)
{
    m_definition->setCurrentIndex(m_definition->findData(int(definition)));
}

FunnelDefinition FunnelPage::definition() const
{
    return FunnelDefinition(m_definition->currentData().toInt());
}

void FunnelPage::setMeasure(FunnelMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

FunnelMeasure FunnelPage::measure() const
{
    return FunnelMeasure(m_measure->currentData().toInt());
}

void FunnelPage::showHealth(bool health)
{
    m_tabs->setCurrentIndex(health ? 1 : 0);
}

void FunnelPage::reload()
{
    FunnelRequest request;
    request.period = m_filters->period();
    request.filters = m_filters->filters();
    request.today = QDate::currentDate();
    request.staleDays = m_health->staleDays();
    m_status->setText(tr("Analysing…"));
    m_worker->submitReading(
        workspace().database(),
        [this, request](const core::Database &db) -> std::function<void()> {
            FunnelAnalysis analysis = analyseFunnel(db, request);
            return [this, analysis = std::move(analysis)]() mutable { show(std::move(analysis)); };
        },
        [this](const QString &error) {
            m_status->setText(tr("The analysis failed."));
            workspace().reportError(error);
        });
    emit summaryChanged();
}

void FunnelPage::show(FunnelAnalysis analysis)
{
    m_analysis = std::move(analysis);
    m_status->clear();
    render();
    m_health->setAnalysis(*m_analysis);
    emit summaryChanged();
    emit loaded();
}

void FunnelPage::render()
{
    // Stage conversion counts deals only: amounts apply to the pipeline funnel.
    const bool stage = definition() == FunnelDefinition::Stage;
    m_measure->setEnabled(!stage);
    m_measure->setToolTip(stage ? tr("Stage conversion is counted in deals.") : QString());
    if (stage)
        m_howTo->setText(
            tr("<b>How to read it.</b> Each bar is an open stage; its width is the number of deals "
               "that left the stage in the period, and the figure on it is the share that moved "
               "forward rather than being lost. The dot compares that share with the handbook's step "
               "rate: red below the industry average, amber between industry and excellent, green at "
               "or above excellent companies."));
    else
        m_howTo->setText(
            tr("<b>How to read it.</b> Each bar is a stage, from first contact down to signing; its "
               "width is the share of the period's new deals that got at least that far. Between two "
               "bars is the step rate: of the deals that reached the upper stage, the share that went "
               "on. The dot compares each stage with the handbook: red below the industry average, "
               "amber between industry and excellent, green at or above excellent companies."));
    if (!m_analysis)
        return;
    const FunnelMeasure shown = stage ? FunnelMeasure::Count : measure();
    m_chart->setData(FunnelPresenter::chartData(*m_analysis, definition(), shown));
    m_bottleneck->setText(FunnelPresenter::bottleneckText(*m_analysis, definition(), shown));
    updateFacts();
}

void FunnelPage::updateFacts()
{
    // The pipeline report by amount carries the cohort's count and amount.
    const core::FunnelReport &a = m_analysis->report(FunnelDefinition::Pipeline, FunnelMeasure::Amount);
    const QLocale locale;
    QStringList lines;
    lines.append(tr("<b>Cohort:</b> %1 deals created in the period, worth %2.")
                     .arg(locale.toString(a.pipeline.cohort), format::compactMoney(a.pipeline.cohortAmount)));
    lines.append(a.winRate.rate
                     ? tr("<b>Win rate:</b> %1 (%2 won, %3 lost in the period); B2B average 15–25%.")
                           .arg(format::percent(a.winRate.rate), locale.toString(a.winRate.won),
                                locale.toString(a.winRate.lost))
                     : tr("<b>Win rate:</b> no deal closed in the period; B2B average 15–25%."));
    lines.append(a.cycle.medianDays
                     ? tr("<b>Sales cycle:</b> median %1 days, mean %2 days (creation to won).")
                           .arg(format::days(a.cycle.medianDays), format::days(a.cycle.meanDays))
                     : tr("<b>Sales cycle:</b> no deal won in the period."));
    m_facts->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace sb::ui
