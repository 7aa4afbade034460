// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/activity.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace sb::core {

namespace activitykind {

QString key(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Visit:
        return QStringLiteral("visit");
    case ActivityKind::Call:
        return QStringLiteral("call");
    case ActivityKind::Email:
        return QStringLiteral("email");
    case ActivityKind::Proposal:
        return QStringLiteral("proposal");
    case ActivityKind::Meeting:
        return QStringLiteral("meeting");
    }
    return {};
}

QString displayName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Visit:
        return QCoreApplication::translate("sb::core::ActivityKind", "Visit");
    case ActivityKind::Call:
        return QCoreApplication::translate("sb::core::ActivityKind", "Call");
    case ActivityKind::Email:
        return QCoreApplication::translate("sb::core::ActivityKind", "E-mail");
    case ActivityKind::Proposal:
        return QCoreApplication::translate("sb::core::ActivityKind", "Proposal");
    case ActivityKind::Meeting:
        return QCoreApplication::translate("sb::core::ActivityKind", "Meeting");
    }
    return {};
}

QList<ActivityKind> all()
{
    return {ActivityKind::Visit, ActivityKind::Call, ActivityKind::Email, ActivityKind::Proposal,
            ActivityKind::Meeting};
}

std::optional<ActivityKind> fromText(const QString &text)
{
    static const QStringList chinese
        = {QStringLiteral("拜访"), QStringLiteral("电话"), QStringLiteral("邮件"), QStringLiteral("提案"),
           QStringLiteral("会议")};
    const QString t = text.trimmed();
    const QList<ActivityKind> kinds = all();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (t.compare(key(kinds[i]), Qt::CaseInsensitive) == 0 || t == chinese[i]
            || t.compare(displayName(kinds[i]), Qt::CaseInsensitive) == 0)
            return kinds[i];
    }
    return std::nullopt;
}

} // namespace activitykind

FieldErrors validate(const Activity &activity)
{
    FieldErrors errors;
    if (!validation::isValidCode(activity.code))
        errors.append({QStringLiteral("code"),
                       QCoreApplication::translate("sb::core::Activity",
                                                   "Activity code is required: at most 40 characters, no "
                                                   "spaces at either end, no control characters.")});
    if (!activity.date.isValid())
        errors.append(
            {QStringLiteral("activity_date"),
             QCoreApplication::translate("sb::core::Activity", "The date of the activity is required.")});
    if (activity.summary.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("summary"),
             QCoreApplication::translate("sb::core::Activity", "Say in a few words what happened.")});
    else if (activity.summary.size() > 2000)
        errors.append({QStringLiteral("summary"),
                       QCoreApplication::translate("sb::core::Activity",
                                                   "The summary must be at most 2000 characters.")});
    if (activity.nextStep.size() > 2000)
        errors.append({QStringLiteral("next_step"),
                       QCoreApplication::translate("sb::core::Activity",
                                                   "The next step must be at most 2000 characters.")});
    if (activity.nextStepDate.isValid()) {
        if (activity.date.isValid() && activity.nextStepDate < activity.date)
            errors.append(
                {QStringLiteral("next_step_date"),
                 QCoreApplication::translate("sb::core::Activity",
                                             "The next step cannot be due before the activity itself.")});
        else if (activity.nextStep.trimmed().isEmpty())
            errors.append({QStringLiteral("next_step"),
                           QCoreApplication::translate("sb::core::Activity",
                                                       "Describe the next step that is due on this date.")});
    }
    return errors;
}

} // namespace sb::core
