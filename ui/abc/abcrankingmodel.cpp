// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcrankingmodel.h"

#include "ui/common/abccolors.h"
#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QBrush>

namespace sb::ui {

AbcRankingModel::AbcRankingModel(QObject *parent) : QAbstractTableModel(parent) { }

void AbcRankingModel::setRows(const QList<core::abc::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AbcRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AbcRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AbcRankingModel::text(const core::abc::Row &row, int column)
{
    switch (Column(column)) {
    case Rank:
        return format::count(row.rank);
    case Code:
        return row.code;
    case Name:
        return row.name;
    case Revenue:
        return format::money(row.revenue);
    case Share:
        return format::percentSpaced(row.share, 2);
    case CumulativeShare:
        return format::percentSpaced(row.cumulativeShare, 2);
    case ClassKey:
        return core::abc::key(row.cls);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AbcRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::abc::Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case SortRole:
        switch (Column(column)) {
        case Rank:
            return row.rank;
        case Revenue:
            return row.revenue;
        case Share:
            return row.share;
        case CumulativeShare:
            return row.cumulativeShare;
        case ClassKey:
            return int(row.cls);
        default:
            return text(row, column);
        }
    case Qt::TextAlignmentRole:
        return column == Code || column == Name ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
            : column == ClassKey                ? QVariant(int(Qt::AlignCenter))
                                                : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return column == ClassKey ? QVariant(QBrush(abccolors::classTint(row.cls))) : QVariant();
    case Qt::ToolTipRole:
        return column == ClassKey ? QVariant(core::abc::displayName(row.cls)) : QVariant();
    case IdRole:
        return row.customerId;
    case CodeRole:
        return row.code;
    case EnumKeyRole:
        return core::abc::key(row.cls);
    default:
        return {};
    }
}

QString AbcRankingModel::columnTitle(Column column)
{
    switch (column) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Customer code");
    case Name:
        return tr("Customer name");
    case Revenue:
        return tr("Revenue");
    case Share:
        return tr("Share");
    case CumulativeShare:
        return tr("Cumulative share");
    case ClassKey:
        return tr("Class");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AbcRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

} // namespace sb::ui
