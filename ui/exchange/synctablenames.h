// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sb::ui {

/// What people call the kinds of records a sync package carries.
class SyncTableNames final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::SyncTableNames)

public:
    /// The translated title of a synced table ("order_lines" → "Order lines") or of
    /// its entity as the conflict list names it ("order_line"); the name itself when unknown.
    static QString title(const QString &tableOrEntity);
};

} // namespace sb::ui
