// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcmovementmodel.h"

#include "ui/common/abccolors.h"
#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sb::ui {

using core::abc::Class;

AbcMovementModel::AbcMovementModel(QObject *parent) : QAbstractTableModel(parent) { }

void AbcMovementModel::setMovement(const core::abc::Movement &movement)
{
    m_movement = movement;
    emit dataChanged(index(0, 0), index(2, 2));
}

bool AbcMovementModel::isFirstCalls(Class from, Class to)
{
    return from == Class::A && to == Class::B;
}

int AbcMovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

int AbcMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant AbcMovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Class from = fromClass(index);
    const Class to = toClass(index);
    const int count = m_movement.count(from, to);
    switch (role) {
    case Qt::DisplayRole:
        return format::count(count);
    case SortRole:
        return count;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (from == to)
            return QBrush(abccolors::classTint(to));
        if (isFirstCalls(from, to))
            return QBrush(QColor(0xc6, 0x28, 0x28, 110));
        // A later class letter is a step down.
        return QBrush(to > from ? QColor(0xc6, 0x28, 0x28, 45) : QColor(0x2e, 0x7d, 0x32, 45));
    case Qt::FontRole: {
        // Counts are the point of the matrix: larger than the headers.
        QFont font;
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(isFirstCalls(from, to));
        return font;
    }
    case Qt::ToolTipRole:
        if (isFirstCalls(from, to))
            return tr("First calls: customers that slipped from class A to class B");
        return tr("%1 → %2: %3 customers")
            .arg(core::abc::displayName(from), core::abc::displayName(to))
            .arg(count);
    default:
        return {};
    }
}

QVariant AbcMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section > 2)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = core::abc::displayName(Class(section));
    return orientation == Qt::Vertical ? tr("Was %1").arg(name) : tr("Now %1").arg(name);
}

} // namespace sb::ui
