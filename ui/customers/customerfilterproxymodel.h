// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"
#include "core/domain/customer.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace sb::ui {

class CustomerTableModel;

/// Filters and sorts the customer table. Filtering and sorting read the rows
/// directly (no QVariant per cell), so 50 000 customers stay responsive.
class CustomerFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject *parent = nullptr);

    void setCustomerModel(CustomerTableModel *model);

    /// Keeps rows where every word of `text` occurs (ignoring case) in the code,
    /// name, industry, region, city, owner, decision maker, phone or e-mail.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    /// Keeps rows in this lifecycle stage; nullopt keeps all.
    void setLifecycleFilter(std::optional<core::LifecycleStage> stage);
    std::optional<core::LifecycleStage> lifecycleFilter() const { return m_lifecycle; }
    /// Keeps rows whose customer is in this ABC class; nullopt keeps all.
    void setClassFilter(std::optional<core::abc::Class> cls);
    std::optional<core::abc::Class> classFilter() const { return m_class; }
    /// Keeps rows with exactly this industry; empty keeps all.
    void setIndustryFilter(const QString &industry);
    /// Keeps rows with exactly this region; empty keeps all.
    void setRegionFilter(const QString &region);
    /// Keeps rows owned by this sales rep (reps.id); empty keeps all.
    void setOwnerFilter(const QString &ownerRepId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void setSourceModel(QAbstractItemModel *model) override;

    CustomerTableModel *m_model = nullptr;
    QString m_searchText;
    QStringList m_words;
    std::optional<core::LifecycleStage> m_lifecycle;
    std::optional<core::abc::Class> m_class;
    QString m_industry;
    QString m_region;
    QString m_owner;
};

} // namespace sb::ui
