// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcsummarymodel.h"

#include "ui/common/abccolors.h"
#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QBrush>
#include <QFont>

namespace sb::ui {

using core::abc::Class;

AbcSummaryModel::AbcSummaryModel(QObject *parent) : QAbstractTableModel(parent) { }

void AbcSummaryModel::setResult(const core::abc::AbcResult &result)
{
    m_result = result;
    m_empty = false;
    emit dataChanged(index(0, 0), index(TotalRow, ColumnCount - 1));
}

int AbcSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TotalRow + 1;
}

int AbcSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbcSummaryModel::value(int row, int column) const
{
    if (row == TotalRow) {
        const bool any = m_result.customerCount > 0;
        switch (Column(column)) {
        case Customers:
            return m_result.customerCount;
        case CustomerShare:
            return any ? 1.0 : 0.0;
        case Revenue:
            return m_result.netRevenue;
        case RevenueShare:
            return m_result.totalRevenue > 0 ? 1.0 : 0.0;
        case ResourceShare:
            return m_result.resources.a + m_result.resources.b + m_result.resources.c;
        case ClassName:
        case ColumnCount:
            break;
        }
        return {};
    }
    const core::abc::ClassSummary &s = m_result.classes[std::size_t(row)];
    switch (Column(column)) {
    case ClassName:
        return core::abc::key(s.cls);
    case Customers:
        return s.customers;
    case CustomerShare:
        return s.customerShare;
    case Revenue:
        return s.revenue;
    case RevenueShare:
        return s.revenueShare;
    case ResourceShare:
        return s.resourceShare;
    case ColumnCount:
        break;
    }
    return {};
}

QString AbcSummaryModel::text(int row, int column) const
{
    if (column == ClassName)
        return row == TotalRow ? tr("Total") : core::abc::displayName(Class(row));
    if (m_empty)
        return QStringLiteral("–");
    const QVariant v = value(row, column);
    switch (Column(column)) {
    case Customers:
        return format::count(v.toLongLong());
    case Revenue:
        return format::money(v.toLongLong());
    case CustomerShare:
    case RevenueShare:
    case ResourceShare:
        return format::percentSpaced(v.toDouble());
    case ClassName:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AbcSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case SortRole:
        return value(row, column);
    case Qt::TextAlignmentRole:
        return column == ClassName ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (column == ClassName && row != TotalRow)
            return abccolors::classColor(Class(row));
        return {};
    case Qt::BackgroundRole:
        if (row != TotalRow)
            return QBrush(abccolors::classTint(Class(row)));
        return {};
    case Qt::FontRole:
        if (row == TotalRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case EnumKeyRole:
        return row == TotalRow ? QVariant() : QVariant(core::abc::key(Class(row)));
    default:
        return {};
    }
}

QVariant AbcSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ClassName:
        return tr("Class");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("Share of customers");
    case Revenue:
        return tr("Revenue");
    case RevenueShare:
        return tr("Share of revenue");
    case ResourceShare:
        return tr("Resource share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
