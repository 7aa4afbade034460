// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importformatpage.h"

#include "ui/common/backgroundjob.h"
#include "ui/exchange/csvpreviewmodel.h"
#include "ui/exchange/importsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace sb::ui {

namespace {

QString encodingTitle(core::TextEncoding encoding)
{
    switch (encoding) {
    case core::TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case core::TextEncoding::Utf8Bom:
        return ImportFormatPage::tr("UTF-8 with BOM");
    case core::TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16 LE");
    case core::TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16 BE");
    case core::TextEncoding::Gb18030:
        return ImportFormatPage::tr("GB18030 (Chinese, GBK)");
    case core::TextEncoding::Windows1252:
        return ImportFormatPage::tr("Windows-1252 (Western)");
    }
    return {};
}

QString delimiterTitle(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportFormatPage::tr("Comma");
    case u';':
        return ImportFormatPage::tr("Semicolon");
    case u'\t':
        return ImportFormatPage::tr("Tab");
    case u'|':
        return ImportFormatPage::tr("Vertical bar (|)");
    default:
        return QString(delimiter);
    }
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_model(new CsvPreviewModel(this)),
      m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("Encoding and delimiter"));
    setSubTitle(
        tr("Check that the text reads correctly. If characters look garbled, choose another encoding."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QString());
    for (const core::TextEncoding e :
         {core::TextEncoding::Utf8, core::TextEncoding::Utf8Bom, core::TextEncoding::Gb18030,
          core::TextEncoding::Utf16Le, core::TextEncoding::Utf16Be, core::TextEncoding::Windows1252})
        m_encoding->addItem(encodingTitle(e), core::textencoding::name(e));

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    for (const QChar d : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')})
        m_delimiter->addItem(delimiterTitle(d), QString(d));

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("Automatic (ask when unclear)"), int(core::parse::DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day/month (31/12/2025)"), int(core::parse::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month/day (12/31/2025)"), int(core::parse::DateOrder::MonthFirst));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formatStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    for (QComboBox *combo : {m_encoding, m_delimiter, m_dateOrder})
        combo->setMinimumWidth(280);
    auto *form = new QFormLayout;
    // The choices are short: they stay at their natural width instead of spanning the page.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Dates &like 3/4/2025:"), m_dateOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    for (QComboBox *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reload);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportFormatPage::storeChoices);
    connect(m_job, &BackgroundJob::finished, this, [this](const TaskResult &result) {
        if (result.status != TaskResult::Status::Done) {
            m_model->clear();
            m_status->setText(result.error);
        }
        if (m_reloadPending) {
            reload();
            return;
        }
        emit completeChanged();
        emit previewShown();
    });
}

void ImportFormatPage::initializePage()
{
    // Show the session's choices (a loaded mapping may have set them) without reading twice.
    {
        const QSignalBlocker blockEncoding(m_encoding);
        const QSignalBlocker blockDelimiter(m_delimiter);
        const QSignalBlocker blockDates(m_dateOrder);
        m_encoding->setCurrentIndex(
            std::max(0,
                     m_encoding->findData(m_session.encoding ? core::textencoding::name(*m_session.encoding)
                                                             : QString())));
        m_delimiter->setCurrentIndex(std::max(
            0,
            m_delimiter->findData(m_session.delimiter.isNull() ? QString() : QString(m_session.delimiter))));
        m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(m_session.dateOrder))));
    }
    reload();
}

bool ImportFormatPage::isLoading() const
{
    return m_job->isBusy();
}

void ImportFormatPage::storeChoices()
{
    const QString encoding = m_encoding->currentData().toString();
    m_session.encoding = encoding.isEmpty() ? std::nullopt : core::textencoding::fromName(encoding);
    const QString delimiter = m_delimiter->currentData().toString();
    m_session.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    m_session.dateOrder = core::parse::DateOrder(m_dateOrder->currentData().toInt());
    m_session.dryRun.reset();
}

void ImportFormatPage::reload()
{
    storeChoices();
    m_loaded = false;
    emit completeChanged();
    if (m_job->isBusy()) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    m_status->setText(tr("Reading the file…"));
    auto preview = std::make_shared<CsvPreview>();
    const QString file = m_session.file;
    const auto encoding = m_session.encoding;
    const QChar delimiter = m_session.delimiter;
    const QLocale locale = m_session.locale;
    m_job->start([=, this](const TaskProgress &) -> std::function<void()> {
        *preview = CsvPreview::read(file, encoding, delimiter, locale);
        return [this, preview] {
            m_model->setPreview(*preview);
            showPreview();
        };
    });
}

void ImportFormatPage::showPreview()
{
    const CsvPreview &p = m_model->preview();
    m_loaded = p.error.isEmpty() && !p.headers.isEmpty();
    m_encoding->setItemText(0, tr("Detect (%1)").arg(encodingTitle(p.encoding)));
    if (!p.delimiter.isNull())
        m_delimiter->setItemText(0, tr("Detect (%1)").arg(delimiterTitle(p.delimiter)));
    QString status
        = tr("Columns: %1. Encoding: %2. Delimiter: %3.")
              .arg(QString::number(p.headers.size()), encodingTitle(p.encoding), delimiterTitle(p.delimiter));
    if (p.truncated)
        status += u' ' + tr("The first %1 records are shown.").arg(p.rows.size());
    if (!p.error.isEmpty())
        status = tr("The file cannot be read this way: %1").arg(p.error);
    m_status->setText(status);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
    if (m_loaded) {
        m_session.headers = p.headers;
        m_session.sample = p.rows.isEmpty() ? QStringList() : p.rows.first();
    }
}

bool ImportFormatPage::isComplete() const
{
    return m_loaded && !m_job->isBusy();
}

bool ImportFormatPage::validatePage()
{
    storeChoices();
    return isComplete();
}

} // namespace sb::ui
