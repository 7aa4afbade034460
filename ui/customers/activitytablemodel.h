// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sb::ui {

/// A customer's activity timeline, newest first: date, kind, summary, next
/// step and its due date (overdue ones in red).
class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Kind,
        Summary,
        NextStep,
        NextStepDate,
        ColumnCount
    };

    explicit ActivityTableModel(QObject *parent = nullptr);

    void setActivities(QList<core::Activity> activities);
    const core::Activity &activityAt(int row) const { return m_activities.at(row); }
    /// The row of the activity with this id, or -1.
    int rowOfId(const QString &id) const;
    /// Next steps due before this day show as overdue.
    void setToday(QDate today) { m_today = today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Activity> m_activities;
    QDate m_today = QDate::currentDate();
};

} // namespace sb::ui
