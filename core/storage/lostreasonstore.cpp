// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/lostreasonstore.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/writescope.h"

namespace sb::core {

namespace {

const QString kEntity = QStringLiteral("lost_reason");

QString checkedName(const Database &db, const QString &name, const QString &exceptId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(Error::Kind::Data, LostReasonStore::tr("A lost reason needs a name."));
    if (trimmed.size() > 200)
        throw Error(Error::Kind::Data, LostReasonStore::tr("A lost reason is at most 200 characters."));
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT 1 FROM lost_reasons WHERE deleted = 0 AND name = ? AND id <> ?"));
    q.addBindValue(trimmed);
    q.addBindValue(exceptId);
    Database::exec(q, LostReasonStore::tr("check the lost reasons"));
    if (q.next())
        throw Error(Error::Kind::Data,
                    LostReasonStore::tr("The lost reason \"%1\" is already in the list.").arg(trimmed));
    return trimmed;
}

QString nameOf(const Database &db, const QString &id)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT name FROM lost_reasons WHERE deleted = 0 AND id = ?"));
    q.addBindValue(id);
    Database::exec(q, LostReasonStore::tr("read the lost reasons"));
    if (!q.next())
        throw Error(Error::Kind::Data, LostReasonStore::tr("That lost reason no longer exists."));
    return q.value(0).toString();
}

} // namespace

QList<LostReason> LostReasonStore::list(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT id, name, sort_order FROM lost_reasons WHERE deleted = 0 ORDER BY sort_order, name"));
    Database::exec(q, tr("read the lost reasons"));
    QList<LostReason> reasons;
    while (q.next())
        reasons.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return reasons;
}

QStringList LostReasonStore::names(const Database &db)
{
    QStringList names;
    for (const LostReason &reason : list(db))
        names.append(reason.name);
    return names;
}

LostReason LostReasonStore::add(const Database &db, const QString &name)
{
    WriteScope tx(db);
    LostReason reason{Database::newId(), checkedName(db, name, {}), 0};
    QSqlQuery order = db.prepare(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM lost_reasons"));
    Database::exec(order, tr("read the lost reasons"));
    if (order.next())
        reason.sortOrder = order.value(0).toInt();
    const QString now = Database::nowUtc();
    QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO lost_reasons (id, name, sort_order, created_at, "
                                            "updated_at, updated_by_office, version, deleted) "
                                            "VALUES (?, ?, ?, ?, ?, ?, 1, 0)"));
    for (const QVariant &value : {QVariant(reason.id), QVariant(reason.name), QVariant(reason.sortOrder),
                                  QVariant(now), QVariant(now), QVariant(db.officeId())})
        q.addBindValue(value);
    Database::exec(q, tr("add a lost reason"));
    AuditLog::record(db, kEntity, reason.id, AuditAction::Create, QStringLiteral("name"), std::nullopt,
                     reason.name);
    tx.commit();
    return reason;
}

void LostReasonStore::rename(const Database &db, const QString &id, const QString &name)
{
    WriteScope tx(db);
    const QString before = nameOf(db, id);
    const QString after = checkedName(db, name, id);
    if (before == after)
        return;
    QSqlQuery q = db.prepare(
        QStringLiteral("UPDATE lost_reasons SET name = ?, updated_at = ?, updated_by_office = ?, "
                       "version = version + 1 WHERE id = ? AND deleted = 0"));
    for (const QVariant &value :
         {QVariant(after), QVariant(Database::nowUtc()), QVariant(db.officeId()), QVariant(id)})
        q.addBindValue(value);
    Database::exec(q, tr("rename a lost reason"));
    AuditLog::record(db, kEntity, id, AuditAction::Update, QStringLiteral("name"), before, after);
    tx.commit();
}

void LostReasonStore::remove(const Database &db, const QString &id)
{
    WriteScope tx(db);
    const QString before = nameOf(db, id);
    QSqlQuery q = db.prepare(
        QStringLiteral("UPDATE lost_reasons SET deleted = 1, updated_at = ?, updated_by_office = ?, "
                       "version = version + 1 WHERE id = ? AND deleted = 0"));
    for (const QVariant &value : {QVariant(Database::nowUtc()), QVariant(db.officeId()), QVariant(id)})
        q.addBindValue(value);
    Database::exec(q, tr("remove a lost reason"));
    AuditLog::record(db, kEntity, id, AuditAction::Delete, QStringLiteral("name"), before, std::nullopt);
    tx.commit();
}

} // namespace sb::core
