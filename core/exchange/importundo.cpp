// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/error.h"
#include "core/exchange/importer.h"
#include "core/exchange/syncpackage.h"
#include "core/storage/database.h"
#include "core/storage/importrunstore.h"
#include "core/storage/importundostore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

// Only these tables are ever named in import_changes; anything else is refused.
const QSet<QString> &undoableTables()
{
    static const QSet<QString> tables
        = {QStringLiteral("customers"), QStringLiteral("contacts"),      QStringLiteral("activities"),
           QStringLiteral("products"),  QStringLiteral("opportunities"), QStringLiteral("stage_history"),
           QStringLiteral("orders"),    QStringLiteral("order_lines"),   QStringLiteral("tickets"),
           QStringLiteral("targets"),   QStringLiteral("reps"),          QStringLiteral("teams"),
           QStringLiteral("channels"),  QStringLiteral("promotions"),    QStringLiteral("commission_plans")};
    return tables;
}

void requireUndoable(const QString &table)
{
    if (!undoableTables().contains(table))
        throw Error(Error::Kind::Database,
                    ImportText::tr("The import log names an unknown table %1.").arg(table));
}

using Change = LoggedImportChange;

/// The record's natural key, to name it to a person ("C00005"), or its id.
QString keyOf(ImportUndoStore &store, const QString &table, const QString &id)
{
    const syncpackage::SyncTable *spec = syncpackage::findTable(table);
    if (!spec || spec->keyColumns.isEmpty())
        return id;
    const QString key = store.naturalKey(table, spec->keyColumns, id);
    return key.isEmpty() ? id : key;
}

qint64 versionOfStamp(const QString &stamp)
{
    return stamp.section(u'|', 0, 0).toLongLong();
}

/// True when `current` is the state an undo of a later import left, and that import
/// found the record as `run` had left it: undoing the later import took the record
/// back to this import's result, so it is not a change made since.
bool leftByLaterUndo(ImportUndoStore &store, const Change &change, qint64 runSeq, const QString &current)
{
    for (const QString &json : store.previousOfLaterUndos(change.table, change.id, runSeq, current)) {
        const QJsonObject previous = QJsonDocument::fromJson(json.toUtf8()).object();
        if (previous.contains(u"version")
            && previous.value(u"version").toVariant().toLongLong() == versionOfStamp(change.afterStamp))
            return true;
    }
    return false;
}

QList<Change> changesOf(ImportUndoStore &store, qint64 runSeq)
{
    const QList<Change> list = store.changes(runSeq);
    for (const Change &c : list)
        requireUndoable(c.table);
    return list;
}

/// Every foreign key of a business table to an undoable table, read from the schema
/// (contract checks, promotion products and share rules refer to imported records too).
QList<SchemaReference> references(const ImportUndoStore &store)
{
    QList<SchemaReference> list;
    for (const SchemaReference &ref : store.businessReferences()) {
        if (undoableTables().contains(ref.parentTable))
            list.append(ref);
    }
    return list;
}

/// Records the undo would remove that live records added since refer to: record id → reason.
QHash<QString, UndoKeptRecord> usedSince(ImportUndoStore &store, qint64 runSeq, bool legacy)
{
    QHash<QString, UndoKeptRecord> used;
    for (const SchemaReference &ref : references(store)) {
        // Imports logged before schema version 6 did not log the lines of the orders they
        // created: those lines go with their orders.
        if (legacy && ref.childTable == u"order_lines" && ref.parentTable == u"orders")
            continue;
        // Names come from the schema of the fixed tables.
        for (const auto &[parentId, childId] :
             store.usedSince(runSeq, ref.childTable, ref.childColumn, ref.parentTable)) {
            if (used.contains(parentId))
                continue;
            UndoKeptRecord kept;
            kept.table = ref.parentTable;
            kept.id = parentId;
            kept.reason = ImportText::tr("used since by %1 %2")
                              .arg(ref.childTable, keyOf(store, ref.childTable, childId));
            used.insert(parentId, kept);
        }
    }
    return used;
}

/// Lines of orders and the orders go together: keeping one keeps the others of the same
/// order, so an order's amount always matches its lines.
QString orderOf(ImportUndoStore &store, const Change &change)
{
    if (change.table == u"orders")
        return change.id;
    if (change.table != u"order_lines")
        return {};
    return store.orderOfLine(change.id);
}

void restorePrevious(ImportUndoStore &store, const QString &table, const QString &id, const QString &json,
                     QHash<QString, QSet<QString>> &columnCache)
{
    if (!columnCache.contains(table))
        columnCache.insert(table, store.columns(table));
    const QSet<QString> &known = columnCache[table];
    const QVariantMap previous = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
    QList<std::pair<QString, QVariant>> values;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (it.key() == u"version" || !known.contains(it.key()))
            continue;
        // JSON null arrives as a nullptr variant; bind it as SQL NULL.
        values.append({it.key(), it.value().typeId() == QMetaType::Nullptr ? QVariant() : it.value()});
    }
    // Column names were checked against the table's own columns.
    store.restore(table, id, values);
}

/// What the undo of `run` would leave alone, keyed by record id.
/// True for an import logged before schema version 6 (no stamps after the import).
bool isLegacy(const QList<Change> &changes)
{
    return std::all_of(changes.cbegin(), changes.cend(),
                       [](const Change &c) { return c.afterStamp.isNull(); });
}

QHash<QString, UndoKeptRecord> findObstacles(ImportUndoStore &store, qint64 runSeq,
                                             const QList<Change> &changes)
{
    QHash<QString, UndoKeptRecord> kept = usedSince(store, runSeq, isLegacy(changes));
    for (const Change &c : changes) {
        if (kept.contains(c.id) || c.afterStamp.isNull())
            continue;
        const CurrentRecordStamp now = store.current(c.table, c.id);
        UndoKeptRecord record;
        record.table = c.table;
        record.id = c.id;
        if (!now.exists)
            record.reason = ImportText::tr("no longer exists");
        else if (now.stamp == c.afterStamp || leftByLaterUndo(store, c, runSeq, now.stamp))
            continue;
        else if (now.deleted)
            record.reason = ImportText::tr("deleted since (%1, office %2)").arg(now.updatedAt, now.office);
        else
            record.reason = ImportText::tr("changed since (%1, office %2)").arg(now.updatedAt, now.office);
        kept.insert(c.id, record);
    }
    // An order and its lines stay together.
    QSet<QString> keptOrders;
    for (const Change &c : changes) {
        if (kept.contains(c.id)) {
            const QString order = orderOf(store, c);
            if (!order.isEmpty())
                keptOrders.insert(order);
        }
    }
    if (!keptOrders.isEmpty()) {
        for (const Change &c : changes) {
            if (kept.contains(c.id))
                continue;
            const QString order = orderOf(store, c);
            if (order.isEmpty() || !keptOrders.contains(order))
                continue;
            UndoKeptRecord record;
            record.table = c.table;
            record.id = c.id;
            record.reason = ImportText::tr("belongs to an order kept as it is");
            kept.insert(c.id, record);
        }
    }
    for (UndoKeptRecord &record : kept)
        record.key = keyOf(store, record.table, record.id);
    return kept;
}

QList<UndoKeptRecord> sorted(const QHash<QString, UndoKeptRecord> &kept)
{
    QList<UndoKeptRecord> list = kept.values();
    std::sort(list.begin(), list.end(), [](const UndoKeptRecord &a, const UndoKeptRecord &b) {
        return std::tie(a.table, a.key, a.id) < std::tie(b.table, b.key, b.id);
    });
    return list;
}

} // namespace

QString UndoKeptRecord::text() const
{
    return QStringLiteral("%1 %2: %3").arg(table, key.isEmpty() ? id : key, reason);
}

std::optional<ImportRun> lastImport(const Database &db)
{
    return importlog::latestRun(db, false);
}

std::optional<ImportRun> undoableImport(const Database &db)
{
    return importlog::latestRun(db, true);
}

void recordImportStamps(const Database &db, qint64 runSeq)
{
    importlog::recordStamps(db, runSeq, undoableTables());
}

QList<UndoKeptRecord> undoObstacles(const Database &db)
{
    const auto run = undoableImport(db);
    if (!run)
        return {};
    ImportUndoStore store(db);
    return sorted(findObstacles(store, run->seq, changesOf(store, run->seq)));
}

UndoImportResult undoLastImport(Database &db, const UndoImportOptions &options)
{
    const auto run = undoableImport(db);
    if (!run)
        throw Error(Error::Kind::Data, ImportText::tr("There is no import to undo."));

    Database::Transaction tx(db);
    ImportUndoStore store(db);
    const QList<Change> changes = changesOf(store, run->seq);
    const QHash<QString, UndoKeptRecord> kept = findObstacles(store, run->seq, changes);
    UndoImportResult result;
    result.run = *run;
    result.kept = sorted(kept);
    if (!kept.isEmpty() && !options.force) {
        QStringList lines;
        for (const UndoKeptRecord &record : std::as_const(result.kept).mid(0, 10))
            lines.append(record.text());
        if (result.kept.size() > 10)
            lines.append(ImportText::tr("… and %1 more").arg(result.kept.size() - 10));
        throw Error(
            Error::Kind::Data,
            ImportText::tr("Cannot undo the import of %1 from %2: %n record(s) changed or were used "
                           "after it, and an undo would overwrite or break them:",
                           nullptr, int(result.kept.size()))
                    .arg(run->entity, run->fileName)
                // One item after the other: the command line prints an error on one line.
                + u' ' + lines.join(QStringLiteral("; ")) + QStringLiteral(". ")
                + ImportText::tr("Nothing was changed. To undo the rest and leave these records as they "
                                 "are, undo with force (undo-import --force)."));
    }

    QHash<QString, QSet<QString>> columnCache;
    const QString office = db.officeId();
    const bool legacy = isLegacy(changes);
    // Children before parents: the log is read newest first, and an import writes parents first.
    for (const Change &c : changes) {
        if (const auto it = kept.constFind(c.id); it != kept.cend()) {
            store.setKeptReason(c.seq, it->reason);
            continue;
        }
        if (c.action == u"insert") {
            if (legacy && c.table == u"orders") {
                store.tombstoneOrderLines(c.id, office);
            }
            store.tombstone(c.table, c.id, office);
            ++result.removed;
        } else {
            restorePrevious(store, c.table, c.id, c.previous, columnCache);
            ++result.restored;
        }
        store.setUndoStamp(c.seq, store.current(c.table, c.id).stamp);
    }
    importlog::markUndone(db, run->seq);
    tx.commit();
    result.run.undone = true;
    return result;
}

} // namespace sb::core
