// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

/// Kinds of sales activity (销售活动), as product.md lists them.
enum class ActivityKind {
    Visit,
    Call,
    Email,
    Proposal,
    Meeting
};

namespace activitykind {
/// Stable key used in the database and CSV files ("visit", "call", …).
QString key(ActivityKind kind);
/// Parses a key or an English or Chinese display name (case-insensitive).
std::optional<ActivityKind> fromText(const QString &text);
/// Translated name for the UI.
QString displayName(ActivityKind kind);
/// All kinds in the order forms offer them.
QList<ActivityKind> all();
} // namespace activitykind

/// One sales activity with a customer, optionally about an opportunity.
struct Activity
{
    RecordMeta meta;
    QString code; ///< unique among live activities, e.g. "A00000123"
    QString customerId; ///< customers.id, required
    QString opportunityId; ///< opportunities.id or empty
    QString repId; ///< reps.id of who did it, or empty
    ActivityKind kind = ActivityKind::Call;
    QDate date; ///< when it happened, required
    QString summary;
    QString nextStep;
    QDate nextStepDate; ///< invalid when no date was agreed
};

/// Checks an activity before it is stored (references are the repository's job):
/// code shape, a date, a summary, and a next-step date that is not before the
/// activity and comes with a next step.
FieldErrors validate(const Activity &activity);

} // namespace sb::core
