// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QCoreApplication>
#include <QString>

namespace sb::ui {

/// Writes the ranked customers of an ABC result to CSV or XLSX (by the file's
/// suffix) through core's writers: rank, code, name, revenue, share and
/// cumulative share in percent, class. Amounts are numbers with two decimals.
class AbcExport final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AbcExport)

public:
    /// Throws sb::core::Error when the file cannot be written or the suffix is unknown.
    static void write(const core::abc::AbcResult &result, const QString &path);
};

} // namespace sb::ui
