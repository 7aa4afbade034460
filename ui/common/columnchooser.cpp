// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/columnchooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace sb::ui {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &settingsKey,
                             const QList<int> &hiddenByDefault)
    : QObject(header), m_header(header), m_settingsKey(settingsKey)
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    restore(hiddenByDefault);

    // Dragging a column edge resizes many times a second: save once it settles.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &ColumnChooser::save);
    connect(m_header, &QHeaderView::sectionResized, &m_saveTimer, qOverload<>(&QTimer::start));
    connect(m_header, &QHeaderView::sectionMoved, &m_saveTimer, qOverload<>(&QTimer::start));
    connect(m_header, &QHeaderView::sortIndicatorChanged, &m_saveTimer, qOverload<>(&QTimer::start));
}

QString ColumnChooser::stateKey() const
{
    // The column count is part of the key: a model that gained columns starts from its defaults.
    const int columns = m_header->model() ? m_header->model()->columnCount() : 0;
    return m_settingsKey + QStringLiteral("/header-%1").arg(columns);
}

void ColumnChooser::restore(const QList<int> &hiddenByDefault)
{
    const QByteArray state = QSettings().value(stateKey()).toByteArray();
    if (!state.isEmpty() && m_header->restoreState(state))
        return;
    for (int column : hiddenByDefault)
        m_header->setSectionHidden(column, true);
}

void ColumnChooser::save() const
{
    QSettings().setValue(stateKey(), m_header->saveState());
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (!visible && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;
    m_header->setSectionHidden(column, !visible);
    if (visible && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
        m_header->resizeSection(column, m_header->defaultSectionSize());
    save();
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu(m_header);
    menu.addSection(tr("Columns"));
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(m_header->viewport()->mapToGlobal(pos));
}

} // namespace sb::ui
