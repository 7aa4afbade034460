// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exportdialog.h"

#include "core/domain/error.h"
#include "core/exchange/exporter.h"
#include "core/exchange/privatefiles.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/settingvalue.h"
#include "ui/exchange/entitynames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>

namespace sb::ui {

namespace {

const SettingValue<QString> &folderSetting()
{
    static const SettingValue<QString> setting(QStringLiteral("dialogs/export/folder"));
    return setting;
}

QString startFolder()
{
    const QString saved = folderSetting().get();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

struct ExportOutput
{
    qint64 rows = 0;
    QStringList files;
};

} // namespace

ExportDialog::ExportDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    m_entity->addItem(tr("All (one file each, into a folder)"), QString());
    for (const QString &entity : core::exportableEntities())
        m_entity->addItem(EntityNames::title(entity), entity);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(QStringLiteral("customers"))));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("CSV (comma-separated text)"), int(core::ExportOptions::Format::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(core::ExportOptions::Format::Xlsx));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (opens correctly in Excel)"),
                        int(core::CsvWriter::Encoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8"), int(core::CsvWriter::Encoding::Utf8));
    m_encoding->addItem(tr("GB18030 (older Chinese software)"), int(core::CsvWriter::Encoding::Gb18030));

    m_mask = new QCheckBox(tr("&Mask personal data (phone 138****1234, names 张*)"), this);
    m_mask->setObjectName(QStringLiteral("maskPersonalData"));

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setMinimumWidth(380);
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Records:"), m_entity);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_mask);
    form->addRow(tr("&Save to:"), targetRow);
    qobject_cast<QLabel *>(form->labelForField(targetRow))->setBuddy(m_target);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        }
    });
    connect(m_job, &BackgroundJob::finished, this, [this](const TaskResult &result) {
        m_export->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
        if (result.status == TaskResult::Status::Done)
            return; // finished() has reported it
        m_progress->hide();
        setInputsEnabled(true);
        if (result.status == TaskResult::Status::Failed)
            m_status->setText(tr("The export failed: %1").arg(result.error));
        else if (allEntities())
            m_status->setText(tr("The export was cancelled; the files finished before it stopped are kept."));
        else
            m_status->setText(tr("The export was cancelled; no file was written."));
        emit exportEnded(false);
    });
    updateChoices();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setEntity(const QString &entity)
{
    const int index = m_entity->findData(entity);
    if (index >= 0)
        m_entity->setCurrentIndex(index);
}

void ExportDialog::setTarget(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
    m_targetEdited = true;
}

QString ExportDialog::target() const
{
    return QDir::fromNativeSeparators(m_target->text().trimmed());
}

bool ExportDialog::isRunning() const
{
    return m_job->isBusy();
}

bool ExportDialog::allEntities() const
{
    return m_entity->currentData().toString().isEmpty();
}

QString ExportDialog::suffix() const
{
    return core::ExportOptions::Format(m_format->currentData().toInt()) == core::ExportOptions::Format::Xlsx
        ? QStringLiteral("xlsx")
        : QStringLiteral("csv");
}

void ExportDialog::updateChoices()
{
    const bool csv = suffix() == u"csv";
    m_encoding->setEnabled(csv);
    if (m_targetEdited && !target().isEmpty()) {
        // Keep the user's folder and name; only the extension follows the format.
        const QFileInfo info(target());
        if (!allEntities() && (info.suffix() == u"csv" || info.suffix() == u"xlsx"))
            m_target->setText(
                QDir::toNativeSeparators(info.path() + u'/' + info.completeBaseName() + u'.' + suffix()));
        return;
    }
    const QString stamp = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    const QString name = allEntities()
        ? QString(QStringLiteral("salesbench-export-") + stamp)
        : QString(m_entity->currentData().toString() + u'-' + stamp + u'.' + suffix());
    m_target->setText(QDir::toNativeSeparators(QDir(startFolder()).filePath(name)));
}

void ExportDialog::browse()
{
    QString path;
    if (allEntities()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export into folder"), QFileInfo(target()).path());
    } else {
        const QString filter = suffix() == u"csv" ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)");
        path = QFileDialog::getSaveFileName(this, tr("Export to file"), target(), filter);
    }
    if (!path.isEmpty())
        setTarget(path);
}

void ExportDialog::startExport()
{
    if (m_job->isBusy())
        return;
    const QString path = target();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose where to save the export."));
        return;
    }
    QStringList entities;
    if (allEntities())
        entities = core::exportableEntities();
    else
        entities.append(m_entity->currentData().toString());
    core::ExportOptions options;
    options.format = core::ExportOptions::Format(m_format->currentData().toInt());
    options.encoding = core::CsvWriter::Encoding(m_encoding->currentData().toInt());
    options.maskPersonalData = m_mask->isChecked();
    const bool all = allEntities();
    const QString ext = suffix();
    const core::Database *db = &m_db;
    auto output = std::make_shared<ExportOutput>();

    setInputsEnabled(false);
    m_export->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Exporting…"));
    m_rowsWritten = -1;
    m_job->start([=, this](const TaskProgress &progress) -> std::function<void()> {
        // Folders made for exports are owner-only, like the files in them (personal data).
        if (QString reason; all && !core::privatefiles::makePrivateDir(path, &reason))
            throw core::Error(
                core::Error::Kind::Database,
                tr("Cannot create the folder %1: %2").arg(QDir::toNativeSeparators(path), reason));
        const std::unique_ptr<core::Database> connection = db->openConnection();
        const qint64 count = entities.size();
        for (qint64 i = 0; i < count; ++i) {
            const QString file = all ? QDir(path).filePath(entities[i] + u'.' + ext) : path;
            const core::ExportProgress rows = [&progress, i, count](qint64) { return progress(i, count); };
            output->rows += core::exportEntity(*connection, entities[i], file, options, rows);
            output->files.append(file);
            if (!progress(i + 1, count))
                break;
        }
        return [this, output] { finished(output->rows, output->files); };
    });
}

void ExportDialog::setInputsEnabled(bool enabled)
{
    const QList<QWidget *> inputs = {m_entity, m_format, m_mask, m_target, m_browse};
    for (QWidget *input : inputs)
        input->setEnabled(enabled);
    m_encoding->setEnabled(enabled && suffix() == u"csv");
}

void ExportDialog::finished(qint64 rows, const QStringList &files)
{
    setInputsEnabled(true);
    m_rowsWritten = rows;
    m_progress->hide();
    const QLocale locale;
    if (files.size() == 1)
        m_status->setText(
            tr("%1 rows written to %2.").arg(locale.toString(rows), QDir::toNativeSeparators(files.first())));
    else
        m_status->setText(tr("%1 rows written to %2 files in %3.")
                              .arg(locale.toString(rows), locale.toString(files.size()),
                                   QDir::toNativeSeparators(target())));
    folderSetting().set(files.size() == 1 ? QFileInfo(files.first()).absolutePath() : target());
    emit exportEnded(true);
}

void ExportDialog::reject()
{
    if (m_job->isBusy()) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace sb::ui
