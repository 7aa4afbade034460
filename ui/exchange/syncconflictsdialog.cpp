// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/syncconflictsdialog.h"

#include "core/domain/error.h"
#include "core/exchange/syncstate.h"
#include "core/storage/database.h"
#include "ui/common/roles.h"
#include "ui/exchange/syncconflictmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::ui {

SyncConflictsDialog::SyncConflictsDialog(core::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_model(new SyncConflictModel(this))
{
    setObjectName(QStringLiteral("syncConflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));

    auto *intro
        = new QLabel(tr("Fields that both offices changed. Both offices kept the same value (the newer "
                        "change); the other value is listed here so you can check it."),
                     this);
    intro->setWordWrap(true);
    m_showReviewed = new QCheckBox(tr("Show &reviewed conflicts too"), this);
    m_showReviewed->setObjectName(QStringLiteral("showReviewed"));
    connect(m_showReviewed, &QCheckBox::toggled, this, &SyncConflictsDialog::reload);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflicts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_markSelected = new QPushButton(tr("Mark &selected as reviewed"), this);
    connect(m_markSelected, &QPushButton::clicked, this, [this] { markReviewed(true); });
    m_markAll = new QPushButton(tr("Mark &all as reviewed"), this);
    connect(m_markAll, &QPushButton::clicked, this, [this] { markReviewed(false); });
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    connect(exportButton, &QPushButton::clicked, this, &SyncConflictsDialog::exportConflicts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_markSelected);
    row->addWidget(m_markAll);
    row->addWidget(exportButton);
    row->addStretch(1);
    row->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_showReviewed);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);
    reload();
    resize(960, 520);
}

void SyncConflictsDialog::reload()
{
    try {
        m_model->setConflicts(core::syncConflicts(m_db, !m_showReviewed->isChecked()));
        m_status->setText(tr("Conflicts shown: %1.").arg(m_model->rowCount()));
    } catch (const core::Error &e) {
        m_model->setConflicts({});
        m_status->setText(e.message());
    }
    m_view->resizeColumnsToContents();
    const bool writable = !m_db.isReadOnly() && m_model->rowCount() > 0;
    m_markSelected->setEnabled(writable);
    m_markAll->setEnabled(writable);
}

void SyncConflictsDialog::markReviewed(bool selectedOnly)
{
    QList<qint64> seqs;
    if (selectedOnly) {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            seqs.append(index.data(IdRole).toLongLong());
        if (seqs.isEmpty())
            return;
    } else {
        for (const core::SyncConflict &c : m_model->conflicts())
            seqs.append(c.seq);
    }
    try {
        core::markSyncConflictsReviewed(m_db, seqs);
    } catch (const core::Error &e) {
        m_status->setText(e.message());
        return;
    }
    reload();
}

void SyncConflictsDialog::exportConflicts()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export conflicts"),
                                                      QFileInfo(m_db.path()).absolutePath()
                                                          + QStringLiteral("/sync-conflicts.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool SyncConflictsDialog::exportTo(const QString &path)
{
    try {
        core::exportSyncConflicts(m_db, path, !m_showReviewed->isChecked());
    } catch (const core::Error &e) {
        m_status->setText(e.message());
        return false;
    }
    m_status->setText(tr("Conflicts exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sb::ui
