// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/pipelineboard.h"

#include "ui/common/format.h"
#include "ui/common/roles.h"
#include "ui/common/stagecolors.h"
#include "ui/opportunities/carddelegate.h"
#include "ui/opportunities/pipelineboardmodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb::ui {

PipelineBoard::PipelineBoard(PipelineBoardModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("pipelineBoard"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (core::Stage stage : PipelineBoardModel::columns()) {
        Column column{stage};
        buildColumn(column);
        row->addWidget(column.frame, 1);
        m_columns.append(column);
    }
    auto *legend
        = new QLabel(tr("Each card: customer · title · amount · owner · expected close · days in this stage "
                        "(red from 30 days, or once the close date has passed). Drag a card to another "
                        "column, or select it and press Ctrl+Right / Ctrl+Left; Left and Right move "
                        "between columns, Enter opens the deal."),
                     this);
    legend->setObjectName(QStringLiteral("boardLegend"));
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(row, 1);
    layout->addWidget(legend);

    auto *right = new QAction(tr("Move to the next stage"), this);
    right->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    auto *left = new QAction(tr("Move to the previous stage"), this);
    left->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    for (QAction *action : {right, left}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(right, &QAction::triggered, this, [this] { stepSelected(+1); });
    connect(left, &QAction::triggered, this, [this] { stepSelected(-1); });

    // A reset forgets the views' root items; put each column back on its stage.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreRoots();
        updateHeaders();
        if (!m_selectedId.isEmpty())
            selectCard(m_selectedId, false);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PipelineBoard::updateHeaders);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PipelineBoard::updateHeaders);
    restoreRoots();
    updateHeaders();
}

void PipelineBoard::buildColumn(Column &column)
{
    column.frame = new QWidget(this);
    column.frame->setObjectName(QStringLiteral("boardColumn_") + core::stage::key(column.stage));
    column.frame->setMinimumWidth(150);
    auto *layout = new QVBoxLayout(column.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *band = new QWidget(column.frame);
    band->setFixedHeight(4);
    band->setAutoFillBackground(true);
    QPalette bandPalette = band->palette();
    bandPalette.setColor(QPalette::Window, stageColor(column.stage));
    band->setPalette(bandPalette);

    column.title = new QLabel(core::stage::displayName(column.stage), column.frame);
    QFont bold = column.title->font();
    bold.setBold(true);
    column.title->setFont(bold);
    column.totals = new QLabel(column.frame);
    column.totals->setObjectName(QStringLiteral("columnTotals"));

    column.view = new QListView(column.frame);
    column.view->setObjectName(QStringLiteral("boardList_") + core::stage::key(column.stage));
    column.view->setAccessibleName(core::stage::displayName(column.stage));
    column.view->setModel(m_model);
    column.view->setItemDelegate(new CardDelegate(column.view));
    column.view->setUniformItemSizes(true);
    column.view->setSelectionMode(QAbstractItemView::SingleSelection);
    column.view->setDragDropMode(QAbstractItemView::DragDrop);
    column.view->setDefaultDropAction(Qt::MoveAction);
    column.view->setDropIndicatorShown(true);
    column.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    column.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column.view->setContextMenuPolicy(Qt::DefaultContextMenu);
    column.view->installEventFilter(this);
    column.view->viewport()->installEventFilter(this);
    QPalette listPalette = column.view->palette();
    listPalette.setColor(QPalette::Base, palette().color(QPalette::Window).darker(104));
    column.view->setPalette(listPalette);

    column.more = new QLabel(column.frame);
    column.more->setObjectName(QStringLiteral("columnMore"));
    column.more->setWordWrap(true);
    column.more->setVisible(false);

    layout->addWidget(band);
    layout->addWidget(column.title);
    layout->addWidget(column.totals);
    layout->addWidget(column.view, 1);
    layout->addWidget(column.more);

    QListView *view = column.view;
    connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, view](const QModelIndex &current) {
                const QString id = current.data(IdRole).toString();
                if (id.isEmpty())
                    return;
                // One selected card on the whole board.
                for (const Column &other : std::as_const(m_columns)) {
                    if (other.view != view)
                        other.view->clearSelection();
                }
                if (id != m_selectedId) {
                    m_selectedId = id;
                    emit currentChanged(id);
                }
            });
}

void PipelineBoard::restoreRoots()
{
    for (const Column &column : std::as_const(m_columns))
        column.view->setRootIndex(m_model->columnIndex(column.stage));
}

void PipelineBoard::updateHeaders()
{
    const QLocale locale;
    for (const Column &column : std::as_const(m_columns)) {
        const qint64 count = m_model->dealCount(column.stage);
        const QString deals = count == 1 ? tr("1 deal") : tr("%1 deals").arg(locale.toString(count));
        column.totals->setText(
            tr("%1 · %2").arg(deals, format::compactMoney(m_model->dealAmount(column.stage))));
        column.totals->setToolTip(
            tr("%1 deals, %2 in total")
                .arg(locale.toString(count), format::money(m_model->dealAmount(column.stage))));
        const qint64 hidden = m_model->hiddenCount(column.stage);
        column.more->setVisible(hidden > 0);
        if (hidden > 0) {
            column.more->setText(
                core::stage::isClosed(column.stage)
                    ? tr("+%1 more (the %2 most recent are shown; search to find others)")
                          .arg(locale.toString(hidden), locale.toString(m_model->cardLimit()))
                    : tr("+%1 more (the %2 largest are shown; search to find others)")
                          .arg(locale.toString(hidden), locale.toString(m_model->cardLimit())));
        }
    }
}

QString PipelineBoard::currentId() const
{
    for (const Column &column : m_columns) {
        const QModelIndexList selected = column.view->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return selected.first().data(IdRole).toString();
    }
    return {};
}

bool PipelineBoard::selectCard(const QString &id, bool focus)
{
    const QModelIndex card = m_model->cardIndex(id);
    const std::optional<core::Stage> stage = m_model->stageAt(card);
    if (!card.isValid() || !stage)
        return false;
    QListView *view = columnView(*stage);
    view->selectionModel()->setCurrentIndex(card, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(card);
    if (focus)
        view->setFocus(Qt::OtherFocusReason);
    return true;
}

QListView *PipelineBoard::columnView(core::Stage stage) const
{
    for (const Column &column : m_columns) {
        if (column.stage == stage)
            return column.view;
    }
    return nullptr;
}

void PipelineBoard::stepSelected(int direction)
{
    const QString id = currentId();
    const std::optional<core::Stage> from = m_model->stageAt(m_model->cardIndex(id));
    if (id.isEmpty() || !from)
        return;
    const QList<core::Stage> stages = PipelineBoardModel::columns();
    const qsizetype next = stages.indexOf(*from) + direction;
    if (next < 0 || next >= stages.size())
        return;
    emit moveRequested(id, stages.at(next));
}

int PipelineBoard::columnOfView(const QObject *object) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view == object || m_columns.at(i).view->viewport() == object)
            return i;
    }
    return -1;
}

void PipelineBoard::focusNeighbour(int columnIndex, int direction)
{
    const int current = m_columns.at(columnIndex).view->currentIndex().row();
    for (int i = columnIndex + direction; i >= 0 && i < m_columns.size(); i += direction) {
        QListView *view = m_columns.at(i).view;
        const int count = m_model->rowCount(view->rootIndex());
        if (count == 0)
            continue;
        const QModelIndex target = m_model->index(qBound(0, current, count - 1), 0, view->rootIndex());
        view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
        view->setFocus(Qt::TabFocusReason);
        return;
    }
}

bool PipelineBoard::eventFilter(QObject *watched, QEvent *event)
{
    const int column = columnOfView(watched);
    if (column >= 0 && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            focusNeighbour(column, key->key() == Qt::Key_Right ? 1 : -1);
            return true;
        }
    }
    if (column >= 0 && event->type() == QEvent::ContextMenu) {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        QListView *view = m_columns.at(column).view;
        QModelIndex index = view->indexAt(view->viewport()->mapFromGlobal(menu->globalPos()));
        if (menu->reason() == QContextMenuEvent::Keyboard || !index.isValid())
            index = view->currentIndex();
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty()) {
            selectCard(id);
            emit contextMenuRequested(id, menu->globalPos());
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::ui
