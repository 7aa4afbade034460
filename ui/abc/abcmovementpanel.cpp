// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcmovementpanel.h"

#include "ui/abc/abcmovementmodel.h"
#include "ui/abc/movedcustomersmodel.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::ui {

using core::abc::Class;

namespace {

// The matrix has no selection colour, which would hide each cell's own tint (the
// class colours and the red of the first calls carry the meaning): the chosen
// cell, the view's current one, gets a frame instead.
class MatrixCellDelegate final : public QStyledItemDelegate
{
public:
    explicit MatrixCellDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain(option);
        plain.state.setFlag(QStyle::State_HasFocus, false);
        QStyledItemDelegate::paint(painter, plain, index);
        if (index == m_view->currentIndex()) {
            painter->save();
            QPen pen(option.palette.color(QPalette::Highlight));
            pen.setWidth(3);
            painter->setPen(pen);
            painter->drawRect(option.rect.adjusted(2, 2, -2, -2));
            painter->restore();
        }
    }

private:
    QTableView *m_view;
};

} // namespace

AbcMovementPanel::AbcMovementPanel(QWidget *parent)
    : QWidget(parent),
      m_matrix(new AbcMovementModel(this)),
      m_customers(new MovedCustomersModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("abcMovement"));
    m_sorted->setSourceModel(m_customers);
    m_sorted->setSortRole(SortRole);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("movementCaption"));

    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("movementMatrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->setMinimumSize(360, 170);
    m_matrixView->setMaximumWidth(420);
    m_matrixView->setMaximumHeight(220);
    m_matrixView->setItemDelegate(new MatrixCellDelegate(m_matrixView));
    m_matrixView->horizontalHeader()->setHighlightSections(false);
    m_matrixView->verticalHeader()->setHighlightSections(false);

    auto *hint = new QLabel(tr("Rows: class in the earlier period. Columns: class now. Red cells moved down, "
                               "green cells moved up; the bold cell (A → B) lists the first calls. "
                               "Click a cell to list its customers."),
                            this);
    hint->setWordWrap(true);
    hint->setMaximumWidth(420);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);

    m_cellCaption = new QLabel(this);
    m_cellCaption->setObjectName(QStringLiteral("cellCaption"));
    QFont bold = m_cellCaption->font();
    bold.setBold(true);
    m_cellCaption->setFont(bold);
    m_cellCaption->setWordWrap(true);

    m_customerView = new RecordTableView(this);
    m_customerView->setObjectName(QStringLiteral("movedCustomers"));
    m_customerView->setModel(m_sorted);
    // Small lists: the numbers fit their columns, the name takes the rest.
    QHeaderView *header = m_customerView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MovedCustomersModel::Name, QHeaderView::Stretch);
    m_customerView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    auto *left = new QVBoxLayout;
    left->addWidget(m_matrixView);
    left->addWidget(hint);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_cellCaption);
    right->addWidget(m_customerView, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addLayout(columns, 1);

    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCell(current); });
    connect(m_matrixView, &QTableView::clicked, this, &AbcMovementPanel::showCell);
    selectCell(Class::A, Class::B);
}

void AbcMovementPanel::setMovement(const core::abc::Movement &movement, const QString &periods)
{
    m_matrix->setMovement(movement);
    m_caption->setText(periods);
    showCell(m_matrix->index(int(m_from), int(m_to)));
}

void AbcMovementPanel::selectCell(Class from, Class to)
{
    const QModelIndex index = m_matrix->index(int(from), int(to));
    m_matrixView->setCurrentIndex(index);
    showCell(index);
    m_matrixView->viewport()->update();
}

void AbcMovementPanel::showCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_from = AbcMovementModel::fromClass(index);
    m_to = AbcMovementModel::toClass(index);
    m_customers->setCustomers(m_matrix->movement().cell(m_from, m_to));
    m_cellCaption->setText(cellCaption());
}

QString AbcMovementPanel::cellCaption() const
{
    const int count = m_matrix->movement().count(m_from, m_to);
    const QString from = core::abc::displayName(m_from);
    const QString to = core::abc::displayName(m_to);
    QString cell;
    if (m_from == m_to)
        cell = count == 1 ? tr("Stayed in %1: 1 customer").arg(from)
                          : tr("Stayed in %1: %2 customers").arg(from).arg(count);
    else
        cell = count == 1 ? tr("%1 → %2: 1 customer").arg(from, to)
                          : tr("%1 → %2: %3 customers").arg(from, to).arg(count);
    if (AbcMovementModel::isFirstCalls(m_from, m_to))
        return tr("%1 — first calls: these A customers are slipping to B.").arg(cell);
    return cell;
}

} // namespace sb::ui
