// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/syncimportdialog.h"

#include "ui/exchange/synctablenames.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SyncImportDialog::SyncImportDialog(const core::SyncImportResult &preview, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("syncImportDialog"));
    setWindowTitle(tr("Import sync package"));
    const QLocale locale;
    const QString written = QDateTime::fromString(preview.createdAt, Qt::ISODate)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("Package %1 from office %2, written %3.")
                                  .arg(locale.toString(preview.sequence), preview.fromOffice, written),
                              this));
    auto *summary = wrapped(preview.summary(), this);
    summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(summary);
    if (!preview.warnings.isEmpty()) {
        auto *warnings = wrapped(preview.warnings.join(u'\n'), this);
        warnings->setObjectName(QStringLiteral("warnings"));
        warnings->setStyleSheet(QStringLiteral("color: #a15c00;"));
        layout->addWidget(warnings);
    }

    m_counts = new QTableWidget(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setColumnCount(7);
    m_counts->setHorizontalHeaderLabels({tr("Records"), tr("In package"), tr("New"), tr("Updated"),
                                         tr("Deleted"), tr("Unchanged"), tr("Conflicts")});
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setFocusPolicy(Qt::NoFocus);
    m_counts->verticalHeader()->hide();
    for (const core::SyncTableCount &t : preview.tables) {
        if (t.rows == 0)
            continue;
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, new QTableWidgetItem(SyncTableNames::title(t.table)));
        const qint64 numbers[] = {t.rows, t.inserted, t.updated, t.deleted, t.unchanged, t.conflicts};
        for (int c = 0; c < 6; ++c) {
            auto *item = new QTableWidgetItem(locale.toString(numbers[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, c + 1, item);
        }
    }
    m_counts->resizeColumnsToContents();
    m_counts->horizontalHeader()->setStretchLastSection(true);
    m_counts->setVisible(m_counts->rowCount() > 0);
    layout->addWidget(m_counts, 1);

    if (!preview.conflicts.isEmpty())
        layout->addWidget(wrapped(tr("Fields both offices changed keep the newer change in both offices; "
                                     "the other value is listed under Sync → Conflicts after the import."),
                                  this));
    layout->addWidget(wrapped(tr("A backup of the workspace is taken first; the import is saved as a "
                                 "whole or not at all."),
                              this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(640, 420)));
}

} // namespace sb::ui
