// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sb::core {

/// A validation problem tied to one field, so forms can show it next to the field
/// and imports can name the column.
struct FieldError
{
    QString field; ///< snake_case field name, as in CSV headers
    QString message; ///< translated, user-facing
};

using FieldErrors = QList<FieldError>;

} // namespace sb::core
