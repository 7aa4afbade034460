// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/consistencycheck.h"

#include "core/domain/money.h"
#include "core/domain/opportunity.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <map>
#include <utility>

namespace sb::core {

namespace {

/// Translations in the "sb::core::ConsistencyCheck" context, spelled ConsistencyCheckText::tr() so that
/// lupdate files them under the context the program asks for.
class ConsistencyCheckText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::ConsistencyCheck)
};

// Natural keys, as the schema's partial unique indexes define them. `unique` lists
// the key columns; `display` is a select list over alias r that spells the key the
// way people read it (order number rather than order id). Table and column names
// are fixed identifiers, never input.
struct TableKey
{
    const char *table;
    const char *unique;
    const char *display;
};

constexpr TableKey tableKeys[] = {
    {"teams", "code", "r.code"},
    {"commission_plans", "code", "r.code"},
    {"commission_tiers", "plan_id, lower_bound_bp",
     "(SELECT p.code FROM commission_plans p WHERE p.id = r.plan_id), r.lower_bound_bp"},
    {"reps", "code", "r.code"},
    {"channels", "code", "r.code"},
    {"channel_share_rules", "channel_id, product_line, min_volume",
     "(SELECT c.code FROM channels c WHERE c.id = r.channel_id), r.product_line, r.min_volume"},
    {"customers", "code", "r.code"},
    {"contacts", "code", "r.code"},
    {"products", "sku", "r.sku"},
    {"lost_reasons", "name", "r.name"},
    {"opportunities", "code", "r.code"},
    {"stage_history", "opportunity_id, changed_at, to_stage",
     "(SELECT o.code FROM opportunities o WHERE o.id = r.opportunity_id), r.changed_at, r.to_stage"},
    {"activities", "code", "r.code"},
    {"orders", "number", "r.number"},
    {"order_lines", "order_id, line_no",
     "(SELECT o.number FROM orders o WHERE o.id = r.order_id), r.line_no"},
    {"contract_checks", "order_id, point",
     "(SELECT o.number FROM orders o WHERE o.id = r.order_id), r.point"},
    {"targets", "period, scope_kind, scope_key", "r.period, r.scope_kind, r.scope_key"},
    {"tickets", "number", "r.number"},
    {"promotions", "code", "r.code"},
    {"promotion_products", "promotion_id, product_id",
     "(SELECT p.code FROM promotions p WHERE p.id = r.promotion_id), "
     "(SELECT s.sku FROM products s WHERE s.id = r.product_id)"},
    {"period_costs", "period, category", "r.period, r.category"},
};

const TableKey *tableKey(const QString &table)
{
    for (const TableKey &key : tableKeys) {
        if (table == QLatin1String(key.table))
            return &key;
    }
    return nullptr;
}

// "2025" year, "2025-Q1" quarter, "2025-W10" week, "2025-03" month.
QString periodGrain(const QString &period)
{
    if (period.size() == 4)
        return ConsistencyCheckText::tr("year");
    if (period.contains(u'Q'))
        return ConsistencyCheckText::tr("quarter");
    if (period.contains(u'W'))
        return ConsistencyCheckText::tr("week");
    return ConsistencyCheckText::tr("month");
}

class Checker final
{
public:
    explicit Checker(const Database &db) : m_db(db) { }

    QList<ConsistencyProblem> run()
    {
        orderAmounts();
        lineAmounts();
        opportunityStages();
        closedOpportunities();
        closingDates();
        liveReferences();
        uniqueKeys();
        targetSplits();
        return m_problems;
    }

private:
    void add(const QString &table, const QString &key, const QString &message)
    {
        m_problems.append({table, key, message});
    }

    QSqlQuery select(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q = m_db.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        Database::exec(q, ConsistencyCheckText::tr("check the workspace"));
        return q;
    }

    // The natural key of a row, read only for rows that have a problem.
    QString keyOf(const QString &table, const QString &id)
    {
        const TableKey *spec = tableKey(table);
        if (!spec)
            return id;
        auto it = m_keyQueries.find(table);
        if (it == m_keyQueries.end()) {
            const QString sql = QStringLiteral("SELECT %1 FROM %2 r WHERE r.id = ?")
                                    .arg(QLatin1String(spec->display), table);
            it = m_keyQueries.insert(table, m_db.prepare(sql));
        }
        QSqlQuery &q = it.value();
        q.addBindValue(id);
        Database::exec(q, ConsistencyCheckText::tr("check the workspace"));
        QStringList parts;
        if (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                parts.append(q.value(i).toString());
        }
        q.finish();
        while (!parts.isEmpty() && parts.constLast().isEmpty())
            parts.removeLast();
        return parts.isEmpty() ? id : parts.join(u'/');
    }

    void orderAmounts()
    {
        QSqlQuery q = select(
            QStringLiteral("SELECT o.number, o.amount, o.contract_amount, t.n, t.total FROM orders o "
                           "LEFT JOIN (SELECT order_id, COUNT(*) AS n, SUM(amount) AS total FROM order_lines "
                           "           WHERE deleted = 0 GROUP BY order_id) t ON t.order_id = o.id "
                           "WHERE o.deleted = 0 AND o.amount <> "
                           "  CASE WHEN t.n IS NULL THEN COALESCE(o.contract_amount, 0) ELSE t.total END "
                           "ORDER BY o.number"));
        while (q.next()) {
            const QString amount = money::toDecimalString(q.value(1).toLongLong());
            if (q.value(3).isNull()) {
                add(QStringLiteral("orders"), q.value(0).toString(),
                    q.value(2).isNull()
                        ? ConsistencyCheckText::tr(
                              "amount %1 but the order has neither lines nor a contract amount")
                              .arg(amount)
                        : ConsistencyCheckText::tr(
                              "amount %1 differs from its contract amount %2 (the order has no lines)")
                              .arg(amount, money::toDecimalString(q.value(2).toLongLong())));
            } else {
                add(QStringLiteral("orders"), q.value(0).toString(),
                    ConsistencyCheckText::tr("amount %1 differs from %2, the sum of its %n line(s)", nullptr,
                                             q.value(3).toInt())
                        .arg(amount, money::toDecimalString(q.value(4).toLongLong())));
            }
        }
    }

    void lineAmounts()
    {
        // SQL finds the candidates with the same rounding rule (half away from zero);
        // money::lineAmount has the final word, since SQLite turns an overflowing
        // product into a floating-point value.
        QSqlQuery q = select(QStringLiteral(
            "SELECT o.number, l.line_no, l.quantity, l.unit_price, l.discount_bp, l.amount "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE l.deleted = 0 AND l.amount <> CASE "
            "  WHEN l.quantity * l.unit_price * (10000 - l.discount_bp) >= 0 "
            "  THEN (l.quantity * l.unit_price * (10000 - l.discount_bp) + 500000) / 1000000 "
            "  ELSE -((500000 - l.quantity * l.unit_price * (10000 - l.discount_bp)) / 1000000) END "
            "ORDER BY o.number, l.line_no"));
        while (q.next()) {
            const qint64 quantity = q.value(2).toLongLong();
            const Price4 price = q.value(3).toLongLong();
            const auto discount = BasisPoints(q.value(4).toInt());
            const Money expected = money::lineAmount(quantity, price, discount);
            const Money stored = q.value(5).toLongLong();
            if (expected == stored)
                continue;
            add(QStringLiteral("order_lines"), q.value(0).toString() + u'/' + q.value(1).toString(),
                ConsistencyCheckText::tr(
                    "amount %1 differs from %2 = quantity %3 × price %4 less %5 bp discount")
                    .arg(money::toDecimalString(stored), money::toDecimalString(expected),
                         QString::number(quantity), money::price4ToString(price), QString::number(discount)));
        }
    }

    void opportunityStages()
    {
        QSqlQuery q = select(QStringLiteral(
            "SELECT o.code, o.stage, MAX(h.to_stage), COUNT(h.id) FROM opportunities o "
            "LEFT JOIN stage_history h ON h.opportunity_id = o.id AND h.deleted = 0 "
            "  AND h.changed_at = (SELECT MAX(x.changed_at) FROM stage_history x "
            "                      WHERE x.opportunity_id = o.id AND x.deleted = 0) "
            "WHERE o.deleted = 0 GROUP BY o.id, o.code, o.stage "
            "HAVING COUNT(h.id) = 0 OR SUM(CASE WHEN h.to_stage = o.stage THEN 1 ELSE 0 END) = 0 "
            "ORDER BY o.code"));
        while (q.next()) {
            const QString code = q.value(0).toString();
            if (q.value(3).toInt() == 0)
                add(QStringLiteral("opportunities"), code, ConsistencyCheckText::tr("has no stage history"));
            else
                add(QStringLiteral("opportunities"), code,
                    ConsistencyCheckText::tr("stage is %1 but its latest stage change is to %2")
                        .arg(q.value(1).toString(), q.value(2).toString()));
        }
    }

    void closedOpportunities()
    {
        const QString won = stage::key(Stage::Won);
        const QString lost = stage::key(Stage::Lost);
        QSqlQuery q
            = select(QStringLiteral(
                         "SELECT code, stage, closed_on, lost_reason FROM opportunities "
                         "WHERE deleted = 0 AND ((stage IN (?, ?) AND (closed_on IS NULL OR closed_on = '')) "
                         "                       OR (stage = ? AND lost_reason = '')) ORDER BY code"),
                     {won, lost, lost});
        while (q.next()) {
            const QString code = q.value(0).toString();
            const QString stageKey = q.value(1).toString();
            if (q.value(2).toString().isEmpty())
                add(QStringLiteral("opportunities"), code,
                    ConsistencyCheckText::tr("is %1 but has no closing date").arg(stageKey));
            if (stageKey == lost && q.value(3).toString().isEmpty())
                add(QStringLiteral("opportunities"), code,
                    ConsistencyCheckText::tr("is lost but has no lost reason"));
        }
    }

    // The change into won or lost is dated the closing date (the app writes both
    // from one date), so the history and the win-rate and cycle figures agree.
    void closingDates()
    {
        QSqlQuery q = select(
            QStringLiteral(
                "SELECT o.code, o.stage, o.closed_on, h.changed_on FROM opportunities o "
                "JOIN stage_history h ON h.opportunity_id = o.id AND h.deleted = 0 AND h.to_stage = o.stage "
                "  AND h.changed_at = (SELECT MAX(x.changed_at) FROM stage_history x "
                "                      WHERE x.opportunity_id = o.id AND x.deleted = 0) "
                "WHERE o.deleted = 0 AND o.stage IN (?, ?) AND o.closed_on IS NOT NULL AND o.closed_on <> '' "
                "  AND h.changed_on <> o.closed_on ORDER BY o.code"),
            {stage::key(Stage::Won), stage::key(Stage::Lost)});
        while (q.next())
            add(QStringLiteral("opportunities"), q.value(0).toString(),
                ConsistencyCheckText::tr(
                    "closing date %1 differs from %2, the date of its stage change to %3")
                    .arg(q.value(2).toString(), q.value(3).toString(), q.value(1).toString()));
    }

    // Tables with a tombstone column, and their foreign keys, read from the schema
    // so that a later migration's references are checked too.
    QStringList tombstonedTables() const
    {
        QStringList tables;
        QSqlQuery q = select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                            "NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables.append(q.value(0).toString());
        QStringList result;
        for (const QString &table : tables) {
            QSqlQuery info = select(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            while (info.next()) {
                if (info.value(1).toString() == QLatin1String("deleted")) {
                    result.append(table);
                    break;
                }
            }
        }
        return result;
    }

    bool hasTombstones(const QString &table)
    {
        auto it = m_hasTombstones.find(table);
        if (it == m_hasTombstones.end()) {
            QSqlQuery q
                = select(QStringLiteral("SELECT 1 FROM \"%1\" WHERE deleted <> 0 LIMIT 1").arg(table));
            it = m_hasTombstones.insert(table, q.next());
        }
        return it.value();
    }

    void liveReferences()
    {
        const QStringList tables = tombstonedTables();
        for (const QString &table : tables) {
            QList<std::pair<QString, QString>> references; // column, target table
            {
                QSqlQuery fk = select(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
                while (fk.next()) {
                    const QString target = fk.value(2).toString();
                    if (tables.contains(target))
                        references.append({fk.value(3).toString(), target});
                }
            }
            for (const auto &[column, target] : references) {
                if (!hasTombstones(target))
                    continue;
                // Driven by the few deleted targets, so a large referencing table is
                // probed through its index instead of being scanned once per reference.
                QSqlQuery q = select(
                    QStringLiteral("SELECT r.id, r.\"%3\" FROM \"%1\" r WHERE r.deleted = 0 AND r.\"%3\" IN "
                                   "(SELECT t.id FROM \"%2\" t WHERE t.deleted <> 0) ORDER BY r.id")
                        .arg(table, target, column));
                QList<std::pair<QString, QString>> rows;
                while (q.next())
                    rows.append({q.value(0).toString(), q.value(1).toString()});
                q.finish();
                for (const auto &[rowId, targetId] : rows)
                    add(table, keyOf(table, rowId),
                        ConsistencyCheckText::tr("%1 refers to %2 %3, which is deleted")
                            .arg(column, target, keyOf(target, targetId)));
            }
        }
    }

    void uniqueKeys()
    {
        for (const TableKey &spec : tableKeys) {
            const QString table = QLatin1String(spec.table);
            QSqlQuery q = select(QStringLiteral("SELECT MIN(id), COUNT(*) FROM %1 WHERE deleted = 0 GROUP BY "
                                                "%2 HAVING COUNT(*) > 1 ORDER BY 1")
                                     .arg(table, QLatin1String(spec.unique)));
            QList<std::pair<QString, int>> rows;
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1).toInt()});
            q.finish();
            for (const auto &[id, count] : rows)
                add(table, keyOf(table, id),
                    ConsistencyCheckText::tr("%n live rows share this key", nullptr, count));
        }
    }

    void targetSplits()
    {
        QSqlQuery q
            = select(QStringLiteral("SELECT p.id, p.amount, p.scope_kind, c.scope_kind, c.period, c.amount "
                                    "FROM targets c JOIN targets p ON p.id = c.parent_id "
                                    "WHERE c.deleted = 0 AND p.deleted = 0"));
        // A parent can be split along several dimensions at once (quarters and
        // teams); each split must add up to the parent on its own.
        struct Split
        {
            Money parentAmount = 0;
            Money sum = 0;
            int children = 0;
        };
        std::map<std::pair<QString, QString>, Split> splits;
        while (q.next()) {
            const QString parentKind = q.value(2).toString();
            const QString childKind = q.value(3).toString();
            const QString dimension
                = childKind == parentKind ? periodGrain(q.value(4).toString()) : childKind;
            Split &split = splits[{q.value(0).toString(), dimension}];
            split.parentAmount = q.value(1).toLongLong();
            split.sum += q.value(5).toLongLong();
            ++split.children;
        }
        q.finish();
        for (const auto &[key, split] : splits) {
            if (split.sum == split.parentAmount)
                continue;
            add(QStringLiteral("targets"), keyOf(QStringLiteral("targets"), key.first),
                ConsistencyCheckText::tr("its %n children by %1 add up to %2, not to its amount %3", nullptr,
                                         split.children)
                    .arg(key.second, money::toDecimalString(split.sum),
                         money::toDecimalString(split.parentAmount)));
        }
    }

    const Database &m_db;
    QList<ConsistencyProblem> m_problems;
    QHash<QString, QSqlQuery> m_keyQueries;
    QHash<QString, bool> m_hasTombstones;
};

} // namespace

QString ConsistencyProblem::toString() const
{
    return table + u' ' + key + QStringLiteral(": ") + message;
}

QList<ConsistencyProblem> findConsistencyProblems(const Database &db)
{
    return Checker(db).run();
}

} // namespace sb::core
