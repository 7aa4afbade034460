// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ABC segmentation page and the ABC class column of the customer list, on
// the deterministic demo data.
#include "uitestsupport.h"

#include "core/analytics/abc.h"
#include "core/demo/demogenerator.h"
#include "core/domain/money.h"
#include "core/storage/revenuequeries.h"
#include "ui/abc/abcmovementmodel.h"
#include "ui/abc/abcmovementpanel.h"
#include "ui/abc/abcpage.h"
#include "ui/abc/abcparameterbar.h"
#include "ui/abc/abcrankingmodel.h"
#include "ui/abc/abcsummarymodel.h"
#include "ui/abc/movedcustomersmodel.h"
#include "ui/abc/paretochart.h"
#include "ui/common/abccolors.h"
#include "ui/common/abcrule.h"
#include "ui/common/chartexport.h"
#include "ui/common/columnchooser.h"
#include "ui/common/format.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/workspace.h"
#include "ui/customers/customerfilterproxymodel.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sb;
using core::abc::Class;

namespace {

// The demo's data ends on this day; the analysed period is the year before it.
const QDate demoToday(2025, 6, 30);
const QDate periodFrom(2024, 7, 1);
const QDate periodTo(2025, 6, 30);

/// A demo workspace opened as the GUI opens one, with an undo stack.
struct DemoFixture
{
    test::TempWorkspace ws;
    std::unique_ptr<ui::Workspace> workspace;
    QUndoStack undoStack;

    DemoFixture()
    {
        test::clearSettings();
        core::DemoOptions options;
        options.today = demoToday;
        options.scale = QStringLiteral("small");
        core::generateDemo(*ws.db, options);
        workspace = std::make_unique<ui::Workspace>(std::move(ws.db));
    }

    const core::Database &db() const { return workspace->database(); }
    ui::PageContext context() { return {workspace.get(), &undoStack}; }
};

core::abc::AbcResult expected(const core::Database &db, double a, double b, QDate from = periodFrom,
                              QDate to = periodTo)
{
    return core::abc::classify(core::customerRevenue(db, from, to), core::abc::Method::Revenue, {a, b});
}

int shownCustomers(const ui::AbcSummaryModel &model, Class cls)
{
    return model.index(int(cls), ui::AbcSummaryModel::Customers).data(ui::SortRole).toInt();
}

/// Waits until the page shows an analysis with these thresholds over the test period.
bool waitForAnalysis(const ui::AbcPage &page, double a, double b)
{
    return test::waitUntil(
        [&] {
            const ui::AbcParameters &p = page.analysis().parameters;
            return !page.isLoading() && p.from == periodFrom && p.to == periodTo
                && qFuzzyCompare(p.thresholds.a, a) && qFuzzyCompare(p.thresholds.b, b)
                && page.rankingModel()->rowCount() > 0;
        },
        15000);
}

} // namespace

TEST_CASE("The ABC page opens on demo data and follows threshold A like abc::classify does")
{
    DemoFixture f;
    ui::AbcPage page(f.context());
    page.resize(1200, 800);
    page.parameterBar()->setPeriod(periodFrom, periodTo);
    page.parameterBar()->setThresholds(80, 95);
    REQUIRE(waitForAnalysis(page, 0.80, 0.95));

    const core::abc::AbcResult at80 = expected(f.db(), 0.80, 0.95);
    REQUIRE(at80.customerCount > 100);
    const ui::AbcSummaryModel &summary = *page.summaryModel();
    for (const Class cls : core::abc::allClasses())
        CHECK(shownCustomers(summary, cls) == at80.summary(cls).customers);
    CHECK(summary.index(ui::AbcSummaryModel::TotalRow, ui::AbcSummaryModel::Customers)
              .data(ui::SortRole)
              .toInt()
          == at80.customerCount);
    CHECK(page.rankingModel()->rowCount() == at80.customerCount);
    // Revenue is shown with two decimals and the locale's thousands separators.
    const QString revenue = summary.index(0, ui::AbcSummaryModel::Revenue).data().toString();
    CHECK(revenue == QLocale().toString(double(at80.summary(Class::A).revenue) / 100.0, 'f', 2));
    // Shares are written with a space before the sign on this page ("19.3 %").
    const QString share = summary.index(0, ui::AbcSummaryModel::CustomerShare).data().toString();
    CHECK(share
          == QLocale().toString(at80.summary(Class::A).customerShare * 100.0, 'f', 1) + QStringLiteral(" %"));

    // The user lowers threshold A with the spin box: the summary updates in place.
    page.parameterBar()->thresholdA()->setValue(50);
    REQUIRE(waitForAnalysis(page, 0.50, 0.95));
    const core::abc::AbcResult at50 = expected(f.db(), 0.50, 0.95);
    for (const Class cls : core::abc::allClasses())
        CHECK(shownCustomers(summary, cls) == at50.summary(cls).customers);
    CHECK(at50.summary(Class::A).customers < at80.summary(Class::A).customers);
    CHECK(shownCustomers(summary, Class::A) < at80.summary(Class::A).customers);
    CHECK(shownCustomers(summary, Class::C) == at80.summary(Class::C).customers);
    CHECK(page.summary().contains(QLocale().toString(at50.summary(Class::A).customers)));
}

TEST_CASE("Resource shares must add up to 100 % and thresholds A must not exceed B, said next to the fields")
{
    DemoFixture f;
    ui::AbcPage page(f.context());
    ui::AbcParameterBar &bar = *page.parameterBar();
    bar.setPeriod(periodFrom, periodTo);
    REQUIRE(waitForAnalysis(page, 0.80, 0.95));

    bar.setResources(60, 30, 20);
    CHECK_FALSE(bar.isValid());
    CHECK(bar.resourceMessage().contains(QStringLiteral("110")));
    auto *message = bar.findChild<QLabel *>(QStringLiteral("resourceMessage"));
    REQUIRE(message);
    CHECK_FALSE(message->isHidden());
    bar.setResources(50, 30, 20);
    CHECK(bar.isValid());
    CHECK(message->isHidden());
    REQUIRE(test::waitUntil(
        [&] { return !page.isLoading() && qFuzzyCompare(page.analysis().parameters.resources.a, 0.5); }));
    CHECK(page.summaryModel()->index(0, ui::AbcSummaryModel::ResourceShare).data(ui::SortRole).toDouble()
          == Approx(0.5));

    bar.setThresholds(90, 85);
    CHECK_FALSE(bar.thresholdMessage().isEmpty());
    CHECK_FALSE(bar.isValid());
}

TEST_CASE(
    "The Pareto chart draws bars per class, the cumulative line to 100 % and the thresholds, and renders")
{
    DemoFixture f;
    ui::AbcPage page(f.context());
    page.resize(1200, 800);
    page.show();
    page.parameterBar()->setPeriod(periodFrom, periodTo);
    REQUIRE(waitForAnalysis(page, 0.80, 0.95));

    ui::ParetoChartView &view = *page.chartView();
    const core::abc::AbcResult result = expected(f.db(), 0.80, 0.95);
    const QList<ui::ParetoBar> &bars = view.bars();
    REQUIRE_FALSE(bars.isEmpty());
    // Many customers: bars group them, at most kMaxBars (plus one per class boundary).
    CHECK(bars.size() <= ui::ParetoChartView::kMaxBars + 3);
    CHECK(bars.first().firstRank == 1);
    CHECK(bars.last().lastRank == result.customerCount);
    CHECK(bars.last().cumulativeShare == Approx(100.0));
    CHECK(bars.first().cls == Class::A);

    QChart *chart = view.chart();
    QStackedBarSeries *barSeries = nullptr;
    QList<QLineSeries *> lines;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *b = qobject_cast<QStackedBarSeries *>(series))
            barSeries = b;
        else if (auto *l = qobject_cast<QLineSeries *>(series))
            lines.append(l);
    }
    REQUIRE(barSeries);
    REQUIRE(barSeries->count() == 3);
    CHECK(barSeries->barSets().at(0)->count() == bars.size());
    REQUIRE(lines.size() == 3); // cumulative share, A and B thresholds
    CHECK(lines[0]->count() == bars.size());
    CHECK(lines[1]->at(0).y() == Approx(80.0));
    CHECK(lines[2]->at(0).y() == Approx(95.0));
    CHECK(chart->axes(Qt::Vertical).size() == 2);

    const QImage image = ui::ChartExport::render(&view);
    REQUIRE_FALSE(image.isNull());
    const QColor classA = ui::abccolors::classColor(Class::A);
    int classPixels = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixelColor(x, y) == classA)
                ++classPixels;
        }
    }
    CHECK(classPixels > 100);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("pareto.png"));
    const QString svg = dir.filePath(QStringLiteral("pareto.svg"));
    CHECK(ui::ChartExport::save(&view, png).isEmpty());
    CHECK(ui::ChartExport::save(&view, svg, QStringLiteral("Pareto")).isEmpty());
    CHECK(QImage(png).width() == image.width());
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    CHECK(svgFile.readAll().contains("<svg"));
    CHECK_FALSE(ui::ChartExport::save(&view, dir.filePath(QStringLiteral("pareto.gif"))).isEmpty());
}

TEST_CASE("Clicking a cell of the movement matrix lists its customers; A to B are the first calls")
{
    DemoFixture f;
    ui::AbcPage page(f.context());
    page.resize(1200, 800);
    page.show();
    page.parameterBar()->setPeriod(periodFrom, periodTo);
    REQUIRE(waitForAnalysis(page, 0.80, 0.95));

    const core::abc::Movement movement = core::abc::compareClasses(
        expected(f.db(), 0.80, 0.95, periodFrom.addYears(-1), periodTo.addYears(-1)),
        expected(f.db(), 0.80, 0.95));
    ui::AbcMovementPanel &panel = *page.movementPanel();
    page.tabs()->setCurrentWidget(&panel);
    QTableView &matrix = *panel.matrixView();
    for (int from = 0; from < 3; ++from) {
        for (int to = 0; to < 3; ++to)
            CHECK(matrix.model()->index(from, to).data(ui::SortRole).toInt()
                  == movement.count(Class(from), Class(to)));
    }

    // The A→B cell is chosen first.
    CHECK(panel.customers()->rowCount() == movement.count(Class::A, Class::B));
    CHECK(panel.cellCaption().contains(QStringLiteral("first calls")));

    // Click the busiest cell off the diagonal.
    Class busiestFrom = Class::A;
    Class busiestTo = Class::B;
    for (const Class from : core::abc::allClasses()) {
        for (const Class to : core::abc::allClasses()) {
            if (from != to && movement.count(from, to) > movement.count(busiestFrom, busiestTo)) {
                busiestFrom = from;
                busiestTo = to;
            }
        }
    }
    REQUIRE(movement.count(busiestFrom, busiestTo) > 0);
    const QModelIndex cell = matrix.model()->index(int(busiestFrom), int(busiestTo));
    QTest::mouseClick(matrix.viewport(), Qt::LeftButton, {}, matrix.visualRect(cell).center());
    const QList<core::abc::MovedCustomer> &expectedCustomers = movement.cell(busiestFrom, busiestTo);
    REQUIRE(panel.customers()->rowCount() == expectedCustomers.size());
    for (int row = 0; row < expectedCustomers.size(); ++row)
        CHECK(panel.customers()->customers().at(row).code == expectedCustomers.at(row).code);
    CHECK(panel.cellCaption().contains(core::abc::displayName(busiestFrom)));

    // The diagonal cell lists the customers that stayed.
    QTest::mouseClick(matrix.viewport(), Qt::LeftButton, {},
                      matrix.visualRect(matrix.model()->index(0, 0)).center());
    CHECK(panel.customers()->rowCount() == movement.count(Class::A, Class::A));
}

TEST_CASE("The ranked customers export to CSV and XLSX in rank order")
{
    DemoFixture f;
    ui::AbcPage page(f.context());
    page.parameterBar()->setPeriod(periodFrom, periodTo);
    REQUIRE(waitForAnalysis(page, 0.80, 0.95));
    const core::abc::AbcResult result = expected(f.db(), 0.80, 0.95);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("abc.csv"));
    REQUIRE(page.exportRanking(csvPath).isEmpty());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == result.customerCount + 1);
    const core::abc::Row &top = result.rows.first();
    CHECK(lines[1].startsWith(QStringLiteral("1,\"%1\"").arg(top.code)));
    CHECK(lines[1].contains(core::money::toDecimalString(top.revenue)));
    CHECK(lines[1].endsWith(QStringLiteral("\"A\"")));

    const QString xlsxPath = dir.filePath(QStringLiteral("abc.xlsx"));
    REQUIRE(page.exportRanking(xlsxPath).isEmpty());
    QFile xlsx(xlsxPath);
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == QByteArray("PK"));
    CHECK_FALSE(page.exportRanking(dir.filePath(QStringLiteral("abc.txt"))).isEmpty());
}

TEST_CASE("The ABC models pass QAbstractItemModelTester")
{
    DemoFixture f;
    const test::ModelTestWarnings warnings;
    ui::AbcSummaryModel summary;
    ui::AbcRankingModel ranking;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&ranking);
    sorted.setSortRole(ui::SortRole);
    ui::AbcMovementModel movementModel;
    ui::MovedCustomersModel moved;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Warning;
    QAbstractItemModelTester t1(&summary, mode);
    QAbstractItemModelTester t2(&ranking, mode);
    QAbstractItemModelTester t3(&sorted, mode);
    QAbstractItemModelTester t4(&movementModel, mode);
    QAbstractItemModelTester t5(&moved, mode);

    const core::abc::AbcResult now = expected(f.db(), 0.80, 0.95);
    const core::abc::Movement movement = core::abc::compareClasses(
        expected(f.db(), 0.80, 0.95, periodFrom.addYears(-1), periodTo.addYears(-1)), now);
    summary.setResult(now);
    ranking.setRows(now.rows);
    sorted.sort(ui::AbcRankingModel::Revenue, Qt::AscendingOrder);
    movementModel.setMovement(movement);
    moved.setCustomers(movement.cell(Class::A, Class::B));
    moved.setCustomers(movement.cell(Class::C, Class::C));
    ranking.setRows({});
    ranking.setRows(now.rows);

    CHECK(summary.rowCount() == 4);
    CHECK(ranking.rowCount() == now.customerCount);
    CHECK(sorted.index(0, ui::AbcRankingModel::Revenue).data(ui::SortRole).toLongLong()
          == now.rows.last().revenue);
    CHECK(movementModel.index(0, 1).data(ui::SortRole).toInt() == movement.count(Class::A, Class::B));
    CHECK(moved.rowCount() == movement.count(Class::C, Class::C));
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("The customer list shows each customer's ABC class and the class filter narrows the rows")
{
    DemoFixture f;
    ui::CustomersPage page(f.context());
    REQUIRE(test::waitUntil([&] { return !page.isLoading() && page.model()->hasClasses(); }, 15000));

    // The list classifies the demo's last 12 months by revenue.
    const QHash<QString, Class> classes
        = core::customerClasses(f.db(), demoToday.addMonths(-12).addDays(1), demoToday);
    const ui::CustomerTableModel &model = *page.model();
    REQUIRE(model.rowCount() == classes.size());
    int classA = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Class cls = classes.value(model.rowAt(row).customer.meta.id);
        CHECK(model.index(row, ui::CustomerTableModel::AbcClass).data().toString() == core::abc::key(cls));
        classA += cls == Class::A ? 1 : 0;
    }
    REQUIRE(classA > 0);
    REQUIRE(classA < model.rowCount());

    QComboBox &filter = *page.classFilter();
    filter.setCurrentIndex(filter.findData(int(Class::A)));
    const QAbstractItemModel &shown = *page.proxy();
    CHECK(shown.rowCount() == classA);
    for (int row = 0; row < shown.rowCount(); ++row)
        CHECK(shown.index(row, ui::CustomerTableModel::AbcClass).data().toString() == QStringLiteral("A"));
    CHECK(page.summary().contains(QLocale().toString(classA)));

    // Filters combine: an industry narrows class A further.
    QComboBox &industry = *page.industryFilter();
    REQUIRE(industry.count() > 2);
    industry.setCurrentIndex(1);
    const QString chosen = industry.currentData().toString();
    CHECK(shown.rowCount() <= classA);
    for (int row = 0; row < shown.rowCount(); ++row)
        CHECK(shown.index(row, ui::CustomerTableModel::Industry).data().toString() == chosen);

    filter.setCurrentIndex(0);
    industry.setCurrentIndex(0);
    CHECK(shown.rowCount() == model.rowCount());
}

TEST_CASE("The customer list classifies by the ABC page's thresholds and remembers its columns")
{
    DemoFixture f;
    {
        // Thresholds set on the ABC page are saved and apply to the customer list.
        ui::AbcPage abc(f.context());
        abc.findChild<ui::AbcParameterBar *>()->setThresholds(50, 90);
        REQUIRE(test::waitUntil([&] { return !abc.isLoading(); }, 15000));
        QTest::qWait(ui::AbcParameterBar::kDebounceMs + 50);
        REQUIRE(test::waitUntil([&] { return !abc.isLoading(); }, 15000));
    }
    const auto [method, thresholds] = ui::AbcRule::saved();
    CHECK(method == core::abc::Method::Revenue);
    CHECK(thresholds.a == Approx(0.5));
    CHECK(thresholds.b == Approx(0.9));

    const QHash<QString, Class> expectedClasses = core::customerClasses(
        f.db(), demoToday.addMonths(-12).addDays(1), demoToday, {0.5, 0.9}, core::abc::Method::Revenue);
    const QHash<QString, Class> defaultClasses
        = core::customerClasses(f.db(), demoToday.addMonths(-12).addDays(1), demoToday);
    REQUIRE(expectedClasses != defaultClasses);
    {
        ui::CustomersPage page(f.context());
        REQUIRE(test::waitUntil([&] { return !page.isLoading() && page.model()->hasClasses(); }, 15000));
        const ui::CustomerTableModel &model = *page.model();
        for (int row = 0; row < model.rowCount(); ++row) {
            const Class cls = expectedClasses.value(model.rowAt(row).customer.meta.id);
            CHECK(model.index(row, ui::CustomerTableModel::AbcClass).data().toString()
                  == core::abc::key(cls));
        }
        // Hiding a column from the header's chooser is remembered by the next list.
        auto *chooser = page.findChild<ui::ColumnChooser *>();
        REQUIRE(chooser);
        CHECK_FALSE(page.view()->horizontalHeader()->isSectionHidden(ui::CustomerTableModel::AbcClass));
        chooser->setColumnVisible(ui::CustomerTableModel::Industry, false);
    }
    ui::CustomersPage again(f.context());
    CHECK(again.view()->horizontalHeader()->isSectionHidden(ui::CustomerTableModel::Industry));
    CHECK_FALSE(again.view()->horizontalHeader()->isSectionHidden(ui::CustomerTableModel::AbcClass));
    REQUIRE(test::waitUntil([&] { return !again.isLoading(); }, 15000));
}

TEST_CASE("Percentages: the ABC page writes \"45.2 %\", the funnel and the opportunities \"45.2%\"")
{
    CHECK(ui::format::percentSpaced(0.4523) == QLocale().toString(45.2, 'f', 1) + QStringLiteral(" %"));
    CHECK(ui::format::percentSpaced(0.4523, 2) == QLocale().toString(45.23, 'f', 2) + QStringLiteral(" %"));
    CHECK(ui::format::percentSpaced(0.8, 0) == QStringLiteral("80 %"));
    CHECK(ui::format::percent(0.4523) == QLocale().toString(45.2, 'f', 1) + QStringLiteral("%"));
    CHECK(ui::format::percent(std::nullopt) == QStringLiteral("–"));
}
