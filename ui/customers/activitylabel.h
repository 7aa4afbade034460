// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"

#include <QCoreApplication>

namespace sb::ui {

/// How undo commands name an activity in the Edit menu: "call on 2025-03-10".
inline QString activityLabel(const core::Activity &activity)
{
    return QCoreApplication::translate("sb::ui::ActivityLabel", "(%1 on %2)")
        .arg(core::activitykind::displayName(activity.kind).toLower(), activity.date.toString(Qt::ISODate));
}

} // namespace sb::ui
