// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/syncshadowstore.h"
#include "core/storage/syncvalues.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace sb::core {

class CsvReader;
class Database;
class Error;

/// Rows of one table in a sync package, and what an import did with them.
struct SyncTableCount
{
    QString table; ///< SQL table, e.g. "customers"
    qint64 rows = 0; ///< rows in the package
    qint64 inserted = 0; ///< import: records new to this office
    qint64 updated = 0; ///< import: records that took the other office's change (merged or whole)
    qint64 deleted = 0; ///< export: tombstones sent; import: records tombstoned here
    qint64 unchanged = 0; ///< import: rows this office already had
    qint64 conflicts = 0; ///< import: fields both offices changed
};

} // namespace sb::core

/// The pieces office sync export and import share: which tables a package
/// carries, how a cell is written, the manifest, and the shadow rows that
/// remember what each other office has (table sync_shadow).
///
/// A package is a folder: one CSV per table (UTF-8 without BOM, raw table
/// columns, ids rather than natural keys), bases.csv and manifest.json.
/// Every cell is quoted text except SQL NULL, written as an unquoted \N; a
/// text that starts with a backslash gets one more, so the two never mix.
namespace sb::core::syncpackage {

/// One cell: text, or nullopt for SQL NULL.
using Value = SyncValue;
/// A row in the column order of its table.
using Values = SyncValues;

/// A business table that packages carry.
struct SyncTable
{
    QString table; ///< SQL table; the CSV file is table + ".csv"
    QString entity; ///< entity name in the audit log and in sync_conflicts
    QString parentColumn; ///< a reference to the same table (parents are written first), or empty
    QStringList keyColumns; ///< the natural key, to name a record in messages
    /// Values other records determine (an order's amount is the sum of its lines): a
    /// merge never lists them as a conflict, and the import computes them afresh.
    QStringList derivedColumns;
    /// Quantities both offices move (stock on hand): when both changed one, both
    /// changes are applied (base + local change + remote change).
    QStringList counterColumns;
    /// Columns that only make sense together (an opportunity's stage, probability,
    /// closing date and lost reason): when both offices changed them, all come from
    /// one side — for opportunities the side whose stage is that of the latest stage change.
    QStringList groupColumns;
};

/// The synced tables, parents before children, so foreign keys hold while importing.
const QList<SyncTable> &tables();
/// The table whose entity or table name is `name`, or nullptr.
const SyncTable *findTable(const QString &name);

inline constexpr int FormatVersion = 1;
/// "salesbench-sync", the manifest's format name.
QString formatName();
/// "manifest.json".
QString manifestFileName();
/// "bases.csv": for rows whose previous state the sender received from the
/// receiver, that state (the common ancestor of a three-way merge).
QString basesFileName();
/// "<table>.csv".
QString csvFileName(const QString &table);

/// The CSV text of a cell, quotes included (see the namespace comment).
QString encodeCell(const Value &value);
/// The value of a cell as CsvReader returns it.
Value decodeCell(const QString &cell);

/// A stored value as text (SQL NULL as nullopt; integers in decimal).
Value valueOf(const QVariant &variant);
/// A value to bind: SQL NULL or non-null text (SQLite's column affinity stores
/// the text of an INTEGER column as an integer).
QVariant bindable(const Value &value);

/// A row as a JSON object of column → text or null.
QString toJson(const QStringList &columns, const Values &values);
/// A JSON object back into `columns` order (missing columns are NULL); nullopt when it is not an object.
std::optional<Values> fromJson(const QStringList &columns, const QString &json);

/// Positions of the meta columns every synced table has.
struct MetaColumns
{
    int id = -1;
    int createdAt = -1;
    int updatedAt = -1;
    int office = -1;
    int version = -1;
    int deleted = -1;

    /// Finds them in `columns`; throws Error::Data when one is missing.
    static MetaColumns of(const QStringList &columns, const QString &table);
    /// True for id, created_at, updated_at, updated_by_office and version (not deleted).
    bool isStamp(int column) const;
};

/// Column names of `table` in this workspace, in table order. Throws Error::Database without such a table.
QStringList columnsOf(const Database &db, const QString &table);

/// One file named in the manifest.
struct FileEntry
{
    qint64 rows = 0;
    QString sha256; ///< lowercase hex
};

/// manifest.json.
struct Manifest
{
    QString officeId; ///< the sending office (read back upper-case)
    QString toOffice; ///< the office it is meant for, upper-case; empty = any
    qint64 sequence = 0; ///< the sender's package counter, +1 per package
    qint64 previousSequence = 0; ///< the sender's previous package to the same destination (0: none)
    /// A random id of this package: a different package under a number already imported
    /// (the sender restored a backup) is recognised. Empty in packages of older versions.
    QString packageId;
    /// Carries every record, not only changes: accepted whatever number came before,
    /// to resynchronise a receiver after a gap or divergence.
    bool full = false;
    int schemaVersion = 0;
    QString createdAt;
    QMap<QString, FileEntry> files;
};

/// The largest manifest.json read.
inline constexpr qint64 MaxManifestBytes = 1024 * 1024;

/// The manifest as indented JSON.
QByteArray manifestJson(const Manifest &manifest);
/// Reads DIR/manifest.json; throws Error::Data when it is missing or not a sync manifest.
Manifest readManifest(const QString &dir);

/// The Error::Data for a package file that does not match its manifest: it was
/// edited after it was written (e.g. re-saved by a spreadsheet).
Error tamperedFile(const QString &file);

/// SHA-256 of a file as lowercase hex; throws Error::Data when it cannot be read.
QString sha256Of(const QString &path);

/// Reads one CSV file of a package, each row in the column order of the workspace's table.
class PackageReader final
{
public:
    /// Opens `path`; its header must name exactly `columns`, in any order. Throws Error::Data.
    PackageReader(const QString &path, const QStringList &columns);
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;

    /// The next row; false at the end. Throws Error::Data for a malformed row.
    bool next(Values &row);
    /// Rows read so far.
    qint64 rows() const { return m_rows; }

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    QList<int> m_target; ///< file column → table column
    qsizetype m_columnCount = 0;
    qint64 m_rows = 0;
};

/// The rows of sync_shadow for one table and one peer office, as an import uses
/// them (an export marks what it sent through SyncChangeScan).
class ShadowStore final
{
public:
    ShadowStore(const Database &db, const QString &table, const QStringList &columns, const QString &peer);

    /// The record as last received from the peer, or nullopt.
    std::optional<Values> received(const QString &id);
    /// Remembers `remote` as received from the peer; the peer has our record
    /// with the stamp of `remote` too, so it is sent back only if ours differs.
    void setReceived(const QString &id, const Values &remote);

private:
    QStringList m_columns;
    MetaColumns m_meta;
    SyncShadowStore m_store;
};

} // namespace sb::core::syncpackage
