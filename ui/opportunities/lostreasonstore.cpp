// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/lostreasonstore.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/writescope.h"

namespace sb::ui {

namespace {

const QString kEntity = QStringLiteral("lost_reason");

QString checkedName(const core::Database &db, const QString &name, const QString &exceptId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw core::Error(core::Error::Kind::Data, LostReasonStore::tr("A lost reason needs a name."));
    if (trimmed.size() > 200)
        throw core::Error(core::Error::Kind::Data,
                          LostReasonStore::tr("A lost reason is at most 200 characters."));
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT 1 FROM lost_reasons WHERE deleted = 0 AND name = ? AND id <> ?"));
    q.addBindValue(trimmed);
    q.addBindValue(exceptId);
    core::Database::exec(q, LostReasonStore::tr("check the lost reasons"));
    if (q.next())
        throw core::Error(core::Error::Kind::Data,
                          LostReasonStore::tr("The lost reason \"%1\" is already in the list.").arg(trimmed));
    return trimmed;
}

QString nameOf(const core::Database &db, const QString &id)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT name FROM lost_reasons WHERE deleted = 0 AND id = ?"));
    q.addBindValue(id);
    core::Database::exec(q, LostReasonStore::tr("read the lost reasons"));
    if (!q.next())
        throw core::Error(core::Error::Kind::Data, LostReasonStore::tr("That lost reason no longer exists."));
    return q.value(0).toString();
}

} // namespace

QList<LostReason> LostReasonStore::list(const core::Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT id, name, sort_order FROM lost_reasons WHERE deleted = 0 ORDER BY sort_order, name"));
    core::Database::exec(q, tr("read the lost reasons"));
    QList<LostReason> reasons;
    while (q.next())
        reasons.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return reasons;
}

QStringList LostReasonStore::names(const core::Database &db)
{
    QStringList names;
    for (const LostReason &reason : list(db))
        names.append(reason.name);
    return names;
}

LostReason LostReasonStore::add(const core::Database &db, const QString &name)
{
    core::WriteScope tx(db);
    LostReason reason{core::Database::newId(), checkedName(db, name, {}), 0};
    QSqlQuery order = db.prepare(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM lost_reasons"));
    core::Database::exec(order, tr("read the lost reasons"));
    if (order.next())
        reason.sortOrder = order.value(0).toInt();
    const QString now = core::Database::nowUtc();
    QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO lost_reasons (id, name, sort_order, created_at, "
                                            "updated_at, updated_by_office, version, deleted) "
                                            "VALUES (?, ?, ?, ?, ?, ?, 1, 0)"));
    for (const QVariant &value : {QVariant(reason.id), QVariant(reason.name), QVariant(reason.sortOrder),
                                  QVariant(now), QVariant(now), QVariant(db.officeId())})
        q.addBindValue(value);
    core::Database::exec(q, tr("add a lost reason"));
    core::AuditLog::record(db, kEntity, reason.id, core::AuditAction::Create, QStringLiteral("name"),
                           std::nullopt, reason.name);
    tx.commit();
    return reason;
}

void LostReasonStore::rename(const core::Database &db, const QString &id, const QString &name)
{
    core::WriteScope tx(db);
    const QString before = nameOf(db, id);
    const QString after = checkedName(db, name, id);
    if (before == after)
        return;
    QSqlQuery q = db.prepare(
        QStringLiteral("UPDATE lost_reasons SET name = ?, updated_at = ?, updated_by_office = ?, "
                       "version = version + 1 WHERE id = ? AND deleted = 0"));
    for (const QVariant &value :
         {QVariant(after), QVariant(core::Database::nowUtc()), QVariant(db.officeId()), QVariant(id)})
        q.addBindValue(value);
    core::Database::exec(q, tr("rename a lost reason"));
    core::AuditLog::record(db, kEntity, id, core::AuditAction::Update, QStringLiteral("name"), before, after);
    tx.commit();
}

void LostReasonStore::remove(const core::Database &db, const QString &id)
{
    core::WriteScope tx(db);
    const QString before = nameOf(db, id);
    QSqlQuery q = db.prepare(
        QStringLiteral("UPDATE lost_reasons SET deleted = 1, updated_at = ?, updated_by_office = ?, "
                       "version = version + 1 WHERE id = ? AND deleted = 0"));
    for (const QVariant &value : {QVariant(core::Database::nowUtc()), QVariant(db.officeId()), QVariant(id)})
        q.addBindValue(value);
    core::Database::exec(q, tr("remove a lost reason"));
    core::AuditLog::record(db, kEntity, id, core::AuditAction::Delete, QStringLiteral("name"), before,
                           std::nullopt);
    tx.commit();
}

} // namespace sb::ui
