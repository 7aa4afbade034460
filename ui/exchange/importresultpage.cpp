// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importresultpage.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/workspace.h"
#include "ui/exchange/entitynames.h"
#include "ui/exchange/importsession.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace sb::ui {

namespace {

QString fileLink(const QString &path)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(),
             QDir::toNativeSeparators(path).toHtmlEscaped());
}

} // namespace

ImportResultPage::ImportResultPage(Workspace &workspace, ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_session(session), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Import complete"));
    setSubTitle(tr("The records are in the workspace. If something looks wrong, the import can be undone."));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_files = new QLabel(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setWordWrap(true);
    m_files->setTextFormat(Qt::RichText);
    m_files->setOpenExternalLinks(true);
    m_files->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_undo = new QPushButton(tr("&Undo import"), this);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undoStatus = new QLabel(this);
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    m_undoStatus->setWordWrap(true);
    m_undoStatus->setTextFormat(Qt::PlainText);

    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addWidget(m_undoStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_files);
    layout->addSpacing(16);
    layout->addLayout(undoRow);
    layout->addStretch(1);

    connect(m_undo, &QPushButton::clicked, this, &ImportResultPage::undo);
    connect(m_job, &BackgroundJob::finished, this, [this](const TaskResult &result) {
        if (result.status == TaskResult::Status::Done)
            return; // the continuation has reported it
        m_undo->setEnabled(true);
        m_undoStatus->setText(tr("The import could not be undone: %1").arg(result.error));
        emit undoEnded(false);
    });
}

void ImportResultPage::initializePage()
{
    m_undoStatus->clear();
    if (!m_session.result) {
        m_summary->clear();
        m_files->clear();
        m_undo->setEnabled(false);
        return;
    }
    const core::ImportResult &r = *m_session.result;
    const QLocale locale;
    m_summary->setText(tr("%1: %2 rows read — %3 added, %4 updated, %5 unchanged, %6 not imported.")
                           .arg(EntityNames::title(r.entity), locale.toString(r.rows),
                                locale.toString(r.inserted), locale.toString(r.updated),
                                locale.toString(r.unchanged), locale.toString(r.skipped + r.errors)));
    QStringList files;
    if (!r.backupPath.isEmpty())
        files.append(tr("Backup taken before the import: %1").arg(fileLink(r.backupPath)));
    if (!m_session.reportPath.isEmpty())
        files.append(
            tr("Report (every row not imported, with its reason): %1").arg(fileLink(m_session.reportPath)));
    else if (!m_session.reportError.isEmpty())
        files.append(tr("The report could not be written: %1").arg(m_session.reportError.toHtmlEscaped()));
    m_files->setText(files.join(QStringLiteral("<br>")));
    m_undo->setEnabled(r.committed && r.runSeq > 0);
}

bool ImportResultPage::isUndoing() const
{
    return m_job->isBusy();
}

void ImportResultPage::undo()
{
    if (!m_session.result || m_job->isBusy())
        return;
    m_undo->setEnabled(false);
    m_undoStatus->setText(tr("Undoing the import…"));
    const core::Database *db = &m_workspace.database();
    const qint64 runSeq = m_session.result->runSeq;
    auto undone = std::make_shared<core::UndoImportResult>();
    m_job->start([=, this](const TaskProgress &) -> std::function<void()> {
        const std::unique_ptr<core::Database> connection = db->openConnection();
        // Only this wizard's import: a later one (another window, the command line) comes first.
        const auto last = core::undoableImport(*connection);
        if (!last || last->seq != runSeq)
            throw core::Error(core::Error::Kind::Data,
                              tr("another import was made after this one; undo that one first."));
        *undone = core::undoLastImport(*connection);
        return [this, undone] {
            const QLocale locale;
            m_undoStatus->setText(
                tr("The import was undone: %1 added record(s) removed, %2 updated record(s) "
                   "given their previous values back.")
                    .arg(locale.toString(undone->removed), locale.toString(undone->restored)));
            for (const QString &entity : EntityNames::affected(undone->run.entity))
                m_workspace.notifyChanged(entity);
            emit undoEnded(true);
        };
    });
}

} // namespace sb::ui
