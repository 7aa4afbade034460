// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/syncexportdialog.h"

#include "core/domain/error.h"
#include "core/exchange/syncstate.h"
#include "core/storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

SyncExportDialog::SyncExportDialog(const core::Database &db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("syncExportDialog"));
    setWindowTitle(tr("Export sync package"));
    m_stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    try {
        m_officeId = db.officeId();
    } catch (const core::Error &) {
        m_officeId.clear();
    }

    m_office = new QComboBox(this);
    m_office->setObjectName(QStringLiteral("toOffice"));
    m_office->setEditable(true);
    m_office->setInsertPolicy(QComboBox::NoInsert);
    m_office->addItem(QString());
    try {
        for (const core::SyncPeer &peer : core::syncPeers(db)) {
            if (!peer.officeId.isEmpty())
                m_office->addItem(peer.officeId);
        }
    } catch (const core::Error &) {
        // No peers known yet: the user types the office id.
    }
    m_office->lineEdit()->setPlaceholderText(tr("Any office"));
    m_full = new QCheckBox(tr("&Every record, not only the changes since the last package"), this);
    m_full->setObjectName(QStringLiteral("fullPackage"));

    m_parent = new QLineEdit(QFileInfo(db.path()).absolutePath(), this);
    m_parent->setObjectName(QStringLiteral("parentFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Folder for the package"), m_parent->text());
        if (!dir.isEmpty())
            m_parent->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_parent, 1);
    folderRow->addWidget(browse);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("This office:"), new QLabel(m_officeId, this));
    form->addRow(tr("&For office:"), m_office);
    form->addRow(QString(), m_full);
    form->addRow(tr("&In folder:"), folderRow);
    qobject_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_parent);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_office, &QComboBox::currentTextChanged, this, &SyncExportDialog::update);
    connect(m_parent, &QLineEdit::textChanged, this, &SyncExportDialog::update);
    update();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

core::SyncExportOptions SyncExportDialog::options() const
{
    core::SyncExportOptions o;
    o.toOffice = m_office->currentText().trimmed().toUpper();
    o.full = m_full->isChecked();
    return o;
}

QString SyncExportDialog::packageFolder() const
{
    const QString to = options().toOffice.isEmpty() ? QStringLiteral("ALL") : options().toOffice;
    const QString name = QStringLiteral("sync-%1-to-%2-%3").arg(m_officeId, to, m_stamp);
    return QDir(QDir::fromNativeSeparators(m_parent->text().trimmed())).filePath(name);
}

void SyncExportDialog::update()
{
    const QString to = options().toOffice;
    QString problem;
    if (!to.isEmpty() && to == m_officeId.toUpper())
        problem = tr("A package cannot be meant for this office itself.");
    else if (!QFileInfo(QDir::fromNativeSeparators(m_parent->text().trimmed())).isDir())
        problem = tr("Choose an existing folder.");
    m_result->setText(
        problem.isEmpty()
            ? tr("The package is written as the folder %1.").arg(QDir::toNativeSeparators(packageFolder()))
            : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sb::ui
