// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reprepository.h"

#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

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

const TableSpec &spec()
{
    static const TableSpec s{QStringLiteral("reps"),
                             QStringLiteral("rep"),
                             QStringLiteral("code"),
                             {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("team_id"),
                              QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("base_pay"),
                              QStringLiteral("commission_plan_id"), QStringLiteral("hired_on"),
                              QStringLiteral("active")}};
    return s;
}

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

Error duplicateCode(const QString &code)
{
    return recordio::dataError(RepRepositoryText::tr("Sales rep code %1 already exists.").arg(code));
}

Error notFound(const QString &id)
{
    return recordio::dataError(RepRepositoryText::tr("No sales rep with id %1.").arg(id));
}

void checkValid(const Rep &r)
{
    const FieldErrors errors = validateRep(r);
    if (!errors.isEmpty())
        throw recordio::invalid(RepRepositoryText::tr("Sales rep %1").arg(r.code), errors,
                                recordio::fieldMap(spec(), toValues(r)));
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

} // namespace

FieldErrors validateRep(const Rep &r)
{
    FieldErrors errors;
    if (!validation::isValidCode(r.code))
        errors.append({QStringLiteral("code"),
                       RepRepositoryText::tr("Rep code is required, at most 40 characters without spaces.")});
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
    checkValid(rep);
    WriteScope tx(m_db);
    if (codeExists(rep.code))
        throw duplicateCode(rep.code);
    if (!rep.meta.id.isEmpty() && recordio::loadById(m_db, spec(), rep.meta.id, recordio::Which::Any))
        throw recordio::dataError(
            RepRepositoryText::tr("A sales rep with id %1 already exists.").arg(rep.meta.id));
    checkReferences(m_db, rep, nullptr);
    recordio::insert(m_db, spec(), rep.meta, toValues(rep));
    tx.commit();
    return rep;
}

Rep RepRepository::update(Rep rep) const
{
    checkValid(rep);
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), rep.meta.id);
    if (!row)
        throw notFound(rep.meta.id);
    const Rep stored = fromRow(*row);
    if (codeExists(rep.code, rep.meta.id))
        throw duplicateCode(rep.code);
    checkReferences(m_db, rep, &stored);
    recordio::update(m_db, spec(), *row, toValues(rep), rep.meta);
    tx.commit();
    return rep;
}

void RepRepository::remove(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id);
    if (!row)
        throw notFound(id);
    recordio::setDeleted(m_db, spec(), *row, true);
    tx.commit();
}

void RepRepository::restore(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id, recordio::Which::Any);
    if (!row)
        throw notFound(id);
    if (!row->meta.deleted)
        return;
    const QString code = row->values[Code].toString();
    if (codeExists(code))
        throw recordio::dataError(
            RepRepositoryText::tr("Sales rep %1 cannot be restored: another rep now uses code %1.")
                .arg(code));
    recordio::setDeleted(m_db, spec(), *row, false);
    tx.commit();
}

std::optional<Rep> RepRepository::findById(const QString &id) const
{
    const auto row = recordio::loadById(m_db, spec(), id);
    return row ? std::optional<Rep>(fromRow(*row)) : std::nullopt;
}

std::optional<Rep> RepRepository::findByCode(const QString &code) const
{
    const auto row = recordio::loadByKey(m_db, spec(), code);
    return row ? std::optional<Rep>(fromRow(*row)) : std::nullopt;
}

QList<Rep> RepRepository::list() const
{
    QList<Rep> reps;
    for (const StoredRow &row : recordio::loadLive(m_db, spec()))
        reps.append(fromRow(row));
    return reps;
}

qint64 RepRepository::count() const
{
    return recordio::countLive(m_db, spec());
}

bool RepRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return recordio::keyExists(m_db, spec(), code, exceptId);
}

} // namespace sb::core
