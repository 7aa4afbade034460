// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sb::core {

namespace {

/// Translations in the "sb::core::AuditLog" context, spelled AuditLogText::tr() so that
/// lupdate files them under the context the program asks for.
class AuditLogText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::AuditLog)
};

std::optional<QString> textOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toString();
}

QVariant toVariant(const std::optional<QString> &text)
{
    if (!text)
        return QVariant(QMetaType(QMetaType::QString));
    // Qt binds a null QString as SQL NULL; an empty value is a value.
    return text->isNull() ? QVariant(QStringLiteral("")) : QVariant(*text);
}

std::optional<QString> fromVariant(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

AuditAction actionFromKey(const QString &key)
{
    if (key == QStringLiteral("create"))
        return AuditAction::Create;
    if (key == QStringLiteral("delete"))
        return AuditAction::Delete;
    if (key == QStringLiteral("override"))
        return AuditAction::Override;
    return AuditAction::Update;
}

} // namespace

QString AuditLog::actionKey(AuditAction action)
{
    switch (action) {
    case AuditAction::Create:
        return QStringLiteral("create");
    case AuditAction::Update:
        return QStringLiteral("update");
    case AuditAction::Delete:
        return QStringLiteral("delete");
    case AuditAction::Override:
        return QStringLiteral("override");
    }
    return QStringLiteral("update");
}

void AuditLog::record(const Database &db, const QString &entity, const QString &recordId, AuditAction action,
                      const QString &field, const std::optional<QString> &oldValue,
                      const std::optional<QString> &newValue)
{
    record(db, entity, recordId, action, QList<AuditChange>{{field, oldValue, newValue}});
}

void AuditLog::record(const Database &db, const QString &entity, const QString &recordId, AuditAction action,
                      const QList<AuditChange> &changes)
{
    if (changes.isEmpty())
        return;
    const QString at = Database::nowUtc();
    const QString user = Database::userName();
    const QString office = db.officeId();
    QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, office, entity, "
                                            "record_id, action, field, old_value, new_value) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AuditChange &change : changes) {
        q.addBindValue(at);
        q.addBindValue(user);
        q.addBindValue(office);
        q.addBindValue(entity);
        q.addBindValue(recordId);
        q.addBindValue(actionKey(action));
        q.addBindValue(toVariant(change.field));
        q.addBindValue(toVariant(change.oldValue));
        q.addBindValue(toVariant(change.newValue));
        Database::exec(q, AuditLogText::tr("write the audit log"));
    }
}

QList<AuditChange> AuditLog::diff(const QVariantMap &before, const QVariantMap &after)
{
    QStringList fields = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            fields.append(key);
    }
    fields.sort();
    QList<AuditChange> changes;
    for (const QString &field : std::as_const(fields)) {
        const std::optional<QString> oldText = textOf(before.value(field));
        const std::optional<QString> newText = textOf(after.value(field));
        if (oldText.value_or(QString()) == newText.value_or(QString()))
            continue;
        changes.append({field, oldText, newText});
    }
    return changes;
}

QList<AuditEntry> AuditLog::entries(const Database &db, const AuditFilter &filter)
{
    // The WHERE clause is assembled from fixed fragments; every value is bound.
    QString sql = QStringLiteral(
        "SELECT seq, at, user_name, office, entity, record_id, action, field, old_value, new_value "
        "FROM audit_log WHERE 1 = 1");
    QVariantList binds;
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds.append(filter.entity);
    }
    QStringList records = filter.recordIds;
    if (!filter.recordId.isEmpty())
        records.prepend(filter.recordId);
    if (!records.isEmpty()) {
        QStringList marks;
        for (const QString &id : std::as_const(records)) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        sql += QStringLiteral(" AND record_id IN (") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    }
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        binds.append(filter.user);
    }
    if (!filter.text.trimmed().isEmpty()) {
        // The text is a literal: its LIKE wildcards are escaped.
        QString pattern = filter.text.trimmed();
        pattern.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
            .replace(QStringLiteral("%"), QStringLiteral("\\%"))
            .replace(QStringLiteral("_"), QStringLiteral("\\_"));
        pattern = QStringLiteral("%") + pattern + QStringLiteral("%");
        // The record's own name counts too: an order number finds the order, its lines and its checklist.
        sql += QStringLiteral(
            " AND (field LIKE ? ESCAPE '\\' OR record_id LIKE ? ESCAPE '\\'"
            " OR old_value LIKE ? ESCAPE '\\' OR new_value LIKE ? ESCAPE '\\'"
            " OR record_id IN (SELECT id FROM customers WHERE code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE "
            "'\\')"
            " OR record_id IN (SELECT id FROM products WHERE sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE "
            "'\\')"
            " OR record_id IN (SELECT id FROM opportunities WHERE code LIKE ? ESCAPE '\\'"
            " OR title LIKE ? ESCAPE '\\')"
            " OR record_id IN (SELECT id FROM orders WHERE number LIKE ? ESCAPE '\\')"
            " OR record_id IN (SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id"
            " WHERE o.number LIKE ? ESCAPE '\\')"
            " OR record_id IN (SELECT k.id FROM contract_checks k JOIN orders o ON o.id = k.order_id"
            " WHERE o.number LIKE ? ESCAPE '\\'))");
        for (int i = 0; i < 13; ++i)
            binds.append(pattern);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (filter.limit > 0) {
        // Newest `limit` rows, returned oldest first.
        sql = QStringLiteral("SELECT * FROM (") + sql
            + QStringLiteral(" ORDER BY seq DESC LIMIT ?) AS newest ORDER BY seq");
        binds.append(filter.limit);
    } else {
        sql += QStringLiteral(" ORDER BY seq");
    }
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    Database::exec(q, AuditLogText::tr("read the audit log"));
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.user = q.value(2).toString();
        e.office = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.recordId = q.value(5).toString();
        e.action = actionFromKey(q.value(6).toString());
        e.field = q.value(7).toString();
        e.oldValue = fromVariant(q.value(8));
        e.newValue = fromVariant(q.value(9));
        result.append(e);
    }
    return result;
}

QStringList AuditLog::users(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    Database::exec(q, AuditLogText::tr("read the audit log"));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

} // namespace sb::core
