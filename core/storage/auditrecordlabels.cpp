// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditrecordlabels.h"

#include "core/domain/contract.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace sb::core {

namespace {

/// Translations in the "sb::core::AuditRecordLabels" context.
class AuditRecordLabelsText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::AuditRecordLabels)
};

/// How to name the records of one entity: a fixed SELECT whose first column is
/// the id, ending in "IN (" for the bound ids, and how to build the label.
struct Lookup
{
    QString select;
    std::function<QString(const QSqlQuery &)> label;
};

QString joined(const QSqlQuery &q)
{
    return QStringList{q.value(1).toString(), q.value(2).toString()}.join(u' ').trimmed();
}

const QHash<QString, Lookup> &lookups()
{
    static const QHash<QString, Lookup> all{
        {QStringLiteral("customer"),
         {QStringLiteral("SELECT id, code, name FROM customers WHERE id IN ("), joined}},
        {QStringLiteral("contact"),
         {QStringLiteral("SELECT id, code, name FROM contacts WHERE id IN ("), joined}},
        {QStringLiteral("activity"),
         {QStringLiteral("SELECT id, code, '' FROM activities WHERE id IN ("), joined}},
        {QStringLiteral("opportunity"),
         {QStringLiteral("SELECT id, code, title FROM opportunities WHERE id IN ("), joined}},
        {QStringLiteral("product"),
         {QStringLiteral("SELECT id, sku, name FROM products WHERE id IN ("), joined}},
        {QStringLiteral("rep"), {QStringLiteral("SELECT id, code, name FROM reps WHERE id IN ("), joined}},
        {QStringLiteral("team"), {QStringLiteral("SELECT id, code, name FROM teams WHERE id IN ("), joined}},
        {QStringLiteral("order"),
         {QStringLiteral("SELECT id, number, '' FROM orders WHERE id IN ("), joined}},
        {QStringLiteral("order_line"),
         {QStringLiteral(
              "SELECT l.id, o.number, l.line_no FROM order_lines l JOIN orders o ON o.id = l.order_id "
              "WHERE l.id IN ("),
          [](const QSqlQuery &q) {
              return AuditRecordLabelsText::tr("%1 line %2")
                  .arg(q.value(1).toString(), q.value(2).toString());
          }}},
        {QStringLiteral("contract_check"),
         {QStringLiteral(
              "SELECT k.id, o.number, k.point FROM contract_checks k JOIN orders o ON o.id = k.order_id "
              "WHERE k.id IN ("),
          [](const QSqlQuery &q) {
              const auto point = contractpoint::fromText(q.value(2).toString());
              return AuditRecordLabelsText::tr("%1: %2").arg(
                  q.value(1).toString(), point ? contractpoint::displayName(*point) : q.value(2).toString());
          }}},
    };
    return all;
}

// SQLite allows many more bound values; a few hundred keep each statement small.
constexpr qsizetype kChunk = 400;

} // namespace

QHash<QString, QString> auditRecordLabels(const Database &db, const QList<AuditEntry> &entries)
{
    QHash<QString, QSet<QString>> idsByEntity;
    for (const AuditEntry &entry : entries) {
        if (lookups().contains(entry.entity))
            idsByEntity[entry.entity].insert(entry.recordId);
    }
    QHash<QString, QString> labels;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const Lookup &lookup = lookups().value(it.key());
        const QStringList ids(it.value().cbegin(), it.value().cend());
        for (qsizetype start = 0; start < ids.size(); start += kChunk) {
            const QStringList chunk = ids.mid(start, kChunk);
            QStringList marks;
            marks.fill(QStringLiteral("?"), chunk.size());
            QSqlQuery q = db.prepare(lookup.select + marks.join(QStringLiteral(", ")) + QStringLiteral(")"));
            for (const QString &id : chunk)
                q.addBindValue(id);
            Database::exec(q, AuditRecordLabelsText::tr("read the names of the changed records"));
            while (q.next())
                labels.insert(q.value(0).toString(), lookup.label(q));
        }
    }
    return labels;
}

QStringList orderRecordIds(const Database &db, const QString &orderId)
{
    QStringList ids{orderId};
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM order_lines WHERE order_id = ? "
                                            "UNION ALL SELECT id FROM contract_checks WHERE order_id = ?"));
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    Database::exec(q, AuditRecordLabelsText::tr("read the records of an order"));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace sb::core
