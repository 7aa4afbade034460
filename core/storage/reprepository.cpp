// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reprepository.h"

#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/storage/recordstore.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;

/// Translations in the "sb::core::RepRepository" context, spelled RepRepositoryText::tr() so that
/// lupdate files them under the context the program asks for.
class RepRepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::RepRepository)
};

enum Column {
    Code,
    Name,
    TeamId,
    Email,
    Phone,
    BasePay,
    CommissionPlanId,
    HiredOn,
    Active
};

QVariantList toValues(const Rep &r)
{
    return {r.code,
            r.name,
            recordio::nullableText(r.teamId),
            r.email,
            r.phone,
            r.basePay,
            recordio::nullableText(r.commissionPlanId),
            recordio::dateValue(r.hiredOn),
            r.active ? 1 : 0};
}

Rep fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Rep r;
    r.meta = row.meta;
    r.code = v[Code].toString();
    r.name = v[Name].toString();
    r.teamId = v[TeamId].toString();
    r.email = v[Email].toString();
    r.phone = v[Phone].toString();
    r.basePay = v[BasePay].toLongLong();
    r.commissionPlanId = v[CommissionPlanId].toString();
    r.hiredOn = recordio::toDate(v[HiredOn]);
    r.active = v[Active].toInt() != 0;
    return r;
}

void checkReferences(const Database &db, const Rep &r, const Rep *stored)
{
    if (!r.teamId.isEmpty() && (!stored || stored->teamId != r.teamId)
        && !recordio::liveIdExists(db, QStringLiteral("teams"), r.teamId))
        throw recordio::dataError(
            RepRepositoryText::tr("Unknown team %2 on sales rep %1.").arg(r.code, r.teamId));
    if (!r.commissionPlanId.isEmpty() && (!stored || stored->commissionPlanId != r.commissionPlanId)
        && !recordio::liveIdExists(db, QStringLiteral("commission_plans"), r.commissionPlanId))
        throw recordio::dataError(RepRepositoryText::tr("Unknown commission plan %2 on sales rep %1.")
                                      .arg(r.code, r.commissionPlanId));
}

const RecordTable<Rep> &table()
{
    static const RecordTable<Rep> t{
        {QStringLiteral("reps"),
         QStringLiteral("rep"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("team_id"), QStringLiteral("email"),
          QStringLiteral("phone"), QStringLiteral("base_pay"), QStringLiteral("commission_plan_id"),
          QStringLiteral("hired_on"), QStringLiteral("active")}},
        {"sb::core::RepRepository", QT_TRANSLATE_NOOP("sb::core::RepRepository", "No sales rep with id %1."),
         QT_TRANSLATE_NOOP("sb::core::RepRepository", "A sales rep with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::RepRepository", "Sales rep code %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::RepRepository",
                           "Sales rep %1 cannot be restored: another rep now uses code %1."),
         QT_TRANSLATE_NOOP("sb::core::RepRepository", "Sales rep %1")},
        toValues,
        fromRow,
        validateRep,
        checkReferences};
    return t;
}

RecordStore<Rep> reps(const Database &db)
{
    return RecordStore<Rep>(db, table());
}

} // namespace

FieldErrors validateRep(const Rep &r)
{
    FieldErrors errors;
    if (!validation::isValidCode(r.code))
        errors.append({QStringLiteral("code"),
                       RepRepositoryText::tr("Rep code is required: at most 40 characters, no spaces at "
                                             "either end, no control characters.")});
    if (r.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), RepRepositoryText::tr("Rep name is required.")});
    if (!validation::isValidPhone(r.phone))
        errors.append({QStringLiteral("phone"),
                       RepRepositoryText::tr(
                           "Phone must be 5 to 20 digits, optionally with +, spaces, dashes or brackets.")});
    if (!validation::isValidEmail(r.email))
        errors.append(
            {QStringLiteral("email"), RepRepositoryText::tr("E-mail must look like name@example.com.")});
    if (r.basePay < 0)
        errors.append({QStringLiteral("base_pay"), RepRepositoryText::tr("Base pay must not be negative.")});
    return errors;
}

Rep RepRepository::create(Rep rep) const
{
    return reps(m_db).create(std::move(rep));
}

Rep RepRepository::update(Rep rep) const
{
    return reps(m_db).update(std::move(rep));
}

void RepRepository::remove(const QString &id) const
{
    reps(m_db).remove(id);
}

void RepRepository::restore(const QString &id) const
{
    reps(m_db).restore(id);
}

std::optional<Rep> RepRepository::findById(const QString &id) const
{
    return reps(m_db).findById(id);
}

std::optional<Rep> RepRepository::findByCode(const QString &code) const
{
    return reps(m_db).findByKey(code);
}

QList<Rep> RepRepository::list() const
{
    return reps(m_db).list();
}

qint64 RepRepository::count() const
{
    return reps(m_db).count();
}

bool RepRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return reps(m_db).keyExists(code, exceptId);
}

} // namespace sb::core
