// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvreader.h"
#include "core/exchange/importmapping.h"
#include "core/exchange/valueparsers.h"
#include "core/storage/auditlog.h"
#include "core/storage/importrunstore.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sb::core {

class Database;

/// What an import does with bad rows.
enum class OnError {
    Abort, ///< any bad row: nothing is written
    Skip, ///< good rows are written, bad rows are listed in the report
};

/// Everything that steers an import. Defaults detect what can be detected.
struct ImportOptions
{
    QString entity;
    std::optional<TextEncoding> encoding; ///< nullopt = detect
    QChar delimiter; ///< null = detect
    std::optional<ImportMapping> mapping; ///< nullopt = match headers by name
    bool dryRun = false;
    OnError onError = OnError::Abort;
    QStringList createMissing; ///< "customers", "products" (order-lines)
    parse::DateOrder dateOrder = parse::DateOrder::Unknown;
    QLocale locale = QLocale::system(); ///< decides the legacy code page
    QString reportPath; ///< empty = no report file
    bool backup = true; ///< back up the workspace before writing
};

/// What happens (or would happen) to one row.
enum class RowAction {
    Insert,
    Update,
    Unchanged,
    Skip,
    Error
};

struct RowOutcome
{
    qint64 row = 0; ///< line number in the file
    RowAction action = RowAction::Insert;
    QString key; ///< the record's natural key
    QList<AuditChange> changes; ///< fields that change, old → new (updates)
    int column = 0; ///< 1-based column of the problem, 0 for the row
    QString field; ///< field of the problem
    QString message; ///< why the row is skipped or refused
    bool ambiguousDate = false;
};

/// The result of an import or a dry run.
struct ImportResult
{
    QString entity;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList headers;
    ImportMapping mapping; ///< the mapping used (suggested or given)
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 errors = 0;
    /// Every error and skip, and the first DetailLimit inserts/updates/unchanged rows.
    QList<RowOutcome> details;
    bool committed = false;
    qint64 runSeq = 0; ///< import_runs.seq when committed
    QString backupPath;
    parse::DateOrder dateOrder = parse::DateOrder::Unknown;

    static constexpr int DetailLimit = 2000;
    /// The first error, for one-line messages ("row 12, column 3 (amount): …").
    QString firstErrorText() const;
};

/// Progress: bytes read and file size; returning false cancels (nothing is written).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Reads a CSV file and imports it as options.entity in one transaction (or
/// only previews it when dryRun is set). Throws Error::Usage for a bad request
/// (unknown entity, unreadable file, unmapped required field) and Error::Data
/// when the file cannot be read as CSV; row problems are reported in the result.
ImportResult runImport(Database &db, const QString &file, const ImportOptions &options,
                       const ImportProgress &progress = {});

/// Writes the report of a result as CSV (row, action, key, column, field, message).
void writeImportReport(const ImportResult &result, const QString &path);

/// One import in the import log.
using ImportRun = StoredImportRun;
/// The latest import, undone or not (the import log).
std::optional<ImportRun> lastImport(const Database &db);
/// The latest import not yet undone: the one undoLastImport() takes back. Undoing
/// it makes the one before undoable, and so on.
std::optional<ImportRun> undoableImport(const Database &db);

/// Remembers, for every record import `runSeq` wrote, its stamp (version, time,
/// office) as the import left it; called by the import just before it commits.
void recordImportStamps(const Database &db, qint64 runSeq);

/// A record an undo leaves as it is, and why.
struct UndoKeptRecord
{
    QString table; ///< SQL table
    QString id;
    QString key; ///< natural key (code, number, …), or the id
    QString reason; ///< "changed since (time, office X)", "used since by order_lines …"
    /// "table key: reason".
    QString text() const;
};

struct UndoImportOptions
{
    /// Undo what can be undone and leave records changed or used since as they are,
    /// instead of refusing the whole undo.
    bool force = false;
};

struct UndoImportResult
{
    ImportRun run;
    qint64 removed = 0; ///< records the import created, now tombstoned (sync carries the deletion)
    qint64 restored = 0; ///< records the import updated, given their previous values back
    QList<UndoKeptRecord> kept;
};

/// Records of the undoable import that changed or were used since: an undo would
/// overwrite those changes or pull records away from under them.
QList<UndoKeptRecord> undoObstacles(const Database &db);

/// Undoes the latest import not yet undone, in one transaction: records it created
/// become tombstones (so office sync carries the deletion), records it updated get
/// their previous values back. When a record changed or was used after the import,
/// throws Error::Data listing them and changes nothing, unless `options.force`: then
/// those records (an order always with its lines) are left as they are and listed in
/// the result. Throws Error::Data when there is nothing to undo.
UndoImportResult undoLastImport(Database &db, const UndoImportOptions &options = {});

} // namespace sb::core
