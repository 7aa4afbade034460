// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/opportunityqueries.h"

#include "core/storage/database.h"
#include "core/storage/funnelsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sb::core {

namespace {

QString what()
{
    return QCoreApplication::translate("sb::OpportunityQueries", "read the opportunities");
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QList<CodedItem> codedItems(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    q.setForwardOnly(true);
    Database::exec(q, what());
    QList<CodedItem> items;
    while (q.next())
        items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return items;
}

QStringList sortedUnique(QSet<QString> values)
{
    values.remove(QString());
    QStringList list(values.cbegin(), values.cend());
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return list;
}

} // namespace

QList<OpportunityRow> OpportunityQueries::rows(const Database &db)
{
    // The stage-entry date is the business date of the latest live history row,
    // found through the history's (opportunity_id, changed_at) index.
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT o.id, o.code, c.code, c.name, o.title, o.source, o.amount, o.owner_rep_id, "
        "r.name, o.created_on, o.expected_close, o.stage, o.probability, o.lost_reason, o.closed_on, "
        "(SELECT h.changed_on FROM stage_history h WHERE h.opportunity_id = o.id AND h.deleted = 0 "
        " ORDER BY h.changed_at DESC LIMIT 1), "
        "o.lead_source_score, o.lead_need_score, o.lead_budget_score, o.lead_intent_score "
        "FROM opportunities o "
        "JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN reps r ON r.id = o.owner_rep_id "
        "WHERE o.deleted = 0 ORDER BY o.code"));
    q.setForwardOnly(true);
    Database::exec(q, what());
    const funnel::LeadScoringModel leadModel = leadScoringModel(db);
    const auto score = [&q](int column) {
        const QVariant value = q.value(column);
        return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
    };
    // Names repeat across deals (one customer, many deals): keep one copy of each.
    QSet<QString> pool;
    const auto shared = [&pool](const QVariant &value) {
        const QString text = value.toString();
        const auto found = pool.constFind(text);
        return found != pool.cend() ? *found : *pool.insert(text);
    };
    QList<OpportunityRow> rows;
    while (q.next()) {
        OpportunityRow row;
        row.id = q.value(0).toString();
        row.code = q.value(1).toString();
        row.customerCode = shared(q.value(2));
        row.customerName = shared(q.value(3));
        row.title = shared(q.value(4));
        row.source = shared(q.value(5));
        row.amount = q.value(6).toLongLong();
        row.ownerId = shared(q.value(7));
        row.ownerName = shared(q.value(8));
        row.createdOn = dateOf(q.value(9));
        row.expectedClose = dateOf(q.value(10));
        row.stage = stage::fromText(q.value(11).toString()).value_or(Stage::InitialContact);
        row.probability = q.value(12).toInt();
        row.lostReason = shared(q.value(13));
        row.closedOn = dateOf(q.value(14));
        row.stageSince = dateOf(q.value(15));
        const funnel::LeadInputs lead{score(16), score(17), score(18), score(19)};
        if (funnel::isAssessed(lead))
            row.lead = funnel::scoreLead(row.source, lead, leadModel);
        if (!row.stageSince.isValid())
            row.stageSince = row.createdOn;
        rows.append(std::move(row));
    }
    return rows;
}

QList<CodedItem> OpportunityQueries::customers(const Database &db)
{
    return codedItems(db,
                      QStringLiteral("SELECT id, code, name FROM customers WHERE deleted = 0 ORDER BY code"));
}

QList<CodedItem> OpportunityQueries::teams(const Database &db)
{
    return codedItems(db, QStringLiteral("SELECT id, code, name FROM teams WHERE deleted = 0 ORDER BY name"));
}

QStringList OpportunityQueries::sources(const Database &db)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT DISTINCT source FROM opportunities WHERE deleted = 0 AND source <> ''"));
    q.setForwardOnly(true);
    Database::exec(q, what());
    QSet<QString> values;
    while (q.next())
        values.insert(q.value(0).toString());
    return sortedUnique(std::move(values));
}

QStringList OpportunityQueries::competitors(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT DISTINCT lost_competitor FROM opportunities WHERE deleted = 0 AND lost_competitor <> '' "
        "UNION SELECT DISTINCT competitors FROM opportunities WHERE deleted = 0 AND competitors <> ''"));
    q.setForwardOnly(true);
    Database::exec(q, what());
    // The competitors field is free text that often lists several names.
    static const QRegularExpression separators(QStringLiteral("[,;，；、/]"));
    QSet<QString> values;
    while (q.next()) {
        for (const QString &part : q.value(0).toString().split(separators, Qt::SkipEmptyParts))
            values.insert(part.trimmed());
    }
    return sortedUnique(std::move(values));
}

} // namespace sb::core
