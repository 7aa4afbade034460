// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/funnelsql.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/funnelqueries.h"
#include "core/storage/sqlite/sqlitestatement.h"

#include <QCoreApplication>
#include <QVariant>

namespace sb::core::funnelsql {

QString stageIndexSql(const QString &column)
{
    return QStringLiteral("CASE %1 WHEN 'initial_contact' THEN 0 WHEN 'needs_confirmed' THEN 1 "
                          "WHEN 'proposal' THEN 2 WHEN 'negotiation' THEN 3 WHEN 'won' THEN 4 ELSE -1 END")
        .arg(column);
}

// SQLite's two-argument max() is scalar; the one-argument one aggregates.
QString reachedSql()
{
    return QStringLiteral("CASE WHEN o.stage = 'won' THEN 4 ELSE max(0, %1, coalesce("
                          "(SELECT max(max(%2, %3)) FROM stage_history h "
                          "WHERE h.opportunity_id = o.id AND h.deleted = 0), -1)) END")
        .arg(stageIndexSql(QStringLiteral("o.stage")), stageIndexSql(QStringLiteral("h.to_stage")),
             stageIndexSql(QStringLiteral("h.from_stage")));
}

// Must stay identical to the WHERE of stage_history_backward (0002_funnel_indexes.sql),
// or SQLite will not use that index.
const QString &backwardSql()
{
    static const QString sql = QStringLiteral(
        "h.deleted = 0 AND ((h.from_stage = 'needs_confirmed' AND h.to_stage = 'initial_contact') "
        "OR (h.from_stage = 'proposal' AND h.to_stage IN ('initial_contact', 'needs_confirmed')) "
        "OR (h.from_stage = 'negotiation' AND h.to_stage IN ('initial_contact', 'needs_confirmed', "
        "'proposal')))");
    return sql;
}

int stageIndex(const QString &key)
{
    if (key == QLatin1String("initial_contact"))
        return 0;
    if (key == QLatin1String("needs_confirmed"))
        return 1;
    if (key == QLatin1String("proposal"))
        return 2;
    if (key == QLatin1String("negotiation"))
        return 3;
    if (key == QLatin1String("won"))
        return 4;
    return -1;
}

std::optional<Stage> stageFromKey(const QString &key)
{
    if (key == QLatin1String("lost"))
        return Stage::Lost;
    const int index = stageIndex(key);
    if (index < 0)
        return std::nullopt;
    return static_cast<Stage>(index); // the enum lists the funnel stages in funnel order
}

// Without the general date parser: the loader reads hundreds of thousands.
QDate parseDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return QDate::fromString(text, Qt::ISODate);
    auto number = [&text](int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; ++i) {
            const int digit = text[i].digitValue();
            if (digit < 0)
                return -1;
            n = n * 10 + digit;
        }
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

QString lowBound(const funnel::Period &p)
{
    return p.from.isValid() ? p.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
}

QString highBound(const funnel::Period &p)
{
    return p.to.isValid() ? p.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}

QSqlQuery Statement::run(const Database &db, const QString &what) const
{
    QSqlQuery q = db.prepare(sql);
    q.setForwardOnly(true);
    for (const QString &v : values)
        q.addBindValue(v);
    Database::exec(q, what);
    return q;
}

void Statement::bind(SqliteStatement &statement) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(int(i) + 1, values[i]);
}

qint64 liveOpportunities(const Database &db)
{
    Statement s{QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0"), {}};
    QSqlQuery q = s.run(db, FunnelText::tr("count opportunities"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void addFilters(Statement &s, const FunnelFilters &f)
{
    if (!f.owner.isEmpty()) {
        s.sql += QStringLiteral(" AND o.owner_rep_id IN (SELECT r.id FROM reps r WHERE r.deleted = 0"
                                " AND (r.id = ? OR r.code = ?))");
        s.values << f.owner << f.owner;
    }
    if (!f.team.isEmpty()) {
        s.sql += QStringLiteral(
            " AND o.owner_rep_id IN (SELECT r.id FROM reps r WHERE r.deleted = 0 AND r.team_id IN ("
            "WITH RECURSIVE sub(id) AS (SELECT t.id FROM teams t WHERE t.deleted = 0 AND (t.id = ? OR t.code "
            "= ?)"
            " UNION SELECT c.id FROM teams c JOIN sub ON c.parent_team_id = sub.id WHERE c.deleted = 0)"
            " SELECT id FROM sub))");
        s.values << f.team << f.team;
    }
    if (!f.source.isEmpty()) {
        s.sql += QStringLiteral(" AND o.source = ?");
        s.values << f.source;
    }
    if (!f.productLine.isEmpty()) {
        // Matched once per distinct products_needed text (a few thousand even in a
        // large book) rather than once per deal; the IN list is built once. instr()
        // is SQLite's spelling of PostgreSQL's strpos(); lower() folds Latin letters.
        s.sql += QStringLiteral(
            " AND o.products_needed IN (SELECT n.text FROM (SELECT DISTINCT x.products_needed AS text"
            " FROM opportunities x WHERE x.deleted = 0 AND x.products_needed <> '') n WHERE EXISTS ("
            "SELECT 1 FROM products p WHERE p.deleted = 0 AND p.product_line = ?"
            " AND ((p.name <> '' AND instr(lower(n.text), lower(p.name)) > 0)"
            " OR (p.sku <> '' AND instr(lower(n.text), lower(p.sku)) > 0))))");
        s.values << f.productLine;
    }
}

void checkFilters(const Database &db, const FunnelFilters &f)
{
    auto exists = [&db](const QString &table, const QString &key) {
        Statement s{QStringLiteral("SELECT 1 FROM %1 WHERE deleted = 0 AND (id = ? OR code = ?)").arg(table),
                    {key, key}};
        QSqlQuery q = s.run(db, FunnelText::tr("look up %1").arg(key));
        return q.next();
    };
    if (!f.owner.isEmpty() && !exists(QStringLiteral("reps"), f.owner))
        throw Error(Error::Kind::Usage, FunnelText::tr("No sales rep with code or id %1.").arg(f.owner));
    if (!f.team.isEmpty() && !exists(QStringLiteral("teams"), f.team))
        throw Error(Error::Kind::Usage, FunnelText::tr("No team with code or id %1.").arg(f.team));
    if (!f.productLine.isEmpty()) {
        Statement s{QStringLiteral("SELECT 1 FROM products WHERE deleted = 0 AND product_line = ?"),
                    {f.productLine}};
        QSqlQuery q = s.run(db, FunnelText::tr("look up %1").arg(f.productLine));
        if (!q.next())
            throw Error(Error::Kind::Usage,
                        FunnelText::tr("No product of product line %1.").arg(f.productLine));
    }
}

} // namespace sb::core::funnelsql
