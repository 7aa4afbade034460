// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlError;

namespace sb::core {

class Database;

/// Questions about a workspace connection that only the SQLite engine can answer.
/// Database::handle() (the native sqlite3 handle) is defined here as well.
namespace sqlite {

/// True while the connection is inside a transaction (SQLite's autocommit is off).
bool inTransaction(const Database &db);
/// True when a failed statement broke a constraint (SQLite's SQLITE_CONSTRAINT_* codes).
bool isConstraintViolation(const QSqlError &error);

} // namespace sqlite

} // namespace sb::core
