// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/ordertablemodel.h"

#include "core/storage/contractreview.h"
#include "core/storage/customerrepository.h"
#include "core/storage/orderrepository.h"
#include "ui/models/referencelists.h"
#include "ui/models/roles.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

namespace sb::ui {

OrderTableModel::OrderTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QList<OrderRow> OrderTableModel::load(const core::Database &db)
{
    QHash<QString, QString> customers;
    for (const core::CustomerListRow &row : core::CustomerRepository(db).list())
        customers.insert(row.customer.meta.id, row.customer.name);
    QHash<QString, QString> reps;
    for (const ReferenceItem &rep : ReferenceLists::reps(db))
        reps.insert(rep.id, rep.name);
    QHash<QString, int> flags;
    for (const core::ReviewQueueEntry &entry :
         core::ContractReview(db).ordersNeedingReview(core::ReviewQueueScope::FlaggedOnly))
        flags.insert(entry.orderId, entry.flagged);

    QList<OrderRow> rows;
    for (const core::Order &order : core::OrderRepository(db).list()) {
        OrderRow row;
        row.id = order.meta.id;
        row.number = order.number;
        row.customerName = customers.value(order.customerId);
        row.orderDate = order.orderDate;
        row.amount = order.amount;
        row.status = order.status;
        row.deliveryStatus = order.deliveryStatus;
        row.ownerName = reps.value(order.ownerRepId);
        row.flagged = flags.value(order.meta.id);
        rows.append(row);
    }
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
        case Number: return row.number;
        case Customer: return row.customerName;
        case Date: return locale.toString(row.orderDate, QLocale::ShortFormat);
        case Amount: return locale.toString(double(row.amount) / 100.0, 'f', 2);
        case Status: return core::orderstatus::displayName(row.status);
        case Delivery: return deliveryName(row.deliveryStatus);
        case Owner: return row.ownerName;
        case Flags: return row.flagged > 0 ? tr("%n flagged", nullptr, row.flagged) : QString();
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Date: return row.orderDate;
        case Amount: return row.amount;
        case Status: return int(row.status);
        case Flags: return row.flagged;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Flags && row.flagged > 0)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    case IdRole: return row.id;
    case CodeRole: return row.number;
    case EnumKeyRole:
        if (index.column() == Status)
            return core::orderstatus::key(row.status);
        return {};
    default: return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Customer: return tr("Customer");
    case Date: return tr("Order date");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    case Delivery: return tr("Delivery");
    case Owner: return tr("Owner");
    case Flags: return tr("Contract flags");
    default: return {};
    }
}

} // namespace sb::ui
