// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/leadscoring.h"
#include "core/domain/money.h"
#include "core/domain/opportunity.h"

#include <QDate>
#include <QString>

namespace sb::core {

/// One opportunity as the list and the pipeline board show it: the record's
/// own fields plus the names it refers to and the date it entered its stage.
struct OpportunityRow
{
    QString id;
    QString code;
    QString customerCode;
    QString customerName;
    QString title;
    QString source;
    Money amount = 0;
    QString ownerId;
    QString ownerName;
    QDate createdOn;
    QDate expectedClose;
    Stage stage = Stage::InitialContact;
    int probability = 0;
    QString lostReason;
    QDate closedOn;
    QDate stageSince; ///< business date of the latest stage change (or creation)
    /// Score and grade under the workspace's lead-scoring model; empty when the
    /// lead was never assessed.
    std::optional<funnel::LeadScore> lead;

    /// Days since the deal entered its stage, for open deals; -1 for closed ones.
    qint64 daysInStage(const QDate &today) const
    {
        if (stage::isClosed(stage) || !stageSince.isValid())
            return -1;
        return qMax<qint64>(0, stageSince.daysTo(today));
    }
};

} // namespace sb::core
