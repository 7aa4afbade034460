// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncpackage.h"
#include "core/storage/syncderivedstore.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::core {
class Database;
}

/// Values a sync import must compute rather than merge: what other records
/// determine (product.md). Both offices compute them from the same merged
/// records, so they agree without sending the results back and forth; the
/// records keep their stamps.
namespace sb::core::syncderived {

/// Computes the derived values of a merged row that depend on that row alone:
/// an order line's amount (quantity × unit price less discount).
void computeInRow(const syncpackage::SyncTable &table, const QStringList &columns, syncpackage::Values &row);

/// The stage of an opportunity's latest live stage change, or nullopt when it
/// has none or two changes share the latest time with different stages.
std::optional<QString> latestStage(SyncDerivedStore &store, const QString &opportunityId);

/// Orders whose amount an import changed the inputs of: their lines, their
/// contract amount, or the order row merged from both offices.
class OrderAmounts final
{
public:
    explicit OrderAmounts(const Database &db);

    /// The order `id` needs its amount computed afresh.
    void touch(const QString &id);
    /// Sets each touched live order's amount to the sum of its live lines, or its
    /// contract amount when it has none; each change goes to the audit log.
    /// Returns how many orders changed.
    qint64 apply();

private:
    const Database &m_db;
    SyncDerivedStore m_store;
    QSet<QString> m_touched;
};

} // namespace sb::core::syncderived
