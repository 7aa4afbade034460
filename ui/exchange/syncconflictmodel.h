// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncstate.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// Fields both offices changed, as office sync recorded them: the record, the
/// field, both values, which office's value was kept and whether it was reviewed.
class SyncConflictModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DetectedAt,
        Entity,
        Record,
        Field,
        LocalValue,
        RemoteValue,
        Winner,
        Package,
        Reviewed,
        ColumnCount
    };

    explicit SyncConflictModel(QObject *parent = nullptr);

    void setConflicts(const QList<core::SyncConflict> &conflicts);
    const QList<core::SyncConflict> &conflicts() const { return m_conflicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::SyncConflict> m_conflicts;
};

} // namespace sb::ui
