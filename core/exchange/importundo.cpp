// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/error.h"
#include "core/exchange/importer.h"
#include "core/exchange/syncpackage.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

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

QSet<QString> columnsOf(const Database &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery q(db.connection());
    // The table name comes from the fixed set above.
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns.insert(q.value(1).toString());
    }
    return columns;
}

/// A record's stamp as text: "version|updated_at|updated_by_office".
const QString StampSql = QStringLiteral("version || '|' || updated_at || '|' || updated_by_office");

/// Prepared statements by their text: an undo of a large import runs the same few many times.
class Statements final
{
public:
    explicit Statements(const Database &db) : m_db(db) { }
    QSqlQuery &operator()(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end())
            it = m_queries.insert(sql, m_db.prepare(sql));
        return *it;
    }
    const Database &db() const { return m_db; }

private:
    const Database &m_db;
    QHash<QString, QSqlQuery> m_queries;
};

struct Change
{
    qint64 seq = 0;
    QString table;
    QString id;
    QString action;
    QString previous;
    QString afterStamp; ///< null for imports logged before schema version 6
};

struct Current
{
    bool exists = false;
    bool deleted = false;
    QString stamp;
    QString updatedAt;
    QString office;
};

Current currentOf(Statements &sql, const QString &table, const QString &id)
{
    // Table names come from the fixed set above.
    QSqlQuery &q = sql(QStringLiteral("SELECT ") + StampSql
                       + QStringLiteral(", deleted, updated_at, updated_by_office FROM ") + table
                       + QStringLiteral(" WHERE id = ?"));
    q.bindValue(0, id);
    Database::exec(q, ImportText::tr("read the import log"));
    Current c;
    if (!q.next())
        return c;
    c.exists = true;
    c.stamp = q.value(0).toString();
    c.deleted = q.value(1).toInt() != 0;
    c.updatedAt = q.value(2).toString();
    c.office = q.value(3).toString();
    q.finish();
    return c;
}

/// The record's natural key, to name it to a person ("C00005"), or its id.
QString keyOf(const Database &db, const QString &table, const QString &id)
{
    const syncpackage::SyncTable *spec = syncpackage::findTable(table);
    if (!spec || spec->keyColumns.isEmpty())
        return id;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT ") + spec->keyColumns.join(QStringLiteral(" || ' ' || "))
                             + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    Database::exec(q, ImportText::tr("read the import log"));
    return q.next() && !q.value(0).toString().isEmpty() ? q.value(0).toString() : id;
}

qint64 versionOfStamp(const QString &stamp)
{
    return stamp.section(u'|', 0, 0).toLongLong();
}

/// True when `current` is the state an undo of a later import left, and that import
/// found the record as `run` had left it: undoing the later import took the record
/// back to this import's result, so it is not a change made since.
bool leftByLaterUndo(const Database &db, const Change &change, qint64 runSeq, const QString &current)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT previous_json FROM import_changes WHERE entity = ? AND "
                       "record_id = ? AND run_seq > ? AND undo_stamp = ? AND action = 'update'"));
    q.addBindValue(change.table);
    q.addBindValue(change.id);
    q.addBindValue(runSeq);
    q.addBindValue(current);
    Database::exec(q, ImportText::tr("read the import log"));
    while (q.next()) {
        const QJsonObject previous = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (previous.contains(u"version")
            && previous.value(u"version").toVariant().toLongLong() == versionOfStamp(change.afterStamp))
            return true;
    }
    return false;
}

QList<Change> changesOf(const Database &db, qint64 runSeq)
{
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT seq, entity, record_id, action, previous_json, after_stamp "
                                    "FROM import_changes WHERE run_seq = ? ORDER BY seq DESC"));
    q.addBindValue(runSeq);
    Database::exec(q, ImportText::tr("read the import log"));
    QList<Change> list;
    while (q.next()) {
        Change c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
        requireUndoable(c.table);
        list.append(c);
    }
    return list;
}

struct Reference
{
    QString childTable;
    QString childColumn;
    QString parentTable;
};

/// Every foreign key of a business table to an undoable table, read from the schema
/// (contract checks, promotion products and share rules refer to imported records too).
QList<Reference> references(const Database &db)
{
    QStringList children;
    {
        QSqlQuery tables(db.connection());
        if (tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
            while (tables.next())
                children.append(tables.value(0).toString());
        }
    }
    QList<Reference> list;
    for (const QString &child : std::as_const(children)) {
        // Only the business tables: their records are live or tombstones.
        if (!columnsOf(db, child).contains(QStringLiteral("deleted")))
            continue;
        QSqlQuery q(db.connection());
        // The table name comes from the schema itself.
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(child)))
            continue;
        while (q.next()) {
            const QString parent = q.value(2).toString();
            if (undoableTables().contains(parent))
                list.append({child, q.value(3).toString(), parent});
        }
    }
    return list;
}

/// Records the undo would remove that live records added since refer to: record id → reason.
QHash<QString, UndoKeptRecord> usedSince(const Database &db, qint64 runSeq, bool legacy)
{
    QHash<QString, UndoKeptRecord> used;
    for (const Reference &ref : references(db)) {
        // Imports logged before schema version 6 did not log the lines of the orders they
        // created: those lines go with their orders.
        if (legacy && ref.childTable == u"order_lines" && ref.parentTable == u"orders")
            continue;
        // Names come from the schema of the fixed tables. One query per relation: the
        // records this import created that a live record not created by it refers to.
        QSqlQuery q = db.prepare(
            QStringLiteral("SELECT c.") + ref.childColumn + QStringLiteral(", c.id FROM ") + ref.childTable
            + QStringLiteral(" c JOIN import_changes ic ON ic.record_id = c.") + ref.childColumn
            + QStringLiteral(
                " AND ic.run_seq = ? AND ic.entity = ? AND ic.action = 'insert' WHERE c.deleted = 0 "
                "AND NOT EXISTS (SELECT 1 FROM import_changes own WHERE own.run_seq = ? "
                "AND own.record_id = c.id AND own.action = 'insert')"));
        q.addBindValue(runSeq);
        q.addBindValue(ref.parentTable);
        q.addBindValue(runSeq);
        Database::exec(q, ImportText::tr("read the import log"));
        while (q.next()) {
            const QString parentId = q.value(0).toString();
            if (used.contains(parentId))
                continue;
            UndoKeptRecord kept;
            kept.table = ref.parentTable;
            kept.id = parentId;
            kept.reason = ImportText::tr("used since by %1 %2")
                              .arg(ref.childTable, keyOf(db, ref.childTable, q.value(1).toString()));
            used.insert(parentId, kept);
        }
    }
    return used;
}

/// Lines of orders and the orders go together: keeping one keeps the others of the same
/// order, so an order's amount always matches its lines.
QString orderOf(Statements &sql, const Change &change)
{
    if (change.table == u"orders")
        return change.id;
    if (change.table != u"order_lines")
        return {};
    QSqlQuery &q = sql(QStringLiteral("SELECT order_id FROM order_lines WHERE id = ?"));
    q.bindValue(0, change.id);
    Database::exec(q, ImportText::tr("read the import log"));
    const QString order = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return order;
}

void tombstone(Statements &sql, const QString &table, const QString &id, const QString &office)
{
    // A tombstone, not a DELETE: office sync carries it to the other offices.
    QSqlQuery &q = sql(QStringLiteral("UPDATE ") + table
                       + QStringLiteral(" SET deleted = 1, version = version + 1, updated_at = ?, "
                                        "updated_by_office = ? WHERE id = ? AND deleted = 0"));
    q.bindValue(0, Database::nowUtc());
    q.bindValue(1, office);
    q.bindValue(2, id);
    Database::exec(q, ImportText::tr("undo the import"));
}

void restorePrevious(const Database &db, const QString &table, const QString &id, const QString &json,
                     QHash<QString, QSet<QString>> &columnCache)
{
    if (!columnCache.contains(table))
        columnCache.insert(table, columnsOf(db, table));
    const QSet<QString> &known = columnCache[table];
    const QVariantMap previous = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
    QStringList assignments;
    QVariantList values;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (it.key() == u"version" || !known.contains(it.key()))
            continue;
        assignments.append(it.key() + QStringLiteral(" = ?"));
        // JSON null arrives as a nullptr variant; bind it as SQL NULL.
        values.append(it.value().typeId() == QMetaType::Nullptr ? QVariant() : it.value());
    }
    // Column names were checked against the table's own columns.
    QSqlQuery q = db.prepare(
        QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments.join(QStringLiteral(", "))
        + (assignments.isEmpty() ? QString() : QStringLiteral(", "))
        + QStringLiteral("version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(db.officeId());
    q.addBindValue(id);
    Database::exec(q, ImportText::tr("undo the import"));
}

std::optional<ImportRun> runWhere(const Database &db, const QString &condition)
{
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT seq, started_at, entity, file_name, inserted, updated, undone "
                                    "FROM import_runs ")
                     + condition + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    Database::exec(q, ImportText::tr("read the import log"));
    if (!q.next())
        return std::nullopt;
    return ImportRun{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong(),
                     q.value(6).toBool()};
}

/// What the undo of `run` would leave alone, keyed by record id.
/// True for an import logged before schema version 6 (no stamps after the import).
bool isLegacy(const QList<Change> &changes)
{
    return std::all_of(changes.cbegin(), changes.cend(),
                       [](const Change &c) { return c.afterStamp.isNull(); });
}

QHash<QString, UndoKeptRecord> findObstacles(Statements &sql, qint64 runSeq, const QList<Change> &changes)
{
    const Database &db = sql.db();
    QHash<QString, UndoKeptRecord> kept = usedSince(db, runSeq, isLegacy(changes));
    for (const Change &c : changes) {
        if (kept.contains(c.id) || c.afterStamp.isNull())
            continue;
        const Current now = currentOf(sql, c.table, c.id);
        UndoKeptRecord record;
        record.table = c.table;
        record.id = c.id;
        if (!now.exists)
            record.reason = ImportText::tr("no longer exists");
        else if (now.stamp == c.afterStamp || leftByLaterUndo(db, c, runSeq, now.stamp))
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
            const QString order = orderOf(sql, c);
            if (!order.isEmpty())
                keptOrders.insert(order);
        }
    }
    if (!keptOrders.isEmpty()) {
        for (const Change &c : changes) {
            if (kept.contains(c.id))
                continue;
            const QString order = orderOf(sql, c);
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
        record.key = keyOf(db, record.table, record.id);
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
    return runWhere(db, {});
}

std::optional<ImportRun> undoableImport(const Database &db)
{
    return runWhere(db, QStringLiteral("WHERE undone = 0"));
}

void recordImportStamps(const Database &db, qint64 runSeq)
{
    // The lines of orders this import created are written without a log row each (the bulk
    // path); log them now, so that a line added later to such an order is told apart from them.
    QSqlQuery lines = db.prepare(QStringLiteral(
        "INSERT INTO import_changes (run_seq, entity, record_id, action) "
        "SELECT ?, 'order_lines', l.id, 'insert' FROM import_changes o JOIN order_lines l ON l.order_id = "
        "o.record_id "
        "WHERE o.run_seq = ? AND o.entity = 'orders' AND o.action = 'insert' "
        "AND NOT EXISTS (SELECT 1 FROM import_changes x WHERE x.run_seq = ? AND x.record_id = l.id)"));
    lines.addBindValue(runSeq);
    lines.addBindValue(runSeq);
    lines.addBindValue(runSeq);
    Database::exec(lines, ImportText::tr("finish the import log"));
    for (const QString &table : undoableTables()) {
        // Table names come from the fixed set above.
        QSqlQuery q = db.prepare(QStringLiteral("UPDATE import_changes SET after_stamp = (SELECT ") + StampSql
                                 + QStringLiteral(" FROM ") + table
                                 + QStringLiteral(" t WHERE t.id = import_changes.record_id) "
                                                  "WHERE run_seq = ? AND entity = ?"));
        q.addBindValue(runSeq);
        q.addBindValue(table);
        Database::exec(q, ImportText::tr("finish the import log"));
    }
}

QList<UndoKeptRecord> undoObstacles(const Database &db)
{
    const auto run = undoableImport(db);
    if (!run)
        return {};
    Statements sql(db);
    return sorted(findObstacles(sql, run->seq, changesOf(db, run->seq)));
}

UndoImportResult undoLastImport(Database &db, const UndoImportOptions &options)
{
    const auto run = undoableImport(db);
    if (!run)
        throw Error(Error::Kind::Data, ImportText::tr("There is no import to undo."));

    Database::Transaction tx(db);
    const QList<Change> changes = changesOf(db, run->seq);
    Statements sql(db);
    const QHash<QString, UndoKeptRecord> kept = findObstacles(sql, run->seq, changes);
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
    QSqlQuery stampUndo
        = db.prepare(QStringLiteral("UPDATE import_changes SET undo_stamp = ? WHERE seq = ?"));
    QSqlQuery keptReason
        = db.prepare(QStringLiteral("UPDATE import_changes SET kept_reason = ? WHERE seq = ?"));
    // Children before parents: the log is read newest first, and an import writes parents first.
    for (const Change &c : changes) {
        if (const auto it = kept.constFind(c.id); it != kept.cend()) {
            keptReason.bindValue(0, it->reason);
            keptReason.bindValue(1, c.seq);
            Database::exec(keptReason, ImportText::tr("finish undoing the import"));
            continue;
        }
        if (c.action == u"insert") {
            if (legacy && c.table == u"orders") {
                QSqlQuery &lines = sql(QStringLiteral(
                    "UPDATE order_lines SET deleted = 1, version = version + 1, updated_at = ?, "
                    "updated_by_office = ? WHERE order_id = ? AND deleted = 0"));
                lines.bindValue(0, Database::nowUtc());
                lines.bindValue(1, office);
                lines.bindValue(2, c.id);
                Database::exec(lines, ImportText::tr("undo the import"));
            }
            tombstone(sql, c.table, c.id, office);
            ++result.removed;
        } else {
            restorePrevious(db, c.table, c.id, c.previous, columnCache);
            ++result.restored;
        }
        stampUndo.bindValue(0, currentOf(sql, c.table, c.id).stamp);
        stampUndo.bindValue(1, c.seq);
        Database::exec(stampUndo, ImportText::tr("finish undoing the import"));
    }
    QSqlQuery done = db.prepare(QStringLiteral("UPDATE import_runs SET undone = 1 WHERE seq = ?"));
    done.addBindValue(run->seq);
    Database::exec(done, ImportText::tr("finish undoing the import"));
    tx.commit();
    result.run.undone = true;
    return result;
}

} // namespace sb::core
