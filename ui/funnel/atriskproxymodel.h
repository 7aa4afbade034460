// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace sb::ui {

class AtRiskModel;

/// Sorts the at-risk list straight from its rows (no QVariant per comparison),
/// so thousands of deals re-sort without a pause.
class AtRiskProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AtRiskProxyModel(AtRiskModel *model, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AtRiskModel *m_model;
};

} // namespace sb::ui
