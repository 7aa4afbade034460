// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importsourcepage.h"

#include "core/exchange/importfields.h"
#include "ui/exchange/entitynames.h"
#include "ui/exchange/importsession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

ImportSourcePage::ImportSourcePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importSourcePage"));
    setTitle(tr("What to import"));
    setSubTitle(
        tr("Choose what the file holds and the CSV file to read. Nothing is written until the last step."));

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    for (const QString &entity : core::importfields::entities())
        m_entity->addItem(EntityNames::title(entity), entity);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(QStringLiteral("customers"))));
    connect(m_entity, &QComboBox::activated, this, [this] { m_entityChosen = true; });
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        updateHint();
        emit completeChanged();
    });

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("A .csv file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit completeChanged();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("sourceHint"));
    m_hint->setWordWrap(true);

    m_entity->setMinimumWidth(280);
    auto *entityRow = new QHBoxLayout;
    entityRow->addWidget(m_entity);
    entityRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Records:"), entityRow);
    qobject_cast<QLabel *>(form->labelForField(entityRow))->setBuddy(m_entity);
    form->addRow(tr("&File:"), fileRow);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_file);

    auto *tip = new QLabel(tr("Tip: you can also drag a CSV file onto the main window."), this);
    tip->setWordWrap(true);
    tip->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(tip);
    setTabOrder(m_entity, m_file);
    setTabOrder(m_file, browse);
    updateHint();
}

void ImportSourcePage::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    const QString guessed = entityFromFileName(path);
    if (!guessed.isEmpty() && !m_entityChosen)
        setEntity(guessed);
}

void ImportSourcePage::setEntity(const QString &entity)
{
    const int index = m_entity->findData(entity);
    if (index >= 0)
        m_entity->setCurrentIndex(index);
}

QString ImportSourcePage::entityFromFileName(const QString &path)
{
    const QString name = QFileInfo(path).completeBaseName().toLower();
    // Longer names first, so "order-lines" wins over "orders" and 订单明细 over 订单.
    static const QList<std::pair<QString, QString>> words = {
        {QStringLiteral("order-lines"), QStringLiteral("order-lines")},
        {QStringLiteral("order_lines"), QStringLiteral("order-lines")},
        {QStringLiteral("订单明细"), QStringLiteral("order-lines")},
        {QStringLiteral("stage-history"), QStringLiteral("stage-history")},
        {QStringLiteral("opportunit"), QStringLiteral("opportunities")},
        {QStringLiteral("商机"), QStringLiteral("opportunities")},
        {QStringLiteral("customer"), QStringLiteral("customers")},
        {QStringLiteral("客户"), QStringLiteral("customers")},
        {QStringLiteral("product"), QStringLiteral("products")},
        {QStringLiteral("产品"), QStringLiteral("products")},
        {QStringLiteral("order"), QStringLiteral("orders")},
        {QStringLiteral("订单"), QStringLiteral("orders")},
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("activit"), QStringLiteral("activities")},
        {QStringLiteral("ticket"), QStringLiteral("tickets")},
        {QStringLiteral("target"), QStringLiteral("targets")},
        {QStringLiteral("channel"), QStringLiteral("channels")},
        {QStringLiteral("promotion"), QStringLiteral("promotions")},
        {QStringLiteral("reps"), QStringLiteral("reps")},
        {QStringLiteral("team"), QStringLiteral("teams")},
    };
    const QStringList known = core::importfields::entities();
    for (const auto &[word, entity] : words) {
        if (name.contains(word) && known.contains(entity))
            return entity;
    }
    return {};
}

void ImportSourcePage::browse()
{
    const QString start
        = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportSourcePage::updateHint()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QFileInfo info(path);
    if (path.isEmpty())
        m_hint->clear();
    else if (!info.isFile())
        m_hint->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_hint->setText(
            tr("%1 — %2, to be read as %3.")
                .arg(info.fileName(), QLocale().formattedDataSize(info.size()), m_entity->currentText()));
}

bool ImportSourcePage::isComplete() const
{
    return m_entity->currentIndex() >= 0
        && QFileInfo(QDir::fromNativeSeparators(m_file->text().trimmed())).isFile();
}

bool ImportSourcePage::validatePage()
{
    const QString entity = m_entity->currentData().toString();
    const QString file = QFileInfo(QDir::fromNativeSeparators(m_file->text().trimmed())).absoluteFilePath();
    if (entity != m_session.entity || file != m_session.file) {
        // Another file or entity: what later pages found no longer holds.
        m_session.dryRun.reset();
        m_session.mappingEntity.clear();
    }
    m_session.entity = entity;
    m_session.file = file;
    return true;
}

} // namespace sb::ui
