// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importdryrunpage.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/workspace.h"
#include "ui/exchange/importsession.h"
#include "ui/exchange/rowoutcomefiltermodel.h"
#include "ui/exchange/rowoutcomemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace sb::ui {

namespace {

void setProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    bar->setRange(0, 1000);
    bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

} // namespace

ImportDryRunPage::ImportDryRunPage(Workspace &workspace, ImportSession &session, QWidget *parent)
    : QWizardPage(parent),
      m_workspace(workspace),
      m_session(session),
      m_job(new BackgroundJob(this)),
      m_model(new RowOutcomeModel(this)),
      m_filter(new RowOutcomeFilterModel(this))
{
    setObjectName(QStringLiteral("importDryRunPage"));
    setTitle(tr("Preview (dry run)"));
    setSubTitle(tr("Every row is checked as if it were imported; nothing is written yet."));
    setButtonText(QWizard::NextButton, tr("&Import"));

    m_onError = new QComboBox(this);
    m_onError->setObjectName(QStringLiteral("onError"));
    m_onError->addItem(tr("Import nothing (abort)"), int(core::OnError::Abort));
    m_onError->addItem(tr("Skip the bad rows, import the others"), int(core::OnError::Skip));
    m_createCustomers = new QCheckBox(tr("Create missing &customers"), this);
    m_createCustomers->setObjectName(QStringLiteral("createCustomers"));
    m_createProducts = new QCheckBox(tr("Create missing &products"), this);
    m_createProducts->setObjectName(QStringLiteral("createProducts"));
    m_again = new QPushButton(tr("Check a&gain"), this);
    m_again->setObjectName(QStringLiteral("runAgain"));

    auto *options = new QHBoxLayout;
    auto *onErrorLabel = new QLabel(tr("On &error:"), this);
    onErrorLabel->setBuddy(m_onError);
    options->addWidget(onErrorLabel);
    options->addWidget(m_onError);
    options->addSpacing(12);
    options->addWidget(m_createCustomers);
    options->addWidget(m_createProducts);
    options->addStretch(1);
    options->addWidget(m_again);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dryRunProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);

    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->addItem(tr("All rows"), int(RowOutcomeFilterModel::Filter::All));
    m_actionFilter->addItem(tr("Errors and skipped"), int(RowOutcomeFilterModel::Filter::Problems));
    m_actionFilter->addItem(tr("New"), int(RowOutcomeFilterModel::Filter::Inserts));
    m_actionFilter->addItem(tr("Updates"), int(RowOutcomeFilterModel::Filter::Updates));
    m_actionFilter->addItem(tr("Unchanged"), int(RowOutcomeFilterModel::Filter::Unchanged));
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFilter(RowOutcomeFilterModel::Filter(m_actionFilter->currentData().toInt()));
    });
    m_saveErrors = new QPushButton(tr("&Save error list…"), this);
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportDryRunPage::saveErrors);
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_actionFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_actionFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_saveErrors);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("results"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RowOutcomeModel::Row, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_advice);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_onError, &QComboBox::currentIndexChanged, this, &ImportDryRunPage::run);
    connect(m_createCustomers, &QCheckBox::toggled, this, &ImportDryRunPage::run);
    connect(m_createProducts, &QCheckBox::toggled, this, &ImportDryRunPage::run);
    connect(m_again, &QPushButton::clicked, this, &ImportDryRunPage::run);
    connect(m_job, &BackgroundJob::progressed, this,
            [this](qint64 done, qint64 total) { setProgress(m_progress, done, total); });
    connect(m_job, &BackgroundJob::finished, this, [this](const TaskResult &result) {
        if (m_runPending) {
            run();
            return;
        }
        show(result.status == TaskResult::Status::Done ? QString() : result.error);
    });
}

void ImportDryRunPage::initializePage()
{
    const bool lines = m_session.entity == u"order-lines";
    m_createCustomers->setVisible(lines);
    m_createProducts->setVisible(lines);
    run();
}

bool ImportDryRunPage::isRunning() const
{
    return m_job->isBusy();
}

void ImportDryRunPage::cancel()
{
    m_runPending = false;
    m_job->cancel();
}

void ImportDryRunPage::run()
{
    m_session.onError = core::OnError(m_onError->currentData().toInt());
    m_session.createMissing.clear();
    if (m_createCustomers->isChecked())
        m_session.createMissing.append(QStringLiteral("customers"));
    if (m_createProducts->isChecked())
        m_session.createMissing.append(QStringLiteral("products"));
    m_session.dryRun.reset();
    if (m_job->isBusy()) {
        // The running check is for the old options: stop it and start again.
        m_runPending = true;
        m_job->cancel();
        emit completeChanged();
        return;
    }
    m_runPending = false;
    m_model->setOutcomes({});
    m_progress->setRange(0, 0);
    m_progress->show();
    m_counts->setText(tr("Checking every row…"));
    m_advice->clear();
    m_saveErrors->setEnabled(false);
    emit completeChanged();

    const core::Database *db = &m_workspace.database();
    const QString file = m_session.file;
    const core::ImportOptions options = m_session.options(true);
    auto result = std::make_shared<core::ImportResult>();
    m_job->start([=, this](const TaskProgress &progress) -> std::function<void()> {
        // The dry run writes inside a transaction it rolls back, on a connection of this thread.
        const std::unique_ptr<core::Database> connection = db->openConnection();
        *result = core::runImport(*connection, file, options, progress);
        return [this, result] { m_session.dryRun = *result; };
    });
}

void ImportDryRunPage::show(const QString &error)
{
    m_progress->hide();
    const auto &r = m_session.dryRun;
    if (!r) {
        m_model->setOutcomes({});
        m_counts->setText(tr("The file cannot be imported: %1").arg(error));
        m_advice->setText(tr("Go back to change the encoding, delimiter or mapping."));
        emit completeChanged();
        emit dryRunShown();
        return;
    }
    m_model->setOutcomes(r->details);
    const QLocale locale;
    m_counts->setText(tr("%1 rows: %2 new, %3 to update, %4 unchanged, %5 skipped, %6 with errors.")
                          .arg(locale.toString(r->rows), locale.toString(r->inserted),
                               locale.toString(r->updated), locale.toString(r->unchanged),
                               locale.toString(r->skipped), locale.toString(r->errors)));
    QStringList advice;
    const bool ambiguous = std::any_of(r->details.cbegin(), r->details.cend(),
                                       [](const core::RowOutcome &o) { return o.ambiguousDate; });
    if (ambiguous)
        advice.append(tr("Some dates could be day/month or month/day: go back and choose the date order."));
    if (r->errors > 0 && m_session.onError == core::OnError::Abort)
        advice.append(
            tr("Rows with errors stop the import. Correct the file, or choose to skip the bad rows."));
    else if (r->errors > 0)
        advice.append(tr("Rows with errors (%1) will be skipped and listed in the report.")
                          .arg(locale.toString(r->errors)));
    if (r->rows == 0)
        advice.append(tr("The file has no data rows."));
    if (r->details.size() < r->rows)
        advice.append(tr("The list shows every problem and the first %1 other rows.")
                          .arg(locale.toString(core::ImportResult::DetailLimit)));
    if (advice.isEmpty())
        advice.append(tr("Nothing has been written yet. Press Import to write these changes."));
    m_advice->setText(advice.join(u'\n'));
    const bool blocked = r->errors > 0 && m_session.onError == core::OnError::Abort;
    m_advice->setStyleSheet(blocked ? QStringLiteral("color: #c62828;") : QString());
    m_saveErrors->setEnabled(r->errors + r->skipped > 0);
    m_view->resizeColumnsToContents();
    emit completeChanged();
    emit dryRunShown();
}

bool ImportDryRunPage::isComplete() const
{
    const auto &r = m_session.dryRun;
    return !m_job->isBusy() && r && r->rows > 0
        && (r->errors == 0 || m_session.onError == core::OnError::Skip);
}

bool ImportDryRunPage::saveErrorsTo(const QString &path)
{
    if (!m_session.dryRun)
        return false;
    core::ImportResult problems = *m_session.dryRun;
    problems.details.removeIf([](const core::RowOutcome &o) {
        return o.action != core::RowAction::Error && o.action != core::RowAction::Skip;
    });
    try {
        core::writeImportReport(problems, path);
    } catch (const core::Error &e) {
        m_advice->setText(e.message());
        return false;
    }
    m_advice->setText(tr("Error list saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportDryRunPage::saveErrors()
{
    const QFileInfo source(m_session.file);
    const QString suggested = source.absolutePath() + QLatin1Char('/') + source.completeBaseName()
        + QStringLiteral("-errors.csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save error list"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveErrorsTo(path);
}

} // namespace sb::ui
