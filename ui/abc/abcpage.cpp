// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcpage.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "ui/abc/abcexport.h"
#include "ui/abc/abcmovementpanel.h"
#include "ui/abc/abcparameterbar.h"
#include "ui/abc/abcrankingmodel.h"
#include "ui/abc/abcsummarymodel.h"
#include "ui/abc/paretochart.h"
#include "ui/common/abcrule.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/chartexport.h"
#include "ui/common/format.h"
#include "ui/common/pageheader.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/settingvalue.h"
#include "ui/common/workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace sb::ui {

AbcPage::AbcPage(const PageContext &context, QWidget *parent)
    : Page(context, parent),
      m_worker(new BackgroundJob(this)),
      m_summary(new AbcSummaryModel(this)),
      m_ranking(new AbcRankingModel(this)),
      m_rankingProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("abcPage"));
    m_rankingProxy->setSourceModel(m_ranking);
    m_rankingProxy->setSortRole(SortRole);
    m_rankingProxy->setFilterRole(EnumKeyRole);
    m_rankingProxy->setFilterKeyColumn(AbcRankingModel::ClassKey);

    auto *header
        = new PageHeader(tr("ABC segmentation"),
                         tr("Customers ranked by revenue (confirmed, delivered and closed orders) and put "
                            "in classes: A brings most of the revenue and deserves most of the resources."),
                         this);
    m_parameters = new AbcParameterBar(analysisAnchorDay(workspace().database()), this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("abcHeadline"));
    m_headline->setWordWrap(true);
    QFont strong = m_headline->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.1);
    strong.setWeight(QFont::DemiBold);
    m_headline->setFont(strong);

    m_movement = new AbcMovementPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("abcTabs"));
    m_tabs->addTab(buildOverviewTab(), tr("&Summary and Pareto chart"));
    m_tabs->addTab(buildCustomersTab(), tr("Ranked c&ustomers"));
    m_tabs->addTab(m_movement, tr("Class mo&vement"));
    // The tab the user looked at last opens again.
    static const SettingValue<int> tabSetting(QStringLiteral("pages/abc/tab"), 0);
    m_tabs->setCurrentIndex(std::clamp(tabSetting.get(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { tabSetting.set(index); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_parameters);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);

    connect(m_parameters, &AbcParameterBar::parametersChanged, this, &AbcPage::refresh);
    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        static const QStringList affecting
            = {QStringLiteral("orders"), QStringLiteral("customers"), QStringLiteral("*")};
        if (!affecting.contains(entity))
            return;
        // Revenue must be read again, not taken from the cache.
        m_analysis.revenue = {};
        m_analysis.earlierRevenue = {};
        refresh();
    });
    refresh();
}

AbcPage::~AbcPage() = default;

QWidget *AbcPage::buildOverviewTab()
{
    auto *tab = new QWidget(this);
    m_summaryView = new RecordTableView(tab);
    m_summaryView->setObjectName(QStringLiteral("abcSummary"));
    m_summaryView->setModel(m_summary);
    m_summaryView->setSortingEnabled(false);
    m_summaryView->setAlternatingRowColors(false);
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryView->setFocusPolicy(Qt::NoFocus);
    m_summaryView->horizontalHeader()->setSectionsMovable(false);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rows = m_summary->rowCount();
    m_summaryView->setFixedHeight(m_summaryView->horizontalHeader()->sizeHint().height()
                                  + rows * m_summaryView->verticalHeader()->defaultSectionSize() + 4);

    m_chart = new ParetoChartView(tab);
    auto *exportChart = new QPushButton(tr("Export &chart…"), tab);
    exportChart->setObjectName(QStringLiteral("exportChart"));
    exportChart->setToolTip(tr("Save the Pareto chart as a PNG image or an SVG drawing"));
    connect(exportChart, &QPushButton::clicked, this,
            [this] { ChartExport::saveWithDialog(m_chart, tr("pareto-chart"), m_chart->chart()->title()); });
    auto *chartBar = new QHBoxLayout;
    chartBar->addStretch();
    chartBar->addWidget(exportChart);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_summaryView);
    layout->addWidget(m_chart, 1);
    layout->addLayout(chartBar);
    return tab;
}

QWidget *AbcPage::buildCustomersTab()
{
    auto *tab = new QWidget(this);
    m_classFilter = new QComboBox(tab);
    m_classFilter->setObjectName(QStringLiteral("rankingClassFilter"));
    m_classFilter->addItem(tr("All classes"), QString());
    for (const core::abc::Class cls : core::abc::allClasses())
        m_classFilter->addItem(core::abc::displayName(cls), core::abc::key(cls));
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_classFilter->currentData().toString();
        m_rankingProxy->setFilterRegularExpression(key.isEmpty() ? QString()
                                                                 : QStringLiteral("^%1$").arg(key));
    });
    auto *classLabel = new QLabel(tr("Show c&lass:"), tab);
    classLabel->setBuddy(m_classFilter);
    auto *exportButton = new QPushButton(tr("&Export…"), tab);
    exportButton->setObjectName(QStringLiteral("exportRanking"));
    exportButton->setToolTip(tr("Save the ranked customers as an Excel workbook or a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &AbcPage::exportRankingWithDialog);

    m_rankingView = new RecordTableView(tab);
    m_rankingView->setObjectName(QStringLiteral("abcRanking"));
    m_rankingView->setModel(m_rankingProxy);
    m_rankingView->setColumnWidthsInCharacters({7, 14, 40, 16, 10, 12, 6});
    m_rankingView->horizontalHeader()->setSortIndicator(AbcRankingModel::Rank, Qt::AscendingOrder);
    m_rankingView->horizontalHeader()->setStretchLastSection(false);
    m_rankingView->horizontalHeader()->setSectionResizeMode(AbcRankingModel::Name, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(classLabel);
    bar->addWidget(m_classFilter);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_rankingView, 1);
    return tab;
}

QString AbcPage::summary() const
{
    if (!m_hasResult)
        return tr("Analysing…");
    const core::abc::AbcResult &r = m_analysis.current;
    return tr("%1 customers: A %2 · B %3 · C %4")
        .arg(format::count(r.customerCount), format::count(r.summary(core::abc::Class::A).customers),
             format::count(r.summary(core::abc::Class::B).customers),
             format::count(r.summary(core::abc::Class::C).customers));
}

void AbcPage::activate()
{
    m_parameters->setFocus(Qt::OtherFocusReason);
}

bool AbcPage::isLoading() const
{
    return m_worker->isBusy();
}

void AbcPage::refresh()
{
    if (!m_parameters->isValid())
        return;
    const AbcParameters parameters = m_parameters->parameters();
    const AbcRevenue cached = m_analysis.revenue;
    const AbcRevenue cachedEarlier = m_analysis.earlierRevenue;
    m_worker->submitReading(
        workspace().database(),
        [this, parameters, cached, cachedEarlier](const core::Database &db) -> std::function<void()> {
            auto analysis
                = std::make_shared<const AbcAnalysis>(runAbcAnalysis(db, parameters, cached, cachedEarlier));
            return [this, analysis] { showAnalysis(*analysis); };
        },
        [this](const QString &message) { showFailure(message); });
    emit summaryChanged();
}

QString AbcPage::periodText(QDate from, QDate to) const
{
    return tr("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

void AbcPage::showAnalysis(const AbcAnalysis &analysis)
{
    m_analysis = analysis;
    m_hasResult = true;
    const AbcParameters &p = analysis.parameters;
    const core::abc::AbcResult &r = analysis.current;
    m_summary->setResult(r);
    m_ranking->setRows(r.rows);
    const QString period = periodText(p.from, p.to);
    m_chart->setResult(r, period);
    m_movement->setMovement(
        analysis.movement,
        tr("Class movement from %1 (%2) to %3.")
            .arg(periodText(p.earlierFrom(), p.earlierTo()), AbcPeriods::displayName(p.comparison), period));

    const core::abc::ClassSummary &a = r.summary(core::abc::Class::A);
    if (r.totalRevenue <= 0) {
        m_headline->setText(tr("No revenue from %1 to %2: every customer is in class C.")
                                .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)));
    } else {
        m_headline->setText(tr("%1 of customers (%2 in class A) bring %3 of the revenue of %4 (%5).")
                                .arg(format::percentSpaced(a.customerShare), format::count(a.customers),
                                     format::percentSpaced(a.revenueShare), format::money(r.totalRevenue),
                                     period));
    }
    emit summaryChanged();
    emit analysed();
}

void AbcPage::showFailure(const QString &message)
{
    workspace().reportError(message);
    emit summaryChanged();
}

QString AbcPage::exportRanking(const QString &path)
{
    try {
        AbcExport::write(m_analysis.current, path);
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}

void AbcPage::exportRankingWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("abc-%1-%2")
                             .arg(m_analysis.parameters.from.toString(Qt::ISODate),
                                  m_analysis.parameters.to.toString(Qt::ISODate));
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export ranked customers"),
                                                QDir(folder).filePath(name + QStringLiteral(".xlsx")),
                                                tr("Excel workbook (*.xlsx);;CSV file (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const core::abc::AbcResult result = m_analysis.current;
    const TaskResult outcome = BackgroundJob::runWithProgress(
        this, tr("Exporting %1 customers…").arg(format::count(result.rows.size())),
        [result, path](const TaskProgress &) { AbcExport::write(result, path); });
    if (outcome.status == TaskResult::Status::Failed)
        QMessageBox::warning(this, tr("Export ranked customers"), outcome.error);
}

} // namespace sb::ui
