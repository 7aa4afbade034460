// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/opportunities/opportunityset.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sb::ui {

/// The live opportunities of a workspace as a table.
class OpportunityTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Customer,
        Title,
        Amount,
        Owner,
        StageColumn,
        Probability,
        ExpectedClose,
        DaysInStage,
        Source,
        CreatedOn,
        ClosedOn,
        LostReason,
        LeadGrade, ///< A–D under the workspace's lead-scoring model
        LeadScore, ///< 0–100
        ColumnCount
    };

    explicit OpportunityTableModel(QObject *parent = nullptr);

    /// Replaces the rows (one reset). `today` dates the days-in-stage column.
    void setRows(std::shared_ptr<const OpportunitySet> set, const QDate &today = QDate::currentDate());
    /// The same for rows not yet prepared (builds the set here).
    void setRows(QList<core::OpportunityRow> rows, const QDate &today = QDate::currentDate());
    const std::shared_ptr<const OpportunitySet> &set() const { return m_set; }
    const QList<core::OpportunityRow> &rows() const { return m_set->rows; }
    const core::OpportunityRow &rowAt(int row) const { return m_set->rows.at(row); }
    /// The row of the opportunity with this id, or -1.
    int rowOfId(const QString &id) const;
    const QDate &today() const { return m_today; }
    /// Columns hidden until the user shows them with the column chooser.
    static bool isHiddenByDefault(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text shown in a cell.
    QString text(const core::OpportunityRow &row, int column) const;
    /// The value a column sorts by.
    QVariant sortValue(const core::OpportunityRow &row, int column) const;

private:
    std::shared_ptr<const OpportunitySet> m_set;
    QDate m_today;
};

} // namespace sb::ui
