// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/ordertablemodel.h"

#include "core/storage/contractreview.h"
#include "core/storage/orderlist.h"
#include "core/storage/orderrepository.h"
#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace sb::ui {

OrderTableModel::OrderTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QList<OrderRow> OrderTableModel::load(const core::Database &db)
{
    const QHash<QString, core::ReviewCounts> open = core::ContractReview(db).reviewQueueCounts();

    // Names repeat across many orders: one shared copy of each keeps a large list small.
    QSet<QString> names;
    const auto shared = [&names](const QString &text) { return *names.insert(text); };
    QList<OrderRow> rows;
    rows.reserve(qsizetype(core::OrderRepository(db).count())); // no doubling copies of a large list
    core::forEachOrderListEntry(db, [&](const core::OrderListEntry &order) {
        OrderRow row;
        row.id = order.id;
        row.number = order.number;
        row.customerName = shared(order.customerName);
        row.orderDate = order.orderDate;
        row.amount = order.amount;
        row.status = order.status;
        row.deliveryStatus = shared(order.deliveryStatus);
        row.ownerName = shared(order.ownerName);
        const auto review = open.constFind(order.id);
        if (review != open.constEnd()) {
            row.flagged = review->flagged;
            row.unchecked = review->unchecked;
        }
        rows.append(row);
    });
    return rows;
}

void OrderTableModel::setRows(QList<OrderRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OrderTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTableModel::deliveryName(const QString &key)
{
    if (key == QStringLiteral("pending"))
        return tr("Pending");
    if (key == QStringLiteral("partial"))
        return tr("Partial");
    if (key == QStringLiteral("delivered"))
        return tr("Delivered");
    return key;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return row.number;
        case Customer:
            return row.customerName;
        case Date:
            return row.orderDate.toString(Qt::ISODate); // as the date filters and the form show it
        case Amount:
            return format::money(row.amount);
        case Status:
            return core::orderstatus::displayName(row.status);
        case Delivery:
            return deliveryName(row.deliveryStatus);
        case Owner:
            return row.ownerName;
        case Flags:
            if (row.flagged > 0)
                return tr("%n flagged", nullptr, row.flagged);
            if (row.needsReview())
                return tr("%n to check", nullptr, row.unchecked);
            return QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Date:
            return row.orderDate;
        case Amount:
            return row.amount;
        case Status:
            return int(row.status);
        // Most flags first, then drafts to check, each newest first when sorted descending.
        case Flags:
            return qint64(row.flagged) * 100'000'000'000 + (row.needsReview() ? 10'000'000'000 : 0)
                + row.orderDate.toJulianDay();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Flags && row.flagged > 0)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        if (index.column() == Flags && row.needsReview())
            return QBrush(QColor(0x9a, 0x6a, 0x00));
        return {};
    case IdRole:
        return row.id;
    case CodeRole:
        return row.number;
    case EnumKeyRole:
        if (index.column() == Status)
            return core::orderstatus::key(row.status);
        return {};
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Date:
        return tr("Order date");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Delivery:
        return tr("Delivery");
    case Owner:
        return tr("Owner");
    case Flags:
        return tr("Contract review");
    default:
        return {};
    }
}

} // namespace sb::ui
