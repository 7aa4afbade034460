// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/lostreasonseditor.h"

#include "core/domain/error.h"
#include "core/storage/lostreasonstore.h"
#include "ui/common/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

LostReasonsEditor::LostReasonsEditor(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("lostReasonsEditor"));
    setWindowTitle(tr("Lost reasons"));
    auto *intro = new QLabel(tr("The reasons offered when a deal is marked lost. Lost deals keep the reason "
                                "they were given, even when it is renamed or removed here."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lostReasonList"));
    m_add = new QPushButton(tr("&Add…"), this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    resize(460, 380);

    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Add lost reason"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            report(addReason(name));
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename lost reason"), tr("Reason:"),
                                                   QLineEdit::Normal, item->text(), &ok);
        if (ok)
            report(renameReason(m_list->row(item), name));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            report(removeReason(m_list->currentRow()));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &LostReasonsEditor::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, m_rename, &QPushButton::click);
    reload();
}

void LostReasonsEditor::reload(const QString &selectId)
{
    m_list->clear();
    try {
        for (const core::LostReason &reason : core::LostReasonStore::list(m_workspace.database())) {
            auto *item = new QListWidgetItem(reason.name, m_list);
            item->setData(kIdRole, reason.id);
            if (reason.id == selectId)
                m_list->setCurrentItem(item);
        }
    } catch (const core::Error &e) {
        report(e.message());
    }
    updateButtons();
}

void LostReasonsEditor::updateButtons()
{
    const bool writable = !m_workspace.isReadOnly();
    m_add->setEnabled(writable);
    m_rename->setEnabled(writable && m_list->currentRow() >= 0);
    m_remove->setEnabled(writable && m_list->currentRow() >= 0);
}

void LostReasonsEditor::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
}

QString LostReasonsEditor::addReason(const QString &name)
{
    try {
        const core::LostReason reason = core::LostReasonStore::add(m_workspace.database(), name);
        m_workspace.notifyChanged(QStringLiteral("lost_reasons"));
        reload(reason.id);
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}

QString LostReasonsEditor::renameReason(int row, const QString &name)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return {};
    const QString id = item->data(kIdRole).toString();
    try {
        core::LostReasonStore::rename(m_workspace.database(), id, name);
        m_workspace.notifyChanged(QStringLiteral("lost_reasons"));
        reload(id);
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}

QString LostReasonsEditor::removeReason(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return {};
    try {
        core::LostReasonStore::remove(m_workspace.database(), item->data(kIdRole).toString());
        m_workspace.notifyChanged(QStringLiteral("lost_reasons"));
        reload();
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}

} // namespace sb::ui
