// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QAbstractTableModel>

namespace sb::ui {

/// The 3×3 class movement matrix: rows are the class in the earlier period,
/// columns the class in the later one, cells the number of customers. Moves
/// down are tinted red (A→B, the account managers' first calls, strongest),
/// moves up green. SortRole gives the count.
class AbcMovementModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AbcMovementModel(QObject *parent = nullptr);

    void setMovement(const core::abc::Movement &movement);
    const core::abc::Movement &movement() const { return m_movement; }

    /// The classes of a cell: earlier (row) and later (column).
    static core::abc::Class fromClass(const QModelIndex &index) { return core::abc::Class(index.row()); }
    static core::abc::Class toClass(const QModelIndex &index) { return core::abc::Class(index.column()); }
    /// True for the A→B cell.
    static bool isFirstCalls(core::abc::Class from, core::abc::Class to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::abc::Movement m_movement;
};

} // namespace sb::ui
