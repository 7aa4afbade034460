// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/pipelineboardmodel.h"

#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QMimeData>

#include <algorithm>

namespace sb::ui {

namespace {

// Columns are top-level items with internal id 0; a card carries its column + 1.
constexpr quintptr kColumnItem = 0;

} // namespace

QString PipelineBoardModel::mimeType()
{
    return QStringLiteral("application/x-salesbench-opportunity-ids");
}

PipelineBoardModel::PipelineBoardModel(QObject *parent)
    : QAbstractItemModel(parent), m_today(QDate::currentDate())
{
    for (core::Stage stage : columns())
        m_columns.append(Column{stage, {}, 0, 0});
}

int PipelineBoardModel::columnOf(core::Stage stage)
{
    return int(columns().indexOf(stage));
}

void PipelineBoardModel::setRows(const OpportunitySet &set, const OpportunityFilter &filter,
                                 const QDate &today)
{
    // The stage is the column here: only the search and the owner narrow the cards.
    OpportunityFilter narrowing = filter;
    narrowing.stage.reset();
    narrowing.openOnly = false;
    const bool everything = narrowing.words.isEmpty() && narrowing.ownerId.isEmpty();
    QList<Column> next;
    const QList<core::Stage> stages = columns();
    for (int column = 0; column < stages.size(); ++column) {
        Column built{stages.at(column), {}, 0, 0};
        const QList<int> &order = set.cardOrder.at(column);
        if (everything) {
            built.total = order.size();
            built.amount = set.columnAmount.at(column);
            for (qsizetype i = 0; i < order.size() && i < m_limit; ++i)
                built.cards.append(set.rows.at(order.at(i)));
        } else {
            for (int row : order) {
                const core::OpportunityRow &deal = set.rows.at(row);
                if (!narrowing.matches(deal))
                    continue;
                built.total += 1;
                built.amount += deal.amount;
                if (built.cards.size() < m_limit)
                    built.cards.append(deal);
            }
        }
        next.append(std::move(built));
    }
    beginResetModel();
    m_columns = std::move(next);
    m_today = today;
    endResetModel();
}

void PipelineBoardModel::setRows(const QList<core::OpportunityRow> &rows, const OpportunityFilter &filter,
                                 const QDate &today)
{
    setRows(*OpportunitySet::build(rows), filter, today);
}

QModelIndex PipelineBoardModel::columnIndex(core::Stage stage) const
{
    const int column = columnOf(stage);
    return column < 0 ? QModelIndex() : createIndex(column, 0, kColumnItem);
}

QModelIndex PipelineBoardModel::makeCardIndex(int column, int row) const
{
    return createIndex(row, 0, quintptr(column) + 1);
}

QModelIndex PipelineBoardModel::cardIndex(const QString &id) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        const QList<core::OpportunityRow> &cards = m_columns.at(column).cards;
        for (int row = 0; row < cards.size(); ++row) {
            if (cards.at(row).id == id)
                return makeCardIndex(column, row);
        }
    }
    return {};
}

bool PipelineBoardModel::isColumn(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kColumnItem;
}

std::optional<core::Stage> PipelineBoardModel::stageAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const int column = isColumn(index) ? index.row() : int(index.internalId() - 1);
    if (column < 0 || column >= m_columns.size())
        return std::nullopt;
    return m_columns.at(column).stage;
}

const core::OpportunityRow *PipelineBoardModel::cardAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isColumn(index))
        return nullptr;
    const int column = int(index.internalId() - 1);
    if (column < 0 || column >= m_columns.size() || index.row() >= m_columns.at(column).cards.size())
        return nullptr;
    return &m_columns.at(column).cards.at(index.row());
}

qint64 PipelineBoardModel::dealCount(core::Stage stage) const
{
    return m_columns.at(columnOf(stage)).total;
}

core::Money PipelineBoardModel::dealAmount(core::Stage stage) const
{
    return m_columns.at(columnOf(stage)).amount;
}

qint64 PipelineBoardModel::hiddenCount(core::Stage stage) const
{
    const Column &column = m_columns.at(columnOf(stage));
    return qMax<qint64>(0, column.total - column.cards.size());
}

bool PipelineBoardModel::moveCard(const QString &id, core::Stage to)
{
    const QModelIndex card = cardIndex(id);
    const std::optional<core::Stage> from = stageAt(card);
    if (!card.isValid() || !from || *from == to)
        return false;
    const int source = columnOf(*from);
    const int target = columnOf(to);
    const QModelIndex sourceParent = columnIndex(*from);
    const QModelIndex targetParent = columnIndex(to);
    beginMoveRows(sourceParent, card.row(), card.row(), targetParent, 0);
    core::OpportunityRow row = m_columns[source].cards.takeAt(card.row());
    m_columns[source].total -= 1;
    m_columns[source].amount -= row.amount;
    row.stage = to;
    row.probability = core::stage::defaultProbability(to);
    row.stageSince = m_today;
    if (core::stage::isClosed(to))
        row.closedOn = m_today;
    m_columns[target].total += 1;
    m_columns[target].amount += row.amount;
    m_columns[target].cards.prepend(std::move(row));
    endMoveRows();
    emit dataChanged(sourceParent, sourceParent);
    emit dataChanged(targetParent, targetParent);
    return true;
}

QModelIndex PipelineBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, kColumnItem) : QModelIndex();
    if (!isColumn(parent) || parent.row() >= m_columns.size()
        || row >= m_columns.at(parent.row()).cards.size())
        return {};
    return makeCardIndex(parent.row(), row);
}

QModelIndex PipelineBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kColumnItem)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kColumnItem);
}

int PipelineBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (isColumn(parent) && parent.row() < m_columns.size())
        return int(m_columns.at(parent.row()).cards.size());
    return 0;
}

int PipelineBoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PipelineBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isColumn(index)) {
        const Column &column = m_columns.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return core::stage::displayName(column.stage);
        case EnumKeyRole:
            return core::stage::key(column.stage);
        case StageRole:
            return int(column.stage);
        case CountRole:
            return column.total;
        case AmountRole:
            return column.amount;
        case HiddenCountRole:
            return qMax<qint64>(0, column.total - column.cards.size());
        default:
            return {};
        }
    }
    const core::OpportunityRow *card = cardAt(index);
    if (!card)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return card->title;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 · %2\n%3\n%4 · %5")
                          .arg(card->code, card->customerName, card->title, format::money(card->amount),
                               card->ownerName);
        if (core::stage::isClosed(card->stage))
            return QString(tip + QLatin1Char('\n') + tr("Closed on %1").arg(format::date(card->closedOn)));
        tip += QLatin1Char('\n')
            + (card->expectedClose.isValid()
                   ? tr("Expected to close on %1").arg(format::date(card->expectedClose))
                   : tr("No expected close date"));
        const qint64 days = card->daysInStage(m_today);
        return QString(
            tip + QLatin1Char('\n')
            + (days == 1 ? tr("In this stage for 1 day") : tr("In this stage for %1 days").arg(days)));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(card->customerName, card->title, format::money(card->amount));
    case IdRole:
        return card->id;
    case CodeRole:
        return card->code;
    case EnumKeyRole:
        return core::stage::key(card->stage);
    case CustomerRole:
        return card->customerName;
    case AmountRole:
        return card->amount;
    case OwnerRole:
        return card->ownerName;
    case ExpectedCloseRole:
        return card->expectedClose;
    case DaysInStageRole:
        return card->daysInStage(m_today);
    case StageRole:
        return int(card->stage);
    case ClosedOnRole:
        return card->closedOn;
    default:
        return {};
    }
}

Qt::ItemFlags PipelineBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isColumn(index))
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    // Cards accept drops too: dropping onto a card means its column.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList PipelineBoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PipelineBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const core::OpportunityRow *card = cardAt(index))
            ids.append(card->id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList PipelineBoardModel::idsIn(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool PipelineBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const std::optional<core::Stage> target = stageAt(parent);
    const QStringList ids = idsIn(data);
    if (!target || ids.isEmpty())
        return false;
    // A drop on the card's own column is no move at all; whether the move is
    // allowed is for the handler to decide and explain.
    return std::any_of(ids.cbegin(), ids.cend(), [this, &target](const QString &id) {
        const std::optional<core::Stage> from = stageAt(cardIndex(id));
        return from && *from != *target;
    });
}

bool PipelineBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const core::Stage target = *stageAt(parent);
    for (const QString &id : idsIn(data)) {
        const std::optional<core::Stage> from = stageAt(cardIndex(id));
        if (from && *from != target)
            emit moveRequested(id, target);
    }
    // Nothing changed in this model yet; the handler stores the move (or refuses it).
    return true;
}

Qt::DropActions PipelineBoardModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PipelineBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace sb::ui
