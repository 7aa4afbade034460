// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlitehandle.h"

#include "core/storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace sb::core {

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

namespace sqlite {

bool inTransaction(const Database &db)
{
    sqlite3 *handle = db.handle();
    return handle != nullptr && sqlite3_get_autocommit(handle) == 0;
}

bool isConstraintViolation(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == SQLITE_CONSTRAINT;
}

} // namespace sqlite

} // namespace sb::core
