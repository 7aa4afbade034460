// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncsql.h"

namespace sb::core::syncsql {

QString columnList(const QStringList &columns, const QString &alias)
{
    QStringList parts;
    for (const QString &column : columns)
        parts.append(alias.isEmpty() ? column : alias + u'.' + column);
    return parts.join(QStringLiteral(", "));
}

} // namespace sb::core::syncsql
