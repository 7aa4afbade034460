// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importer.h"
#include "core/exchange/importfields.h"
#include "core/storage/importrunstore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <utility>

namespace sb::core {

class Database;

/// The fields of an import's rows and where they come from, worked out once from the
/// header row and the mapping.
struct RowLayout
{
    QHash<QString, int> fieldSlots; ///< field → index in RowInput::texts
    QStringList fields; ///< slot → field
    QList<QList<int>> slotsByColumn; ///< file column → the slots it feeds
    QList<std::pair<int, QString>> constants; ///< slot → value for a row whose cell is empty

    /// The slot of a field, adding it when it is new.
    int add(const QString &field);
};

/// One CSV row after mapping: field → text, and field → 1-based source column
/// (0 for constants from the mapping). The values sit in slots of the import's
/// RowLayout, so a row costs two small lists rather than two hash tables.
struct RowInput
{
    qint64 row = 0;
    std::shared_ptr<const RowLayout> layout;
    QStringList texts;
    QList<int> columns;

    /// The slot of a field, or -1 when the file does not have it.
    int slot(const QString &field) const { return layout ? layout->fieldSlots.value(field, -1) : -1; }
    bool has(const QString &field) const { return slot(field) >= 0; }
    QString value(const QString &field) const { return text(slot(field)); }
    int column(const QString &field) const { return columnAt(slot(field)); }
    /// By slot (see slot()): for importers that look the slots up once per import.
    QString text(int slot) const { return slot < 0 ? QString() : texts[slot]; }
    int columnAt(int slot) const { return slot < 0 ? 0 : columns[slot]; }

    /// Fills texts and columns from a record of the file (as many fields as the header).
    void fill(const QStringList &record, const ImportMapping &mapping);
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
    /// False when the result keeps no more rows that went well, so an importer need
    /// not describe them (errors are always kept).
    bool keepDetails = true;

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
    void recordChange(const QString &table, const QString &id, const QString &action,
                      const QString &previous);

    ImportChangeLog m_changes;
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
    /// Called before apply(), outside the row's savepoint: what it writes stays even
    /// when the row is refused (e.g. a record the rows before it completed).
    virtual void beforeRow(const RowInput &, ImportContext &) { }
    /// Work after the last row (e.g. order totals).
    virtual void finish(ImportContext &) { }

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
