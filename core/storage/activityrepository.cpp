// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/activityrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordstore.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;

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

const RecordTable<Activity> &table()
{
    static const RecordTable<Activity> t{
        {QStringLiteral("activities"),
         QStringLiteral("activity"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("customer_id"), QStringLiteral("opportunity_id"),
          QStringLiteral("rep_id"), QStringLiteral("kind"), QStringLiteral("activity_date"),
          QStringLiteral("summary"), QStringLiteral("next_step"), QStringLiteral("next_step_date")}},
        {"sb::core::ActivityRepository",
         QT_TRANSLATE_NOOP("sb::core::ActivityRepository", "No activity with id %1."),
         QT_TRANSLATE_NOOP("sb::core::ActivityRepository", "An activity with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::ActivityRepository", "Activity code %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::ActivityRepository",
                           "Activity %1 cannot be restored: another activity now uses code %1."),
         QT_TRANSLATE_NOOP("sb::core::ActivityRepository", "Activity %1")},
        toValues,
        fromRow,
        validate,
        checkReferences};
    return t;
}

RecordStore<Activity> activities(const Database &db)
{
    return RecordStore<Activity>(db, table());
}

} // namespace

Activity ActivityRepository::create(Activity activity) const
{
    return activities(m_db).create(std::move(activity));
}

Activity ActivityRepository::update(Activity activity) const
{
    return activities(m_db).update(std::move(activity));
}

void ActivityRepository::remove(const QString &id) const
{
    activities(m_db).remove(id);
}

void ActivityRepository::restore(const QString &id) const
{
    activities(m_db).restore(id);
}

std::optional<Activity> ActivityRepository::findById(const QString &id) const
{
    return activities(m_db).findById(id);
}

QList<Activity> ActivityRepository::listForCustomer(const QString &customerId) const
{
    return activities(m_db).listWhere(QStringLiteral("customer_id"), customerId,
                                      QStringLiteral("activity_date DESC, created_at DESC, id"));
}

bool ActivityRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return activities(m_db).keyExists(code, exceptId);
}

QString ActivityRepository::nextCode() const
{
    return activities(m_db).nextNumber(QStringLiteral("A"));
}

} // namespace sb::core
