// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importer.h"

#include "core/domain/error.h"
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
    static const QSet<QString> tables = {
        QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("activities"),
        QStringLiteral("products"), QStringLiteral("opportunities"), QStringLiteral("stage_history"),
        QStringLiteral("orders"), QStringLiteral("order_lines"), QStringLiteral("tickets"),
        QStringLiteral("targets"), QStringLiteral("reps"), QStringLiteral("teams"),
        QStringLiteral("channels"), QStringLiteral("promotions")};
    return tables;
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

void removeCreated(const Database &db, const QString &table, const QString &id)
{
    auto run = [&](const QString &sql) {
        QSqlQuery q = db.prepare(sql);
        q.addBindValue(id);
        try {
            Database::exec(q, ImportText::tr("undo the import"));
        } catch (const Error &) {
            throw Error(
                Error::Kind::Data,
                ImportText::tr(
                    "Cannot undo the import: a record it created (%1 %2) is now used by records added since.")
                    .arg(table, id));
        }
    };
    run(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"));
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
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments.join(QStringLiteral(", "))
                             + (assignments.isEmpty() ? QString() : QStringLiteral(", "))
                             + QStringLiteral("version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(db.officeId());
    q.addBindValue(id);
    Database::exec(q, ImportText::tr("undo the import"));
}

} // namespace

std::optional<ImportRun> lastImport(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT seq, started_at, entity, file_name, inserted, updated, undone FROM import_runs ORDER BY seq DESC LIMIT 1"));
    Database::exec(q, ImportText::tr("read the import log"));
    if (!q.next())
        return std::nullopt;
    return ImportRun{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toBool()};
}

ImportRun undoLastImport(Database &db)
{
    const auto run = lastImport(db);
    if (!run || run->undone)
        throw Error(Error::Kind::Data, ImportText::tr("There is no import to undo."));

    Database::Transaction tx(db);
    QSqlQuery changes = db.prepare(QStringLiteral(
        "SELECT entity, record_id, action, previous_json FROM import_changes WHERE run_seq = ? ORDER BY seq DESC"));
    changes.addBindValue(run->seq);
    Database::exec(changes, ImportText::tr("read the import log"));
    struct Change { QString table, id, action, previous; };
    QList<Change> list;
    while (changes.next())
        list.append({changes.value(0).toString(), changes.value(1).toString(), changes.value(2).toString(),
                     changes.value(3).toString()});
    // Orders the import created take the lines it brought along, before anything
    // those lines refer to (products it created) goes.
    for (const Change &c : std::as_const(list)) {
        if (c.action == u"insert" && c.table == u"orders") {
            QSqlQuery lines = db.prepare(QStringLiteral("DELETE FROM order_lines WHERE order_id = ? AND deleted = 0"));
            lines.addBindValue(c.id);
            Database::exec(lines, ImportText::tr("undo the import"));
        }
    }
    QHash<QString, QSet<QString>> columnCache;
    for (const Change &c : std::as_const(list)) {
        if (!undoableTables().contains(c.table))
            throw Error(Error::Kind::Database,
                        ImportText::tr("The import log names an unknown table %1.").arg(c.table));
        if (c.action == u"insert")
            removeCreated(db, c.table, c.id);
        else
            restorePrevious(db, c.table, c.id, c.previous, columnCache);
    }
    QSqlQuery done = db.prepare(QStringLiteral("UPDATE import_runs SET undone = 1 WHERE seq = ?"));
    done.addBindValue(run->seq);
    Database::exec(done, ImportText::tr("finish undoing the import"));
    tx.commit();
    ImportRun result = *run;
    result.undone = true;
    return result;
}

} // namespace sb::core
