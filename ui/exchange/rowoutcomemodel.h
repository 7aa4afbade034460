// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importer.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb::ui {

/// The per-row outcome of an import or a dry run: what would happen to each
/// row (new, update with old → new, unchanged, skipped, error with its reason).
/// EnumKeyRole gives the action's stable key ("insert", "error" …) in every column.
class RowOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Row,
        Action,
        Key,
        Field,
        Details,
        ColumnCount
    };

    explicit RowOutcomeModel(QObject *parent = nullptr);

    void setOutcomes(const QList<core::RowOutcome> &outcomes);
    const QList<core::RowOutcome> &outcomes() const { return m_outcomes; }

    /// The stable key of an action: insert, update, unchanged, skip, error.
    static QString actionKey(core::RowAction action);
    /// The translated name of an action.
    static QString actionTitle(core::RowAction action);
    /// The changes of an update as "field: old → new; …".
    static QString changesText(const core::RowOutcome &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::RowOutcome> m_outcomes;
};

} // namespace sb::ui
