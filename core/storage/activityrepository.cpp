// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/activityrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

// Business columns in bind order; Column indexes them.
enum Column {
    Code,
    CustomerId,
    OpportunityId,
    RepId,
    Kind,
    Date,
    Summary,
    NextStep,
    NextStepDate
};

const TableSpec &spec()
{
    static const TableSpec s{
        QStringLiteral("activities"),
        QStringLiteral("activity"),
        QStringLiteral("code"),
        {QStringLiteral("code"), QStringLiteral("customer_id"), QStringLiteral("opportunity_id"),
         QStringLiteral("rep_id"), QStringLiteral("kind"), QStringLiteral("activity_date"),
         QStringLiteral("summary"), QStringLiteral("next_step"), QStringLiteral("next_step_date")}};
    return s;
}

QVariantList toValues(const Activity &a)
{
    return {a.code,
            a.customerId,
            recordio::nullableText(a.opportunityId),
            recordio::nullableText(a.repId),
            activitykind::key(a.kind),
            recordio::dateValue(a.date),
            a.summary,
            a.nextStep,
            recordio::dateValue(a.nextStepDate)};
}

Activity fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Activity a;
    a.meta = row.meta;
    a.code = v[Code].toString();
    a.customerId = v[CustomerId].toString();
    a.opportunityId = v[OpportunityId].toString();
    a.repId = v[RepId].toString();
    a.kind = activitykind::fromText(v[Kind].toString()).value_or(ActivityKind::Call);
    a.date = recordio::toDate(v[Date]);
    a.summary = v[Summary].toString();
    a.nextStep = v[NextStep].toString();
    a.nextStepDate = recordio::toDate(v[NextStepDate]);
    return a;
}

Error notFound(const QString &id)
{
    return recordio::dataError(
        QCoreApplication::translate("sb::core::ActivityRepository", "No activity with id %1.").arg(id));
}

void checkValid(const Activity &a)
{
    const FieldErrors errors = validate(a);
    if (!errors.isEmpty())
        throw recordio::invalid(
            QCoreApplication::translate("sb::core::ActivityRepository", "Activity %1").arg(a.code), errors,
            recordio::fieldMap(spec(), toValues(a)));
}

// Checks the references that are new compared with `stored` (all of them on create),
// so an activity of a since-deleted rep or opportunity can still be edited.
void checkReferences(const Database &db, const Activity &a, const Activity *stored)
{
    if (a.customerId.isEmpty())
        throw recordio::dataError(QCoreApplication::translate("sb::core::ActivityRepository",
                                                              "Activity %1 must belong to a customer.")
                                      .arg(a.code));
    if ((!stored || stored->customerId != a.customerId)
        && !recordio::liveIdExists(db, QStringLiteral("customers"), a.customerId))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ActivityRepository", "Unknown customer %2 on activity %1.")
                .arg(a.code, a.customerId));
    if (!a.opportunityId.isEmpty() && (!stored || stored->opportunityId != a.opportunityId)
        && !recordio::liveIdExists(db, QStringLiteral("opportunities"), a.opportunityId))
        throw recordio::dataError(QCoreApplication::translate("sb::core::ActivityRepository",
                                                              "Unknown opportunity %2 on activity %1.")
                                      .arg(a.code, a.opportunityId));
    if (!a.repId.isEmpty() && (!stored || stored->repId != a.repId)
        && !recordio::liveIdExists(db, QStringLiteral("reps"), a.repId))
        throw recordio::dataError(QCoreApplication::translate("sb::core::ActivityRepository",
                                                              "Unknown sales rep %2 on activity %1.")
                                      .arg(a.code, a.repId));
}

} // namespace

Activity ActivityRepository::create(Activity activity) const
{
    checkValid(activity);
    WriteScope tx(m_db);
    if (codeExists(activity.code))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ActivityRepository", "Activity code %1 already exists.")
                .arg(activity.code));
    if (!activity.meta.id.isEmpty()
        && recordio::loadById(m_db, spec(), activity.meta.id, recordio::Which::Any))
        throw recordio::dataError(QCoreApplication::translate("sb::core::ActivityRepository",
                                                              "An activity with id %1 already exists.")
                                      .arg(activity.meta.id));
    checkReferences(m_db, activity, nullptr);
    recordio::insert(m_db, spec(), activity.meta, toValues(activity));
    tx.commit();
    return activity;
}

Activity ActivityRepository::update(Activity activity) const
{
    checkValid(activity);
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), activity.meta.id);
    if (!row)
        throw notFound(activity.meta.id);
    const Activity stored = fromRow(*row);
    if (codeExists(activity.code, activity.meta.id))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ActivityRepository", "Activity code %1 already exists.")
                .arg(activity.code));
    checkReferences(m_db, activity, &stored);
    recordio::update(m_db, spec(), *row, toValues(activity), activity.meta);
    tx.commit();
    return activity;
}

void ActivityRepository::remove(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id);
    if (!row)
        throw notFound(id);
    recordio::setDeleted(m_db, spec(), *row, true);
    tx.commit();
}

void ActivityRepository::restore(const QString &id) const
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
            QCoreApplication::translate("sb::core::ActivityRepository",
                                        "Activity %1 cannot be restored: another activity now uses code %1.")
                .arg(code));
    recordio::setDeleted(m_db, spec(), *row, false);
    tx.commit();
}

std::optional<Activity> ActivityRepository::findById(const QString &id) const
{
    const auto row = recordio::loadById(m_db, spec(), id);
    return row ? std::optional<Activity>(fromRow(*row)) : std::nullopt;
}

QList<Activity> ActivityRepository::listForCustomer(const QString &customerId) const
{
    QList<Activity> activities;
    for (const StoredRow &row :
         recordio::loadLiveWhere(m_db, spec(), QStringLiteral("customer_id"), customerId,
                                 QStringLiteral("activity_date DESC, created_at DESC, id")))
        activities.append(fromRow(row));
    return activities;
}

bool ActivityRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return recordio::keyExists(m_db, spec(), code, exceptId);
}

QString ActivityRepository::nextCode() const
{
    return recordio::nextNumber(m_db, spec(), QStringLiteral("A"));
}

} // namespace sb::core
