// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/atriskmodel.h"

#include "ui/common/format.h"
#include "ui/common/roles.h"
#include "ui/funnel/funnelanalysis.h"

namespace sb::ui {

AtRiskModel::AtRiskModel(QObject *parent) : QAbstractTableModel(parent) { }

void AtRiskModel::setAnalysis(const FunnelAnalysis &a)
{
    beginResetModel();
    m_rows = a.atRisk;
    m_closedBreaches = a.closedBreaches;
    endResetModel();
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Code:
            return row.code;
        case Customer:
            return row.customer;
        case Owner:
            return row.owner;
        case StageColumn:
            return core::stage::displayName(row.stage);
        case Amount:
            return row.amount > 0 ? format::money(row.amount) : QString();
        case Rules:
            return row.rules.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole)
        return row.id;
    if (role == CodeRole)
        return row.code;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case StageColumn:
            return int(row.stage);
        case Amount:
            return row.amount;
        case Rules:
            return row.worstDays;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Customer:
        return tr("Customer");
    case Owner:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case Rules:
        return tr("Rule broken");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
