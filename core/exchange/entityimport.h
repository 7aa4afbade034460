// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importer.h"
#include "core/exchange/importfields.h"
#include "core/storage/sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace sb::core {

class Database;

/// One CSV row after mapping: field → text, and field → 1-based source column
/// (0 for constants from the mapping).
struct RowInput
{
    qint64 row = 0;
    QHash<QString, QString> values;
    QHash<QString, int> columns;

    bool has(const QString &field) const { return values.contains(field); }
    QString value(const QString &field) const { return values.value(field); }
    int column(const QString &field) const { return columns.value(field); }
};

/// State shared by the rows of one import: options, the run, reference caches.
class ImportContext final
{
public:
    ImportContext(const Database &db, const ImportOptions &options, qint64 runSeq);
    ~ImportContext();
    ImportContext(const ImportContext &) = delete;
    ImportContext &operator=(const ImportContext &) = delete;

    const Database &db;
    const ImportOptions &options;
    parse::DateOrder dateOrder = parse::DateOrder::Unknown;
    QChar decimal = u'.';
    QString dateFormat;
    qint64 runSeq = 0;

    /// Remembers a record this import created, for undo.
    void recordInsert(const QString &table, const QString &id);
    /// Remembers a record's values before this import changed it, for undo.
    void recordUpdate(const QString &table, const QString &id, const QVariantMap &previous);

    /// The id of the live row of `table` whose `keyColumn` is `key` (cached).
    std::optional<QString> lookup(const QString &table, const QString &keyColumn, const QString &key);
    /// Tells the cache about a row created during this import.
    void remember(const QString &table, const QString &keyColumn, const QString &key, const QString &id);

    /// Work to do after the last row (e.g. links to records later in the file).
    void defer(std::function<void()> work) { m_deferred.append(std::move(work)); }
    /// Runs and clears the deferred work.
    void runDeferred();

    /// Returns the row where a natural key was first seen in this file, or 0 (and remembers it).
    qint64 firstRowWithKey(const QString &key, qint64 row);

private:
    void recordChange(const QString &table, const QString &id, const QString &action, const QString &previous);

    std::unique_ptr<SqliteStatement> m_change;
    QHash<QString, QHash<QString, std::optional<QString>>> m_cache;
    QHash<QString, qint64> m_keysSeen;
    QList<std::function<void()>> m_deferred;
};

/// Turns rows of one entity into inserts and updates.
class EntityImporter
{
public:
    virtual ~EntityImporter() = default;
    /// Validates one row and writes it (the caller's transaction decides whether it stays).
    virtual RowOutcome apply(const RowInput &row, ImportContext &context) = 0;
    /// Work after the last row (e.g. order totals).
    virtual void finish(ImportContext &) {}

    /// The importer for an entity, or nullptr when the entity cannot be imported.
    static std::unique_ptr<EntityImporter> create(const QString &entity);
};

/// Converts a field's text to the value stored for its type; nullopt and a
/// message when it does not parse. Dates come back as YYYY-MM-DD.
std::optional<QVariant> convertField(FieldType type, const QString &text, const ImportContext &context,
                                     QString *error, bool *ambiguousDate);

/// A Percent field's text ("12.5", "12.5%") as basis points.
std::optional<qint64> percentToBasisPoints(const QString &text, QChar decimal, QString *error);

} // namespace sb::core
