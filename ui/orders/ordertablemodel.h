// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace sb::core {
class Database;
}

namespace sb::ui {

/// One line of the order list, with the names of its references resolved.
struct OrderRow
{
    QString id;
    QString number;
    QString customerName;
    QDate orderDate;
    core::Money amount = 0;
    core::OrderStatus status = core::OrderStatus::Draft;
    QString deliveryStatus;
    QString ownerName;
    int flagged = 0; ///< contract points flagged
    int unchecked = 0; ///< points neither confirmed nor flagged, counted for the review queue only

    /// In the review queue: a flagged point (not cancelled), or a draft with points to check.
    bool needsReview() const { return flagged > 0 || (status == core::OrderStatus::Draft && unchecked > 0); }
};

/// The order list: number, customer, date, amount, status, delivery, owner and
/// where the contract review stands (flagged points, points still to check on a draft).
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Customer,
        Date,
        Amount,
        Status,
        Delivery,
        Owner,
        Flags,
        ColumnCount
    };

    explicit OrderTableModel(QObject *parent = nullptr);

    /// Reads every live order with its customer, owner and contract flags.
    static QList<OrderRow> load(const core::Database &db);
    void setRows(QList<OrderRow> rows);
    const QList<OrderRow> &rows() const { return m_rows; }
    /// Row index of the order with this id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Translated name of a delivery status key (pending, partial, delivered).
    static QString deliveryName(const QString &key);

private:
    QList<OrderRow> m_rows;
};

} // namespace sb::ui
