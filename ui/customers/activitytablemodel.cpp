// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/activitytablemodel.h"

#include "ui/common/roles.h"

#include <QColor>

namespace sb::ui {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ActivityTableModel::setActivities(QList<core::Activity> activities)
{
    beginResetModel();
    m_activities = std::move(activities);
    endResetModel();
}

int ActivityTableModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_activities.size(); ++i) {
        if (m_activities[i].meta.id == id)
            return int(i);
    }
    return -1;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Activity &a = m_activities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Date:
            return a.date.toString(Qt::ISODate);
        case Kind:
            return core::activitykind::displayName(a.kind);
        case Summary:
            return a.summary.section(QLatin1Char('\n'), 0, 0);
        case NextStep:
            return a.nextStep.section(QLatin1Char('\n'), 0, 0);
        case NextStepDate:
            return a.nextStepDate.isValid() ? a.nextStepDate.toString(Qt::ISODate) : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Summary)
            return a.summary;
        if (index.column() == NextStep && !a.nextStep.isEmpty())
            return a.nextStep;
        return {};
    case Qt::ForegroundRole:
        // The first activity of the list is the newest: an older next step was followed up or missed.
        if (index.column() == NextStepDate && index.row() == 0 && a.nextStepDate.isValid()
            && a.nextStepDate < m_today)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case IdRole:
        return a.meta.id;
    case CodeRole:
        return a.code;
    case EnumKeyRole:
        return index.column() == Kind ? QVariant(core::activitykind::key(a.kind)) : QVariant();
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Activity");
    case Summary:
        return tr("Summary");
    case NextStep:
        return tr("Next step");
    case NextStepDate:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
