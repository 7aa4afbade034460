// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/customerrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// The live customers of a workspace as a table, read with one list() call.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Industry,
        SizeBand,
        Region,
        City,
        Owner,
        Channel,
        Lifecycle,
        DecisionMaker,
        DecisionMakerTitle,
        Phone,
        Email,
        Source,
        UpdatedAt,
        ColumnCount
    };

    explicit CustomerTableModel(QObject *parent = nullptr);

    /// Replaces the rows (one reset) with what the repository lists.
    void reload(const core::CustomerRepository &repository);
    void setRows(QList<core::CustomerListRow> rows);

    const core::CustomerListRow &rowAt(int row) const { return m_rows.at(row); }
    /// The row of the customer with this id, or -1.
    int rowOfId(const QString &id) const;
    /// Columns hidden until the user shows them with the column chooser.
    static bool isHiddenByDefault(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text shown in a cell, without going through QVariant.
    static QString text(const core::CustomerListRow &row, int column);
    /// The stored string behind a plain text column, or nullptr for computed
    /// columns (lifecycle, last changed) — lets sorting compare without copies.
    static const QString *field(const core::CustomerListRow &row, int column);

private:
    QList<core::CustomerListRow> m_rows;
};

} // namespace sb::ui
