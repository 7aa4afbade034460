// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importrunpage.h"

#include "core/domain/error.h"
#include "core/exchange/privatefiles.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/workspace.h"
#include "ui/exchange/entitynames.h"
#include "ui/exchange/importsession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <memory>

namespace sb::ui {

namespace {

// <workspace folder>/imports/<timestamp>-<entity>-report.csv, as the command line writes it.
QString reportPathFor(const QString &workspace, const QString &entity)
{
    const QDir dir(QFileInfo(workspace).absoluteDir().filePath(QStringLiteral("imports")));
    // Reports hold the values of the rows: private folder, private files.
    if (!core::privatefiles::makePrivateDir(dir.path()))
        return {};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return dir.filePath(stamp + u'-' + entity + QStringLiteral("-report.csv"));
}

struct RunOutput
{
    core::ImportResult result;
    QString reportPath;
    QString reportError;
};

} // namespace

ImportRunPage::ImportRunPage(Workspace &workspace, ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_session(session), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The workspace is backed up first; the rows are then written in one transaction."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Show the &result"));

    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        }
    });
    connect(m_job, &BackgroundJob::finished, this, [this](const TaskResult &result) {
        switch (result.status) {
        case TaskResult::Status::Done:
            break; // the continuation has called ended()
        case TaskResult::Status::Cancelled:
            ended(tr("The import was cancelled. Nothing was written."), {});
            break;
        case TaskResult::Status::Failed:
            ended(tr("The import failed. Nothing was written."), result.error);
            break;
        }
    });
}

void ImportRunPage::initializePage()
{
    m_label->setText(
        tr("Importing %1 from %2…")
            .arg(EntityNames::title(m_session.entity), QDir::toNativeSeparators(m_session.file)));
    start();
}

bool ImportRunPage::isRunning() const
{
    return m_job->isBusy();
}

void ImportRunPage::cancel()
{
    if (!m_job->isBusy())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::start()
{
    m_committed = false;
    m_session.result.reset();
    m_session.reportPath.clear();
    m_session.reportError.clear();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->clear();
    emit completeChanged();
    // Back would cancel the import (cleanupPage); while it runs only Cancel is offered.
    // Queued: the wizard sets its buttons after initializePage() returns.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (wizard() && m_job->isBusy())
                wizard()->button(QWizard::BackButton)->setEnabled(false);
        },
        Qt::QueuedConnection);

    const core::Database *db = &m_workspace.database();
    const QString file = m_session.file;
    const QString workspacePath = m_workspace.path();
    const core::ImportOptions options = m_session.options(false);
    auto output = std::make_shared<RunOutput>();
    m_job->start([=, this](const TaskProgress &progress) -> std::function<void()> {
        const std::unique_ptr<core::Database> connection = db->openConnection();
        output->result = core::runImport(*connection, file, options, progress);
        // The report is written after the commit: failing to write it must not look like a failed import.
        output->reportPath = reportPathFor(workspacePath, options.entity);
        if (output->reportPath.isEmpty()) {
            output->reportError = tr("The folder for import reports cannot be created.");
        } else {
            try {
                core::writeImportReport(output->result, output->reportPath);
            } catch (const core::Error &e) {
                output->reportError = e.message();
                output->reportPath.clear();
            }
        }
        return [this, output] {
            m_session.result = output->result;
            m_session.reportPath = output->reportPath;
            m_session.reportError = output->reportError;
            if (output->result.committed) {
                ended(tr("The import is complete."), {});
            } else {
                const QString why = output->result.firstErrorText();
                ended(tr("Nothing was written."), why);
            }
        };
    });
}

void ImportRunPage::ended(const QString &status, const QString &error)
{
    m_committed = m_session.result && m_session.result->committed;
    m_cancel->hide();
    m_progress->setRange(0, 1);
    m_progress->setValue(m_committed ? 1 : 0);
    m_status->setText(error.isEmpty() ? status : status + u'\n' + error);
    if (m_committed) {
        for (const QString &entity : EntityNames::affected(m_session.entity))
            m_workspace.notifyChanged(entity);
    }
    emit completeChanged();
    emit importEnded(m_committed);
    if (m_committed && wizard() && wizard()->currentPage() == this)
        QTimer::singleShot(0, wizard(), &QWizard::next);
}

void ImportRunPage::cleanupPage()
{
    cancel();
}

bool ImportRunPage::isComplete() const
{
    return m_committed && !m_job->isBusy();
}

} // namespace sb::ui
