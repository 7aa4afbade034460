// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/historydialog.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + quoted + QStringLiteral("\"");
}

} // namespace

HistoryDialog::HistoryDialog(const core::Database &db, const QString &entity, const QString &recordId,
                             QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    m_entity = new QComboBox(this);
    m_entity->setAccessibleName(tr("Entity"));
    m_entity->addItem(tr("All"), QString());
    for (const char *key : {"customer", "contact", "activity", "opportunity", "order", "order_line",
                            "contract_check", "product"})
        m_entity->addItem(QString::fromLatin1(key), QString::fromLatin1(key));
    m_entity->setEditable(true);
    const int found = m_entity->findData(entity);
    if (found >= 0)
        m_entity->setCurrentIndex(found);
    else if (!entity.isEmpty())
        m_entity->setEditText(entity);
    m_record = new QLineEdit(recordId, this);
    m_record->setPlaceholderText(tr("Record id"));
    m_record->setAccessibleName(tr("Record"));
    m_useDates = new QCheckBox(tr("&Dated"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *apply = new QPushButton(tr("&Apply filters"), this);
    connect(apply, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_entity, &QComboBox::activated, this, &HistoryDialog::refresh);
    connect(m_record, &QLineEdit::returnPressed, this, &HistoryDialog::refresh);

    m_model = new QStandardItemModel(0, 8, this);
    m_model->setHorizontalHeaderLabels({tr("When (UTC)"), tr("User"), tr("Office"), tr("Entity"), tr("Record"),
                                        tr("Action"), tr("Field"), tr("Change")});
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Entity:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(m_record, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, 520);
    refresh();
}

void HistoryDialog::refresh()
{
    core::AuditFilter filter;
    filter.entity = m_entity->currentText() == m_entity->itemText(0) ? QString() : m_entity->currentText().trimmed();
    filter.recordId = m_record->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_model->removeRows(0, m_model->rowCount());
    try {
        for (const core::AuditEntry &entry : core::AuditLog::entries(m_db, filter)) {
            QString change;
            if (entry.oldValue || entry.newValue)
                change = tr("%1 → %2").arg(entry.oldValue.value_or(QString()), entry.newValue.value_or(QString()));
            QList<QStandardItem *> row;
            for (const QString &text : {entry.at, entry.user, entry.office, entry.entity, entry.recordId,
                                        core::AuditLog::actionKey(entry.action), entry.field, change})
                row.append(new QStandardItem(text));
            m_model->appendRow(row);
        }
    } catch (const core::Error &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    m_view->resizeColumnsToContents();
}

bool HistoryDialog::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header.append(csvField(m_model->headerData(c, Qt::Horizontal).toString()));
    out << header.join(QLatin1Char(',')) << '\n';
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_model->columnCount(); ++c)
            fields.append(csvField(m_model->item(r, c)->text()));
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
}

void HistoryDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), QStringLiteral("history.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1.").arg(path));
}

} // namespace sb::ui
