// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncvalues.h"

#include "core/storage/database.h"

#include <QSqlRecord>

namespace sb::core::syncvalues {

SyncValue fromStored(const QVariant &variant)
{
    if (!variant.isValid() || variant.isNull())
        return std::nullopt;
    const QString text = variant.toString();
    return text.isNull() ? SyncValue(QStringLiteral("")) : SyncValue(text);
}

QVariant toBindable(const SyncValue &value)
{
    if (!value)
        return QVariant(QMetaType(QMetaType::QString));
    return value->isNull() ? QVariant(QStringLiteral("")) : QVariant(*value);
}

QStringList columnsOf(const Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

} // namespace sb::core::syncvalues
