// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"
#include "core/domain/record.h"

#include <QDate>
#include <QString>

namespace sb::core {

/// A sales team (销售团队); teams may nest under a parent team.
struct Team
{
    RecordMeta meta;
    QString code;
    QString name;
    QString parentTeamId;
    QString region;
};

/// A sales representative (销售代表).
struct Rep
{
    RecordMeta meta;
    QString code;
    QString name;
    QString teamId;
    QString email;
    QString phone;
    Money basePay = 0; ///< monthly base pay
    QString commissionPlanId;
    QDate hiredOn;
    bool active = true;
};

} // namespace sb::core
