// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/reports/funnelreport.h"
#include "core/storage/funnelqueries.h"
#include "core/storage/funnelsettings.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/reprepository.h"
#include "ui/common/chartexport.h"
#include "ui/common/format.h"
#include "ui/common/stagecolors.h"
#include "ui/common/workspace.h"
#include "ui/funnel/atriskmodel.h"
#include "ui/funnel/bottleneckpanel.h"
#include "ui/funnel/funnelchart.h"
#include "ui/funnel/funnelfilterbar.h"
#include "ui/funnel/funnelpage.h"
#include "ui/funnel/pipelinehealthview.h"
#include "ui/funnel/stageprobabilitiesdialog.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QUndoStack>

#include <memory>

using namespace sb;
using core::Stage;
using ui::FunnelDefinition;
using ui::FunnelMeasure;
using ui::FunnelPage;

namespace {

// A workspace with the Funnel page on it.
struct FunnelFixture
{
    test::TempWorkspace ws;
    std::unique_ptr<ui::Workspace> workspace;
    QUndoStack undo;
    std::unique_ptr<FunnelPage> page;

    FunnelFixture() { test::clearSettings(); }

    const core::Database &db() const { return workspace ? workspace->database() : *ws.db; }

    void open()
    {
        workspace = std::make_unique<ui::Workspace>(std::move(ws.db));
        page = std::make_unique<FunnelPage>(ui::PageContext{workspace.get(), &undo});
        REQUIRE(settled());
    }

    bool settled()
    {
        return test::waitUntil([this] { return !page->isLoading() && page->analysis().has_value(); }, 30000);
    }

    // Changes the period and waits for the analysis of exactly that period.
    void setPeriod(const QDate &from, const QDate &to)
    {
        page->filterBar()->setPeriod(from, to);
        REQUIRE(test::waitUntil(
            [&] {
                return !page->isLoading() && page->analysis() && page->analysis()->request.period.from == from
                    && page->analysis()->request.period.to == to;
            },
            30000));
    }
};

core::Opportunity addDeal(const core::Database &db, const QString &code, const QString &customerId,
                          Stage stage, const QDate &created, core::Money amount = 1000,
                          const QString &reason = {}, const QString &competitor = {})
{
    core::Opportunity o;
    o.code = code;
    o.customerId = customerId;
    o.title = QStringLiteral("Deal ") + code;
    o.amount = amount;
    o.createdOn = created;
    o.expectedClose = created.addDays(90);
    o.stage = stage;
    o.probability = core::stage::defaultProbability(stage);
    o.lostReason = reason;
    o.lostCompetitor = competitor;
    if (core::stage::isClosed(stage))
        o.closedOn = created.addDays(30);
    return core::OpportunityRepository(db).create(o);
}

qint64 inkPixels(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++ink;
        }
    }
    return ink;
}

} // namespace

TEST_CASE(
    "On demo data the funnel page shows the stage counts funnelCounts gives for the same period and owner")
{
    FunnelFixture f;
    core::DemoOptions options;
    options.seed = 7;
    core::generateDemo(*f.ws.db, options);
    f.open();

    const QDate today = QDate::currentDate();
    const QDate from = today.addMonths(-9);
    f.setPeriod(from, today);
    const core::funnel::Period period{from, today};
    const core::funnel::PipelineConversion expected
        = core::funnel::conversionFromTally(core::funnelCounts(f.db(), period).reach);
    const ui::FunnelAnalysis &shown = *f.page->analysis();
    REQUIRE(expected.cohort > 0);
    CHECK(shown.byCount.pipeline.cohort == expected.cohort);
    REQUIRE(shown.byCount.pipeline.stages.size() == expected.stages.size());
    const ui::FunnelChartData &chart = f.page->chart()->chartData();
    REQUIRE(chart.rows.size() == 5);
    for (qsizetype i = 0; i < expected.stages.size(); ++i) {
        INFO("stage " << core::stage::key(expected.stages.at(i).stage).toStdString());
        CHECK(shown.byCount.pipeline.stages.at(i).reached == expected.stages.at(i).reached);
        CHECK(chart.rows.at(i).value.contains(QLocale().toString(expected.stages.at(i).reached)));
        CHECK(chart.rows.at(i).inside == ui::format::percent(expected.stages.at(i).cumulativeRate));
    }
    CHECK(chart.title.contains(ui::FunnelPresenter::definitionName(FunnelDefinition::Pipeline)));
    CHECK(chart.caption == ui::FunnelPresenter::definitionSentence(FunnelDefinition::Pipeline));

    // Every funnel the page switches to is the report the command line prints.
    for (const auto &[definition, measure] : {std::pair{FunnelDefinition::Pipeline, FunnelMeasure::Count},
                                              std::pair{FunnelDefinition::Pipeline, FunnelMeasure::Amount},
                                              std::pair{FunnelDefinition::Stage, FunnelMeasure::Count}}) {
        const core::FunnelReport cli
            = core::funnelReport(f.db(), core::FunnelReportRequest{period, {}, definition, measure});
        const core::FunnelReport &page = shown.report(definition, measure);
        INFO(core::funnelDefinitionKey(definition).toStdString()
             << " by " << core::funnelMeasureKey(measure).toStdString());
        CHECK(page.request.definition == definition);
        REQUIRE(page.pipeline.stages.size() == cli.pipeline.stages.size());
        for (qsizetype i = 0; i < cli.pipeline.stages.size(); ++i) {
            CHECK(page.pipeline.stages.at(i).reached == cli.pipeline.stages.at(i).reached);
            if (measure == FunnelMeasure::Amount)
                CHECK(page.pipeline.stages.at(i).amount == cli.pipeline.stages.at(i).amount);
        }
        REQUIRE(page.stages.size() == cli.stages.size());
        for (qsizetype i = 0; i < cli.stages.size(); ++i) {
            CHECK(page.stages.at(i).left == cli.stages.at(i).left);
            CHECK(page.stages.at(i).rate == cli.stages.at(i).rate);
            CHECK(page.stages.at(i).industryStep == cli.stages.at(i).industryStep);
        }
        CHECK(page.winRate.won == cli.winRate.won);
        CHECK(page.cycle.medianDays == cli.cycle.medianDays);
        REQUIRE(page.bottleneck.has_value() == cli.bottleneck.has_value());
        if (cli.bottleneck)
            CHECK(page.bottleneck->from == cli.bottleneck->from);
    }

    // The same with one owner chosen.
    QComboBox *owner = f.page->filterBar()->ownerBox();
    REQUIRE(owner->count() > 1);
    owner->setCurrentIndex(1);
    core::FunnelFilters filters;
    filters.owner = owner->currentData().toString();
    REQUIRE(test::waitUntil(
        [&] { return !f.page->isLoading() && f.page->analysis()->request.filters.owner == filters.owner; },
        30000));
    const core::FunnelCounts ownerCounts = core::funnelCounts(f.db(), period, filters);
    const core::funnel::PipelineConversion ownerExpected
        = core::funnel::conversionFromTally(ownerCounts.reach);
    CHECK(f.page->analysis()->byCount.pipeline.cohort == ownerExpected.cohort);
    CHECK(f.page->analysis()->byCount.pipeline.cohort < expected.cohort);
    for (qsizetype i = 0; i < ownerExpected.stages.size(); ++i)
        CHECK(f.page->analysis()->byCount.pipeline.stages.at(i).reached
              == ownerExpected.stages.at(i).reached);
    CHECK(f.page->analysis()->byCount.winRate.won == ownerCounts.winRate.won);
    CHECK(f.page->analysis()->byCount.winRate.lost == ownerCounts.winRate.lost);

    // And with one product line instead of the owner.
    owner->setCurrentIndex(0);
    QComboBox *line = f.page->filterBar()->productLineBox();
    CHECK(line->count() == core::funnelProductLines(f.db()).size() + 1);
    REQUIRE(line->count() > 1);
    line->setCurrentIndex(1);
    core::FunnelFilters byLine;
    byLine.productLine = line->currentData().toString();
    REQUIRE(test::waitUntil(
        [&] {
            return !f.page->isLoading() && f.page->analysis()->request.filters.owner.isEmpty()
                && f.page->analysis()->request.filters.productLine == byLine.productLine;
        },
        30000));
    const core::funnel::PipelineConversion lineExpected
        = core::funnel::conversionFromTally(core::funnelCounts(f.db(), period, byLine).reach);
    REQUIRE(lineExpected.cohort > 0);
    CHECK(lineExpected.cohort < expected.cohort);
    CHECK(f.page->analysis()->byCount.pipeline.cohort == lineExpected.cohort);
    for (qsizetype i = 0; i < lineExpected.stages.size(); ++i)
        CHECK(f.page->analysis()->byCount.pipeline.stages.at(i).reached == lineExpected.stages.at(i).reached);
}

TEST_CASE("The funnel chart renders the stages to an image and exports PNG and SVG")
{
    FunnelFixture f;
    core::generateDemo(*f.ws.db, core::DemoOptions{});
    f.open();
    ui::FunnelChart *chart = f.page->chart();
    REQUIRE(chart->chartData().rows.size() == 5);

    const QImage image = chart->toImage(QSize(900, 480));
    REQUIRE_FALSE(image.isNull());
    CHECK(inkPixels(image) > 900 * 480 / 20);
    // The widest bar, initial contact, is drawn in its stage colour at the top of the funnel.
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y)
        found = image.pixelColor(image.width() / 2 - 80, y) == ui::stageColor(Stage::InitialContact);
    CHECK(found);

    chart->resize(900, 480);
    const QString png = f.ws.dir.filePath(QStringLiteral("funnel.png"));
    const QString svg = f.ws.dir.filePath(QStringLiteral("funnel.svg"));
    CHECK(ui::ChartExport::save(chart, png).isEmpty());
    CHECK(ui::ChartExport::save(chart, svg, QStringLiteral("Funnel")).isEmpty());
    const QImage exported(png);
    CHECK(exported.width() >= 900);
    CHECK(inkPixels(exported.scaled(450, 240)) > 450 * 240 / 20);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    CHECK(drawing.contains("<svg"));
    CHECK(drawing.contains("<path"));

    // An empty period draws the explanation instead of bars, still not a blank image.
    f.setPeriod(QDate(1990, 1, 1), QDate(1990, 12, 31));
    CHECK(chart->chartData().rows.isEmpty());
    CHECK_FALSE(chart->chartData().emptyText.isEmpty());
    CHECK(inkPixels(chart->toImage(QSize(900, 480))) > 0);
}

TEST_CASE("The bottleneck panel names the step furthest below the industry rate, with the handbook's advice")
{
    FunnelFixture f;
    const core::Customer customer
        = test::addCustomer(*f.ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour"));
    const QDate created = QDate::currentDate().addDays(-40);
    // Ten deals: all reach needs confirmed (step 100%), one reaches proposal (step 10% against 62.5%).
    for (int i = 0; i < 9; ++i)
        addDeal(*f.ws.db, QStringLiteral("O-%1").arg(i), customer.meta.id, Stage::NeedsConfirmed, created);
    addDeal(*f.ws.db, QStringLiteral("O-9"), customer.meta.id, Stage::Proposal, created);
    f.open();
    f.setPeriod(created.addDays(-1), QDate::currentDate());

    const ui::BottleneckPanel *panel = f.page->bottleneckPanel();
    CHECK(panel->title().contains(core::stage::displayName(Stage::NeedsConfirmed)));
    CHECK(panel->title().contains(core::stage::displayName(Stage::Proposal)));
    CHECK(panel->comparison().contains(ui::format::percent(0.1)));
    CHECK(panel->comparison().contains(ui::format::percent(0.625)));
    CHECK(panel->advice() == core::funnel::bottleneckAdvice(Stage::NeedsConfirmed));
    const ui::FunnelChartData &chart = f.page->chart()->chartData();
    REQUIRE(chart.steps.size() == 4);
    CHECK(chart.steps.at(1).bottleneck);
    CHECK_FALSE(chart.steps.at(0).bottleneck);
    CHECK(chart.rows.at(1).rating == 1);
    CHECK(chart.rows.at(2).rating == -1);

    // Stage conversion: nothing left a stage in the period, so no bottleneck is named.
    f.page->setDefinition(FunnelDefinition::Stage);
    CHECK(f.page->chart()->chartData().title.contains(
        ui::FunnelPresenter::definitionName(FunnelDefinition::Stage)));
    CHECK(f.page->chart()->chartData().rows.isEmpty());
    CHECK(panel->advice().isEmpty());
}

TEST_CASE("Switching the definition and the measure redraws the funnel from the same analysis")
{
    FunnelFixture f;
    core::generateDemo(*f.ws.db, core::DemoOptions{});
    f.open();
    const ui::FunnelAnalysis &a = *f.page->analysis();

    f.page->setMeasure(FunnelMeasure::Amount);
    const ui::FunnelChartData &byAmount = f.page->chart()->chartData();
    REQUIRE(byAmount.rows.size() == 5);
    for (qsizetype i = 0; i < 5; ++i)
        CHECK(byAmount.rows.at(i).width == Approx(a.byAmount.pipeline.stages.at(i).amountCumulativeRate));
    CHECK(byAmount.title.contains(ui::FunnelPresenter::tr("by amount")));

    f.page->setDefinition(FunnelDefinition::Stage);
    CHECK_FALSE(f.page->isLoading());
    const ui::FunnelChartData &byStage = f.page->chart()->chartData();
    REQUIRE(byStage.rows.size() == 4);
    CHECK(byStage.caption == ui::FunnelPresenter::definitionSentence(FunnelDefinition::Stage));
    for (qsizetype i = 0; i < 4; ++i)
        CHECK(byStage.rows.at(i).inside == ui::format::percent(a.byStage.stages.at(i).rate));
}

TEST_CASE("Pipeline health shows win rate, lost reasons by stage and competitor, and the deals at risk")
{
    FunnelFixture f;
    const core::Customer customer
        = test::addCustomer(*f.ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour"));
    const QDate today = QDate::currentDate();
    addDeal(*f.ws.db, QStringLiteral("O-1"), customer.meta.id, Stage::Won, today.addDays(-60), 5000);
    addDeal(*f.ws.db, QStringLiteral("O-2"), customer.meta.id, Stage::Lost, today.addDays(-60), 3000,
            QStringLiteral("价格过高"), QStringLiteral("Atlas Systems"));
    addDeal(*f.ws.db, QStringLiteral("O-3"), customer.meta.id, Stage::Lost, today.addDays(-50), 2000,
            QStringLiteral("价格过高"), QStringLiteral("Atlas Systems"));
    addDeal(*f.ws.db, QStringLiteral("O-4"), customer.meta.id, Stage::Lost, today.addDays(-50), 1000,
            QStringLiteral("预算不足"));
    // Open and untouched for 100 days: stale and breaking every part of 2-2-2.
    addDeal(*f.ws.db, QStringLiteral("O-5"), customer.meta.id, Stage::InitialContact, today.addDays(-100),
            7000);
    f.open();
    f.setPeriod(today.addDays(-200), today);
    f.page->showHealth(true);

    ui::PipelineHealthView *health = f.page->healthView();
    CHECK(health->winRateLabel()->text() == ui::format::percent(0.25));

    QStandardItemModel *byStage = health->lostByStageModel();
    REQUIRE(byStage->rowCount() == 2);
    CHECK(byStage->item(0, 1)->text() == QStringLiteral("价格过高"));
    CHECK(byStage->item(0, 2)->text() == QStringLiteral("2"));
    QStandardItemModel *byCompetitor = health->lostByCompetitorModel();
    REQUIRE(byCompetitor->rowCount() == 2);
    CHECK(byCompetitor->item(0, 0)->text() == QStringLiteral("Atlas Systems"));

    const test::ModelTestWarnings warnings;
    ui::AtRiskModel *risk = health->atRiskModel();
    QAbstractItemModelTester tester(risk, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(risk->rowCount() == 1);
    CHECK(risk->rowAt(0).code == QStringLiteral("O-5"));
    CHECK(risk->rowAt(0).customer == QStringLiteral("Harbour"));
    CHECK(risk->rowAt(0).amount == 7000);
    const QString rules = risk->index(0, ui::AtRiskModel::Rules).data().toString();
    CHECK(rules.contains(QStringLiteral("100")));
    CHECK(risk->rowAt(0).rules.size() == 4);
    CHECK(risk->closedBreaches() >= 1);

    // A longer stale limit drops the stale rule but not the 2-2-2 breaches.
    health->setStaleDays(120);
    emit health->staleDaysChanged(120);
    REQUIRE(test::waitUntil(
        [&] { return !f.page->isLoading() && f.page->analysis()->request.staleDays == 120; }));
    REQUIRE(risk->rowCount() == 1);
    CHECK(risk->rowAt(0).rules.size() == 3);
    CHECK(warnings.messages().isEmpty());

    // Both charts have data to show.
    const auto barValues = [](QChartView *view) {
        double sum = 0;
        for (QAbstractSeries *series : view->chart()->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    sum += set->at(i);
            }
        }
        return sum;
    };
    CHECK(barValues(health->timeInStageChart()) > 0);
    CHECK(barValues(health->weightedChart()) > 0);
}

TEST_CASE("Edited stage probabilities are kept by the workspace and weigh the pipeline anew")
{
    FunnelFixture f;
    const core::Customer customer
        = test::addCustomer(*f.ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour"));
    const QDate today = QDate::currentDate();
    addDeal(*f.ws.db, QStringLiteral("O-1"), customer.meta.id, Stage::Proposal, today.addDays(-10), 10000);
    addDeal(*f.ws.db, QStringLiteral("O-2"), customer.meta.id, Stage::InitialContact, today.addDays(-5),
            20000);
    f.open();
    const auto weighted = [&f] {
        core::Money sum = 0;
        for (const core::funnel::PipelineMonth &month : f.page->analysis()->weighted)
            sum += month.weighted;
        return sum;
    };
    // Defaults: 10000 × 50 % + 20000 × 10 % = 7000.
    CHECK(weighted() == 7000);
    CHECK(f.page->healthView()->findChild<QPushButton *>(QStringLiteral("editProbabilities")));

    ui::StageProbabilitiesDialog dialog(*f.workspace);
    REQUIRE(dialog.box(Stage::Proposal));
    CHECK(dialog.box(Stage::Proposal)->value() == 50);
    CHECK_FALSE(dialog.box(Stage::Won));
    dialog.box(Stage::Proposal)->setValue(30);
    dialog.box(Stage::InitialContact)->setValue(5);
    dialog.accept();

    CHECK(core::stageProbabilities(f.db()).value(Stage::Proposal) == 30);
    // Saving reloads the page: 10000 × 30 % + 20000 × 5 % = 4000.
    REQUIRE(test::waitUntil([&] { return !f.page->isLoading() && weighted() == 4000; }));
    CHECK(f.page->analysis()->probabilities.value(Stage::InitialContact) == 5);
}
