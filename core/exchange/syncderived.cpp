// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncderived.h"

#include "core/domain/money.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <algorithm>

namespace sb::core::syncderived {

using namespace syncpackage;

namespace {

qint64 integer(const Values &row, const QStringList &columns, const char *column, bool &ok)
{
    const auto i = int(columns.indexOf(QString::fromLatin1(column)));
    bool parsed = false;
    const qint64 value = i < 0 ? 0 : row.value(i).value_or(QString()).toLongLong(&parsed);
    ok = ok && parsed;
    return value;
}

} // namespace

void computeInRow(const SyncTable &table, const QStringList &columns, Values &row)
{
    if (table.table != u"order_lines")
        return;
    const auto amount = int(columns.indexOf(QStringLiteral("amount")));
    bool ok = amount >= 0;
    const qint64 quantity = integer(row, columns, "quantity", ok);
    const Price4 price = integer(row, columns, "unit_price", ok);
    const auto discount = BasisPoints(integer(row, columns, "discount_bp", ok));
    // A row the schema would refuse keeps its values: storing it reports the problem.
    if (ok && money::lineAmountFits(quantity, price) && discount >= 0 && discount <= 10000)
        row[amount] = QString::number(money::lineAmount(quantity, price, discount));
}

std::optional<QString> latestStage(SyncDerivedStore &store, const QString &opportunityId)
{
    const QStringList stages = store.latestStages(opportunityId);
    if (stages.size() != 1)
        return std::nullopt; // none, or two stages at the same moment: no latest one
    return stages.first();
}

OrderAmounts::OrderAmounts(const Database &db) : m_db(db), m_store(db) { }

void OrderAmounts::touch(const QString &id)
{
    if (!id.isEmpty())
        m_touched.insert(id);
}

qint64 OrderAmounts::apply()
{
    if (m_touched.isEmpty())
        return 0;
    // Sorted, so the audit log lists the orders in the same order in every office.
    QStringList ids(m_touched.cbegin(), m_touched.cend());
    std::sort(ids.begin(), ids.end());
    qint64 changed = 0;
    for (const QString &id : std::as_const(ids)) {
        const std::optional<SyncOrderTotals> totals = m_store.liveOrderTotals(id);
        if (!totals)
            continue; // deleted: its amount no longer counts anywhere
        const Money stored = totals->amount;
        const Money expected = totals->liveLines > 0 ? totals->linesAmount : totals->contractAmount;
        if (stored == expected)
            continue;
        m_store.setOrderAmount(id, expected);
        AuditLog::record(m_db, QStringLiteral("order"), id, AuditAction::Update, QStringLiteral("amount"),
                         QString::number(stored), QString::number(expected));
        ++changed;
    }
    m_touched.clear();
    return changed;
}

} // namespace sb::core::syncderived
