// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/domain/fielderror.h"
#include "core/domain/record.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace sb::core {
class Database;
}

/// The plumbing the repositories share: the meta columns every business table
/// carries, generic row reads and writes, audit-logged inserts, updates and
/// tombstones. Table and column names come from each repository's constant
/// TableSpec, never from input; every value is bound.
namespace sb::core::recordio {

/// id, created_at, updated_at, updated_by_office, version, deleted.
inline constexpr int MetaColumnCount = 6;

/// How a table maps to an entity.
struct TableSpec
{
    QString table; ///< SQL table, e.g. "customers"
    QString entity; ///< audit log entity, e.g. "customer"; empty = not audited
    QString keyColumn; ///< natural key column; empty when the key is composite
    QStringList columns; ///< business columns (all but the meta columns), in bind order
};

/// A stored row: its meta columns and its business columns in TableSpec order.
struct StoredRow
{
    RecordMeta meta;
    QVariantList values;
};

/// Which rows a lookup by id may return.
enum class Which {
    Live,
    Deleted,
    Any
};

/// The select list "id, created_at, …, deleted, <columns>", each qualified with `alias` if given.
QString selectList(const TableSpec &spec, const QString &alias = {});
/// Reads the meta columns and the business columns starting at column `first`.
StoredRow readRow(const QSqlQuery &query, const TableSpec &spec, int first = 0);

/// The row with this id, or nullopt.
std::optional<StoredRow> loadById(const Database &db, const TableSpec &spec, const QString &id,
                                  Which which = Which::Live);
/// The live row whose natural key is `key`, or nullopt.
std::optional<StoredRow> loadByKey(const Database &db, const TableSpec &spec, const QString &key);
/// All live rows ordered by the natural key.
QList<StoredRow> loadLive(const Database &db, const TableSpec &spec);
/// Live rows whose `column` equals `value`, ordered by `orderBy` (the natural key when empty).
QList<StoredRow> loadLiveWhere(const Database &db, const TableSpec &spec, const QString &column,
                               const QVariant &value, const QString &orderBy = {});
/// Number of live rows.
qint64 countLive(const Database &db, const TableSpec &spec);
/// True when a live row other than `exceptId` has this natural key.
bool keyExists(const Database &db, const TableSpec &spec, const QString &key, const QString &exceptId = {});
/// True when `table` has a live row with this id (for reference checks).
bool liveIdExists(const Database &db, const QString &table, const QString &id);

/// Inserts a new row: assigns meta.id when empty, stamps the meta columns and
/// logs the create. Runs inside the caller's WriteScope.
void insert(const Database &db, const TableSpec &spec, RecordMeta &meta, const QVariantList &values);
/// Updates a live row to `values`, bumping version and logging the changed
/// fields; returns false (and leaves the row alone) when nothing changed.
/// `meta` receives the stored meta columns after the write.
bool update(const Database &db, const TableSpec &spec, const StoredRow &stored, const QVariantList &values,
            RecordMeta &meta);
/// Sets or clears the tombstone of a stored row, bumping version, and logs it.
void setDeleted(const Database &db, const TableSpec &spec, const StoredRow &stored, bool deleted);

/// Column name → value, the form the audit log diffs.
QVariantMap fieldMap(const TableSpec &spec, const QVariantList &values);

/// Empty text as SQL NULL (optional references).
QVariant nullableText(const QString &text);
/// A date as YYYY-MM-DD, an invalid date as SQL NULL.
QVariant dateValue(const QDate &date);
/// A YYYY-MM-DD column back into a date (invalid for NULL).
QDate toDate(const QVariant &value);

/// An Error::Data listing each problem with its field and the offending value
/// taken from `values` (column name → value).
Error invalid(const QString &what, const FieldErrors &errors, const QVariantMap &values);
/// A plain Error::Data.
Error dataError(const QString &message);

/// The next free number PREFIX-TAG000123 for the natural key of `spec`, where
/// PREFIX is the office's number prefix; counts tombstoned rows too, so a
/// number is never issued twice.
QString nextNumber(const Database &db, const TableSpec &spec, const QString &tag);

} // namespace sb::core::recordio
