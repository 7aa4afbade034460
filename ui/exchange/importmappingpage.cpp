// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importmappingpage.h"

#include "core/domain/error.h"
#include "ui/exchange/columnmappingmodel.h"
#include "ui/exchange/fieldcombodelegate.h"
#include "ui/exchange/importsession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::ui {

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_model(new ColumnMappingModel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Choose the field each column of the file is imported as. Fields marked * are required."));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("mapping"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ColumnMappingModel::Field, new FieldComboDelegate(m_model, m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::SourceColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Sample, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Field, QHeaderView::Interactive);

    m_required = new QLabel(this);
    m_required->setObjectName(QStringLiteral("requiredFields"));
    m_required->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828; font-weight: 600;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);

    auto *save = new QPushButton(tr("&Save mapping…"), this);
    save->setObjectName(QStringLiteral("saveMapping"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    auto *load = new QPushButton(tr("&Load mapping…"), this);
    load->setObjectName(QStringLiteral("loadMapping"));
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(load);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_required);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_model, &ColumnMappingModel::mappingChanged, this, &ImportMappingPage::mappingEdited);
}

void ImportMappingPage::initializePage()
{
    // A new file or entity gets a fresh suggestion; coming back keeps the edits.
    if (m_session.mappingEntity != m_session.entity || m_session.mappingHeaders != m_session.headers) {
        m_session.mapping = core::ImportMapping::suggest(m_session.entity, m_session.headers);
        m_session.mappingEntity = m_session.entity;
        m_session.mappingHeaders = m_session.headers;
        m_message->clear();
    }
    showMapping();
}

void ImportMappingPage::showMapping()
{
    m_model->setMapping(m_session.entity, m_session.headers, m_session.sample, m_session.mapping);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->openPersistentEditor(m_model->index(row, ColumnMappingModel::Field));
    m_view->resizeColumnToContents(ColumnMappingModel::Field);
    m_view->setColumnWidth(ColumnMappingModel::Field,
                           std::max(m_view->columnWidth(ColumnMappingModel::Field), 220));
    QStringList required;
    for (const MappingField &field : m_model->fields()) {
        if (field.required)
            required.append(field.name);
    }
    m_required->setText(tr("Required: %1").arg(required.join(QStringLiteral(", "))));
}

void ImportMappingPage::mappingEdited()
{
    m_session.mapping = m_model->mapping();
    m_session.dryRun.reset();
    QStringList problems;
    const QStringList missing = m_model->missingRequired();
    if (!missing.isEmpty())
        problems.append(tr("No column is imported as the required field(s): %1.")
                            .arg(missing.join(QStringLiteral(", "))));
    const QStringList duplicates = m_model->duplicateFields();
    if (!duplicates.isEmpty())
        problems.append(
            tr("More than one column is imported as: %1.").arg(duplicates.join(QStringLiteral(", "))));
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_model->rowCount() > 0 && m_model->missingRequired().isEmpty()
        && m_model->duplicateFields().isEmpty();
}

bool ImportMappingPage::saveMappingTo(const QString &path)
{
    try {
        m_session.mappingToSave().save(path);
    } catch (const core::Error &e) {
        m_message->setText(e.message());
        return false;
    }
    m_message->setText(tr("Mapping saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ImportMappingPage::loadMappingFrom(const QString &path)
{
    core::ImportMapping loaded;
    try {
        loaded = core::ImportMapping::load(path, m_session.entity);
    } catch (const core::Error &e) {
        m_message->setText(e.message());
        return false;
    }
    if (!loaded.entity.isEmpty() && loaded.entity != m_session.entity) {
        m_message->setText(tr("This mapping is for %1, not %2.").arg(loaded.entity, m_session.entity));
        return false;
    }
    QStringList unknown;
    for (const auto &[column, fields] : std::as_const(loaded.columns)) {
        if (!m_session.headers.contains(column.trimmed()))
            unknown.append(column);
    }
    m_session.mapping = loaded;
    m_session.adoptFormatOf(loaded);
    showMapping();
    m_message->setText(unknown.isEmpty()
                           ? tr("Mapping loaded from %1.").arg(QDir::toNativeSeparators(path))
                           : tr("Mapping loaded; the file has no column(s) %1, so they are left out.")
                                 .arg(unknown.join(QStringLiteral(", "))));
    return true;
}

void ImportMappingPage::saveMapping()
{
    const QString suggested = QFileInfo(m_session.file).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_session.file).completeBaseName() + QStringLiteral("-mapping.json");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save mapping"), suggested, tr("Mapping files (*.json)"));
    if (!path.isEmpty())
        saveMappingTo(path);
}

void ImportMappingPage::loadMapping()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Load mapping"), QFileInfo(m_session.file).absolutePath(),
                                       tr("Mapping files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadMappingFrom(path);
}

} // namespace sb::ui
