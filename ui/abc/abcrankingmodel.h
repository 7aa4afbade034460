// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// The ranked customers of an ABC result: rank, code, name, revenue, share,
/// cumulative share and class. SortRole gives numbers for the numeric columns,
/// EnumKeyRole the class key ("A") for filtering.
class AbcRankingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Code,
        Name,
        Revenue,
        Share,
        CumulativeShare,
        ClassKey,
        ColumnCount
    };

    explicit AbcRankingModel(QObject *parent = nullptr);

    void setRows(const QList<core::abc::Row> &rows);
    const QList<core::abc::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The header of a column, also used by the export.
    static QString columnTitle(Column column);
    /// The text of a cell as shown.
    static QString text(const core::abc::Row &row, int column);

private:
    QList<core::abc::Row> m_rows;
};

} // namespace sb::ui
