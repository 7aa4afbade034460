// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace sb::ui {

/// Shows the rows of a RowOutcomeModel with one kind of action.
class RowOutcomeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter {
        All,
        Problems,
        Inserts,
        Updates,
        Unchanged
    };

    explicit RowOutcomeFilterModel(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace sb::ui
