// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/rowoutcomemodel.h"

#include "ui/common/roles.h"

#include <QBrush>
#include <QColor>

namespace sb::ui {

RowOutcomeModel::RowOutcomeModel(QObject *parent) : QAbstractTableModel(parent) { }

void RowOutcomeModel::setOutcomes(const QList<core::RowOutcome> &outcomes)
{
    beginResetModel();
    m_outcomes = outcomes;
    endResetModel();
}

QString RowOutcomeModel::actionKey(core::RowAction action)
{
    switch (action) {
    case core::RowAction::Insert:
        return QStringLiteral("insert");
    case core::RowAction::Update:
        return QStringLiteral("update");
    case core::RowAction::Unchanged:
        return QStringLiteral("unchanged");
    case core::RowAction::Skip:
        return QStringLiteral("skip");
    case core::RowAction::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString RowOutcomeModel::actionTitle(core::RowAction action)
{
    switch (action) {
    case core::RowAction::Insert:
        return tr("New");
    case core::RowAction::Update:
        return tr("Update");
    case core::RowAction::Unchanged:
        return tr("Unchanged");
    case core::RowAction::Skip:
        return tr("Skipped");
    case core::RowAction::Error:
        return tr("Error");
    }
    return {};
}

QString RowOutcomeModel::changesText(const core::RowOutcome &outcome)
{
    const auto shown = [](const std::optional<QString> &value) {
        return value && !value->isEmpty() ? *value : tr("(empty)");
    };
    QStringList parts;
    for (const core::AuditChange &change : outcome.changes)
        parts.append(change.field + QStringLiteral(": ") + shown(change.oldValue) + QStringLiteral(" → ")
                     + shown(change.newValue));
    return parts.join(QStringLiteral("; "));
}

int RowOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int RowOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RowOutcome &o = m_outcomes.at(index.row());
    const bool problem = o.action == core::RowAction::Error || o.action == core::RowAction::Skip;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Row:
            return o.row;
        case Action:
            return actionTitle(o.action);
        case Key:
            return o.key;
        case Field:
            if (o.column > 0 && !o.field.isEmpty())
                return tr("%1 (column %2)").arg(o.field).arg(o.column);
            if (o.column > 0)
                return tr("column %1").arg(o.column);
            return o.field;
        case Details:
            return o.action == core::RowAction::Update ? changesText(o) : o.message;
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        return index.column() == Row ? QVariant(o.row) : data(index, Qt::DisplayRole);
    case EnumKeyRole:
        return actionKey(o.action);
    case Qt::ForegroundRole:
        if (o.action == core::RowAction::Error)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return problem ? QBrush(QColor(0xb2, 0x6a, 0x00)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Row ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant RowOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row:
        return tr("Row");
    case Action:
        return tr("Action");
    case Key:
        return tr("Key");
    case Field:
        return tr("Field");
    case Details:
        return tr("Changes or reason");
    default:
        return {};
    }
}

} // namespace sb::ui
