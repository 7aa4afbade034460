// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QDate>

namespace sb::core {
class Database;
}

namespace sb::ui {

/// The ABC rule the user last applied on the ABC page (method and class
/// thresholds), kept in the user's settings. Other pages that show a customer's
/// class (Customers, the customer card) classify with the same rule.
struct AbcRule
{
    core::abc::Method method = core::abc::Method::Revenue;
    core::abc::Thresholds thresholds;

    /// The saved rule; the defaults (revenue, 80 % / 95 %) when none is saved or it is invalid.
    static AbcRule saved();
    /// Saves the rule; thresholds in whole percent as the ABC page edits them.
    static void save(const QString &methodKey, int thresholdA, int thresholdB);
    /// The saved method key and thresholds in whole percent, for the ABC page's fields.
    static QString savedMethodKey();
    static int savedThresholdA();
    static int savedThresholdB();
};

/// The day period presets count back from: today, or the day a demo workspace's data ends.
QDate analysisAnchorDay(const core::Database &db);

} // namespace sb::ui
