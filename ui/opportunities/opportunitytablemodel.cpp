// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/opportunitytablemodel.h"

#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QLocale>

#include <limits>

namespace sb::ui {

OpportunityTableModel::OpportunityTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_set(OpportunitySet::build({})), m_today(QDate::currentDate())
{
}

void OpportunityTableModel::setRows(std::shared_ptr<const OpportunitySet> set, const QDate &today)
{
    beginResetModel();
    m_set = set ? std::move(set) : OpportunitySet::build({});
    m_today = today;
    endResetModel();
}

void OpportunityTableModel::setRows(QList<core::OpportunityRow> rows, const QDate &today)
{
    setRows(OpportunitySet::build(std::move(rows)), today);
}

int OpportunityTableModel::rowOfId(const QString &id) const
{
    return m_set->rowOfId.value(id, -1);
}

bool OpportunityTableModel::isHiddenByDefault(Column column)
{
    return column == Source || column == CreatedOn || column == ClosedOn || column == LostReason;
}

int OpportunityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_set->rows.size());
}

int OpportunityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OpportunityTableModel::text(const core::OpportunityRow &row, int column) const
{
    switch (Column(column)) {
    case Code:
        return row.code;
    case Customer:
        return row.customerName;
    case Title:
        return row.title;
    case Amount:
        return format::money(row.amount);
    case Owner:
        return row.ownerName;
    case StageColumn:
        return core::stage::displayName(row.stage);
    case Probability:
        return tr("%1%").arg(row.probability);
    case ExpectedClose:
        return format::date(row.expectedClose);
    case DaysInStage: {
        const qint64 days = row.daysInStage(m_today);
        return days < 0 ? QString() : QLocale().toString(days);
    }
    case Source:
        return row.source;
    case CreatedOn:
        return format::date(row.createdOn);
    case ClosedOn:
        return format::date(row.closedOn);
    case LostReason:
        return row.lostReason;
    case LeadGrade:
        return row.lead ? QString(row.lead->grade) : QString();
    case LeadScore:
        return row.lead ? QLocale().toString(row.lead->score) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OpportunityTableModel::sortValue(const core::OpportunityRow &row, int column) const
{
    switch (Column(column)) {
    case Amount:
        return row.amount;
    case StageColumn:
        return int(row.stage);
    case Probability:
        return row.probability;
    case DaysInStage:
        return row.daysInStage(m_today);
    case ExpectedClose:
        return row.expectedClose.isValid() ? row.expectedClose.toJulianDay()
                                           : std::numeric_limits<qint64>::max();
    case CreatedOn:
        return row.createdOn.toJulianDay();
    case ClosedOn:
        return row.closedOn.isValid() ? row.closedOn.toJulianDay() : std::numeric_limits<qint64>::max();
    case LeadGrade: // A first, unassessed leads last
        return row.lead ? int(row.lead->grade.unicode()) : std::numeric_limits<int>::max();
    case LeadScore:
        return row.lead ? row.lead->score : -1;
    default:
        return text(row, column);
    }
}

QVariant OpportunityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::OpportunityRow &row = m_set->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return tr("%1 (%2)").arg(row.customerName, row.customerCode);
        if (index.column() == StageColumn && row.stage == core::Stage::Lost && !row.lostReason.isEmpty())
            return tr("Lost: %1").arg(row.lostReason);
        if ((index.column() == LeadGrade || index.column() == LeadScore) && !row.lead)
            return tr("Not assessed: open the opportunity to score the lead.");
        if (index.column() == LeadGrade || index.column() == LeadScore)
            return tr("Lead score %1, grade %2 (source reliability %3)")
                .arg(row.lead->score)
                .arg(row.lead->grade)
                .arg(row.lead->sourceScore);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Amount:
        case Probability:
        case DaysInStage:
        case LeadScore:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case LeadGrade:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case IdRole:
        return row.id;
    case CodeRole:
        return row.code;
    case EnumKeyRole:
        return index.column() == StageColumn ? QVariant(core::stage::key(row.stage)) : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Customer:
        return tr("Customer");
    case Title:
        return tr("Title");
    case Amount:
        return tr("Amount");
    case Owner:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case Probability:
        return tr("Probability");
    case ExpectedClose:
        return tr("Expected close");
    case DaysInStage:
        return tr("Days in stage");
    case Source:
        return tr("Source");
    case CreatedOn:
        return tr("Created");
    case ClosedOn:
        return tr("Closed");
    case LostReason:
        return tr("Lost reason");
    case LeadGrade:
        return tr("Lead grade");
    case LeadScore:
        return tr("Lead score");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
