// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncderived.h"

#include "core/domain/money.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb::core::syncderived {

using namespace syncpackage;

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

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

std::optional<QString> latestStage(const Database &db, const QString &opportunityId)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT DISTINCT to_stage FROM stage_history WHERE opportunity_id = ? AND deleted = 0 AND changed_at "
        "= "
        "(SELECT MAX(changed_at) FROM stage_history WHERE opportunity_id = ? AND deleted = 0)"));
    q.addBindValue(opportunityId);
    q.addBindValue(opportunityId);
    Database::exec(q, SyncText::tr("read the stage history"));
    std::optional<QString> stage;
    if (q.next())
        stage = q.value(0).toString();
    if (q.next())
        stage.reset(); // two stages at the same moment: no latest one
    q.finish();
    return stage;
}

OrderAmounts::OrderAmounts(const Database &db) : m_db(db) { }

void OrderAmounts::touch(const QString &id)
{
    if (!id.isEmpty())
        m_touched.insert(id);
}

qint64 OrderAmounts::apply()
{
    if (m_touched.isEmpty())
        return 0;
    QSqlQuery read = m_db.prepare(QStringLiteral(
        "SELECT o.amount, o.contract_amount, "
        "  (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id AND l.deleted = 0), "
        "  (SELECT COALESCE(SUM(l.amount), 0) FROM order_lines l WHERE l.order_id = o.id AND l.deleted = 0) "
        "FROM orders o WHERE o.id = ? AND o.deleted = 0"));
    QSqlQuery write = m_db.prepare(QStringLiteral("UPDATE orders SET amount = ? WHERE id = ?"));
    // Sorted, so the audit log lists the orders in the same order in every office.
    QStringList ids(m_touched.cbegin(), m_touched.cend());
    std::sort(ids.begin(), ids.end());
    qint64 changed = 0;
    for (const QString &id : std::as_const(ids)) {
        read.bindValue(0, id);
        Database::exec(read, SyncText::tr("read an order"));
        if (!read.next()) {
            read.finish();
            continue; // deleted: its amount no longer counts anywhere
        }
        const Money stored = read.value(0).toLongLong();
        const Money expected
            = read.value(2).toLongLong() > 0 ? read.value(3).toLongLong() : read.value(1).toLongLong();
        read.finish();
        if (stored == expected)
            continue;
        write.bindValue(0, expected);
        write.bindValue(1, id);
        Database::exec(write, SyncText::tr("update an order's amount"));
        AuditLog::record(m_db, QStringLiteral("order"), id, AuditAction::Update, QStringLiteral("amount"),
                         QString::number(stored), QString::number(expected));
        ++changed;
    }
    m_touched.clear();
    return changed;
}

} // namespace sb::core::syncderived
