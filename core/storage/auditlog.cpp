// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::core::AuditLog", text);
}

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
    case AuditAction::Create: return QStringLiteral("create");
    case AuditAction::Update: return QStringLiteral("update");
    case AuditAction::Delete: return QStringLiteral("delete");
    case AuditAction::Override: return QStringLiteral("override");
    }
    return QStringLiteral("update");
}

void AuditLog::record(const Database &db, const QString &entity, const QString &recordId,
                      AuditAction action, const QString &field,
                      const std::optional<QString> &oldValue, const std::optional<QString> &newValue)
{
    record(db, entity, recordId, action, QList<AuditChange>{{field, oldValue, newValue}});
}

void AuditLog::record(const Database &db, const QString &entity, const QString &recordId,
                      AuditAction action, const QList<AuditChange> &changes)
{
    if (changes.isEmpty())
        return;
    const QString at = Database::nowUtc();
    const QString user = Database::userName();
    const QString office = db.officeId();
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, user_name, office, entity, record_id, action, field, old_value, new_value) "
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
        Database::exec(q, tr("write the audit log"));
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
    if (!filter.recordId.isEmpty()) {
        sql += QStringLiteral(" AND record_id = ?");
        binds.append(filter.recordId);
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
    Database::exec(q, tr("read the audit log"));
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

} // namespace sb::core
