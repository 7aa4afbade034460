// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlite/sqliteimportschema.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace sb::core {

class Database;

/// One row of import_changes: a record an import created or changed.
struct LoggedImportChange
{
    qint64 seq = 0;
    QString table;
    QString id;
    QString action; ///< "insert" or "update"
    QString previous; ///< the record's values before, as JSON (updates)
    QString afterStamp; ///< null for imports logged before schema version 6
};

/// A record's stamp as it is now.
struct CurrentRecordStamp
{
    bool exists = false;
    bool deleted = false;
    QString stamp; ///< "version|updated_at|updated_by_office"
    QString updatedAt;
    QString office;
};

/// What an undo of an import reads and writes: the run's log and the records it names.
/// Table and column names passed in must come from the caller's fixed set of tables or
/// from the schema, never from input; values are bound. Statements an undo of a large
/// import runs many times are prepared once. Failures throw sb::core::Error.
class ImportUndoStore final
{
public:
    explicit ImportUndoStore(const Database &db);

    /// The changes run `runSeq` logged, newest first.
    QList<LoggedImportChange> changes(qint64 runSeq);
    /// The record's stamp now; `exists` is false when there is no such record.
    CurrentRecordStamp current(const QString &table, const QString &id);
    /// The record's key columns joined by spaces ("C00005"); empty when there is none.
    QString naturalKey(const QString &table, const QStringList &keyColumns, const QString &id);
    /// The values before (JSON) that updates of later runs logged for the record, where
    /// the undo of that later run left the record with stamp `undoStamp`.
    QStringList previousOfLaterUndos(const QString &table, const QString &id, qint64 runSeq,
                                     const QString &undoStamp);
    /// Records of `parentTable` that run `runSeq` created and that a live record of
    /// `childTable` not created by it refers to through `childColumn`: (parent id, child id).
    QList<std::pair<QString, QString>> usedSince(qint64 runSeq, const QString &childTable,
                                                 const QString &childColumn, const QString &parentTable);
    /// The columns of a table (empty when it cannot be read).
    QSet<QString> columns(const QString &table) const;
    /// Every foreign key of a business table (one with a `deleted` column), read from the schema.
    QList<SchemaReference> businessReferences() const;
    /// The order of an order line, or empty.
    QString orderOfLine(const QString &lineId);

    /// Makes a live record a tombstone (sync carries it to the other offices).
    void tombstone(const QString &table, const QString &id, const QString &office);
    /// Makes the live lines of an order tombstones.
    void tombstoneOrderLines(const QString &orderId, const QString &office);
    /// Gives a record values back (column → value, null for SQL NULL), as a new version.
    void restore(const QString &table, const QString &id, const QList<std::pair<QString, QVariant>> &values);
    /// Logs the stamp an undo left a record with.
    void setUndoStamp(qint64 changeSeq, const QString &stamp);
    /// Logs why an undo left a record as it was.
    void setKeptReason(qint64 changeSeq, const QString &reason);

private:
    QSqlQuery &statement(const QString &sql);

    const Database &m_db;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace sb::core
