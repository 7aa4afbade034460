// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/syncconflictmodel.h"

#include "ui/common/roles.h"
#include "ui/exchange/synctablenames.h"

#include <QDateTime>
#include <QFont>

namespace sb::ui {

namespace {

QString valueText(const std::optional<QString> &value)
{
    return value ? *value : SyncConflictModel::tr("(empty)");
}

} // namespace

SyncConflictModel::SyncConflictModel(QObject *parent) : QAbstractTableModel(parent) { }

void SyncConflictModel::setConflicts(const QList<core::SyncConflict> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

int SyncConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int SyncConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SyncConflict &c = m_conflicts.at(index.row());
    if (role == IdRole)
        return c.seq;
    if (role == Qt::FontRole && !c.reviewed) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case DetectedAt:
        return QDateTime::fromString(c.detectedAt, Qt::ISODate)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Entity:
        return SyncTableNames::title(c.entity);
    case Record:
        return c.recordKey.isEmpty() ? c.recordId : c.recordKey;
    case Field:
        return c.field;
    case LocalValue:
        return valueText(c.localValue);
    case RemoteValue:
        return valueText(c.remoteValue);
    case Winner:
        return c.winnerOffice;
    case Package:
        return c.package;
    case Reviewed:
        return c.reviewed ? tr("Yes") : tr("No");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DetectedAt:
        return tr("Found");
    case Entity:
        return tr("Record type");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case LocalValue:
        return tr("This office's value");
    case RemoteValue:
        return tr("Other office's value");
    case Winner:
        return tr("Kept value of");
    case Package:
        return tr("Package");
    case Reviewed:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace sb::ui
