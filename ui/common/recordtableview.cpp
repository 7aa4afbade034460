// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordtableview.h"

#include <QHeaderView>

#include <algorithm>

namespace sb::ui {

RecordTableView::RecordTableView(QWidget *parent) : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void RecordTableView::setColumnWidthsInCharacters(const QList<int> &widths)
{
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().averageCharWidth();
    for (int column = 0; column < widths.size() && model() && column < model()->columnCount(); ++column) {
        // Header text differs by language; leave room for it and the sort arrow.
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, std::max(widths[column] * em, header->fontMetrics().horizontalAdvance(title) + 28));
    }
}

} // namespace sb::ui
