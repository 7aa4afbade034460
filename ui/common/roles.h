// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace sb::ui {

/// Item data roles shared by every model of the UI.
enum Role {
    IdRole = Qt::UserRole + 1, ///< QString: the record id (UUID)
    SortRole, ///< a value that sorts in the column's natural order
    CodeRole, ///< QString: the record's natural key (customer code, SKU …)
    EnumKeyRole, ///< QString: the stable key of an enum column ("acquisition")
};

} // namespace sb::ui
