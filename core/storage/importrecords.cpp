// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/importrecords.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb::core::importrecords {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

} // namespace

std::optional<QString> findId(const Database &db, const QString &table, const QString &keyColumn,
                              const QString &key)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") + keyColumn
                             + QStringLiteral(" = ? AND deleted = 0"));
    q.addBindValue(key);
    Database::exec(q, ImportText::tr("look up a reference"));
    if (q.next())
        return q.value(0).toString();
    return std::nullopt;
}

std::optional<QString> findIdByKey(const Database &db, const QString &table, const QStringList &keyColumns,
                                   const QVariantList &values)
{
    QStringList conditions;
    for (const QString &column : keyColumns)
        conditions.append(column + QStringLiteral(" = ?"));
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ")
                             + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" AND deleted = 0"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    Database::exec(q, ImportText::tr("look up a record"));
    if (q.next())
        return q.value(0).toString();
    return std::nullopt;
}

void insertStageHistory(const Database &db, const ImportedStageChange &change)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("INSERT INTO stage_history (id, opportunity_id, from_stage, to_stage, changed_at, "
                       "changed_on, changed_by, "
                       "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(change.id);
    q.addBindValue(change.opportunityId);
    q.addBindValue(change.fromStage);
    q.addBindValue(change.toStage);
    q.addBindValue(change.changedAt);
    q.addBindValue(change.changedOn);
    q.addBindValue(QStringLiteral("import"));
    const QString now = Database::nowUtc();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(db.officeId());
    Database::exec(q, ImportText::tr("record the stage change"));
}

QList<std::pair<QString, qint64>> importedStageHistory(const Database &db, const QVariant &opportunityId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, version FROM stage_history WHERE opportunity_id = ? "
                                            "AND changed_by = 'import' AND deleted = 0"));
    q.addBindValue(opportunityId);
    Database::exec(q, ImportText::tr("read the stage history"));
    QList<std::pair<QString, qint64>> entries;
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toLongLong()});
    return entries;
}

void tombstoneStageHistory(const Database &db, const QString &id)
{
    QSqlQuery del = db.prepare(QStringLiteral("UPDATE stage_history SET deleted = 1, version = version + "
                                              "1, updated_at = ?, updated_by_office = ? WHERE id = ?"));
    del.addBindValue(Database::nowUtc());
    del.addBindValue(db.officeId());
    del.addBindValue(id);
    Database::exec(del, ImportText::tr("replace the stage history"));
}

std::optional<QVariant> findTarget(const Database &db, const QString &period, const QString &scopeKind,
                                   const QString &scopeKey)
{
    QSqlQuery find = db.prepare(QStringLiteral(
        "SELECT id FROM targets WHERE period = ? AND scope_kind = ? AND scope_key = ? AND deleted = 0"));
    find.addBindValue(period);
    find.addBindValue(scopeKind);
    find.addBindValue(scopeKey.isNull() ? QStringLiteral("") : scopeKey); // a null QString would bind NULL
    Database::exec(find, ImportText::tr("look up a parent target"));
    if (!find.next())
        return std::nullopt;
    return find.value(0);
}

void setTargetParent(const Database &db, const QString &id, const QVariant &parentId)
{
    QSqlQuery link = db.prepare(QStringLiteral("UPDATE targets SET parent_id = ? WHERE id = ?"));
    link.addBindValue(parentId);
    link.addBindValue(id);
    Database::exec(link, ImportText::tr("link a target to its parent"));
}

void recomputeOrderAmount(const Database &db, const QString &orderId)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "UPDATE orders SET amount = COALESCE((SELECT SUM(amount) FROM order_lines WHERE order_id = orders.id "
        "AND deleted = 0), contract_amount, 0) WHERE id = ?"));
    q.addBindValue(orderId);
    Database::exec(q, ImportText::tr("update the order amount"));
}

} // namespace sb::core::importrecords
