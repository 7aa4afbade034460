// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/importundostore.h"

#include "core/storage/database.h"
#include "core/storage/importrunstore.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

} // namespace

ImportUndoStore::ImportUndoStore(const Database &db) : m_db(db) { }

QSqlQuery &ImportUndoStore::statement(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.insert(sql, m_db.prepare(sql));
    return *it;
}

QList<LoggedImportChange> ImportUndoStore::changes(qint64 runSeq)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT seq, entity, record_id, action, previous_json, after_stamp "
                                      "FROM import_changes WHERE run_seq = ? ORDER BY seq DESC"));
    q.addBindValue(runSeq);
    Database::exec(q, ImportText::tr("read the import log"));
    QList<LoggedImportChange> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return list;
}

CurrentRecordStamp ImportUndoStore::current(const QString &table, const QString &id)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + importlog::stampExpression()
                             + QStringLiteral(", deleted, updated_at, updated_by_office FROM ") + table
                             + QStringLiteral(" WHERE id = ?"));
    q.bindValue(0, id);
    Database::exec(q, ImportText::tr("read the import log"));
    CurrentRecordStamp c;
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

QString ImportUndoStore::naturalKey(const QString &table, const QStringList &keyColumns, const QString &id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + keyColumns.join(QStringLiteral(" || ' ' || "))
                               + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    Database::exec(q, ImportText::tr("read the import log"));
    return q.next() ? q.value(0).toString() : QString();
}

QStringList ImportUndoStore::previousOfLaterUndos(const QString &table, const QString &id, qint64 runSeq,
                                                  const QString &undoStamp)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT previous_json FROM import_changes WHERE entity = ? AND "
                       "record_id = ? AND run_seq > ? AND undo_stamp = ? AND action = 'update'"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(runSeq);
    q.addBindValue(undoStamp);
    Database::exec(q, ImportText::tr("read the import log"));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

QList<std::pair<QString, QString>> ImportUndoStore::usedSince(qint64 runSeq, const QString &childTable,
                                                              const QString &childColumn,
                                                              const QString &parentTable)
{
    // One query per relation: the records this import created that a live record not
    // created by it refers to.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT c.") + childColumn + QStringLiteral(", c.id FROM ") + childTable
        + QStringLiteral(" c JOIN import_changes ic ON ic.record_id = c.") + childColumn
        + QStringLiteral(" AND ic.run_seq = ? AND ic.entity = ? AND ic.action = 'insert' WHERE c.deleted = 0 "
                         "AND NOT EXISTS (SELECT 1 FROM import_changes own WHERE own.run_seq = ? "
                         "AND own.record_id = c.id AND own.action = 'insert')"));
    q.addBindValue(runSeq);
    q.addBindValue(parentTable);
    q.addBindValue(runSeq);
    Database::exec(q, ImportText::tr("read the import log"));
    QList<std::pair<QString, QString>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QSet<QString> ImportUndoStore::columns(const QString &table) const
{
    return sqliteschema::columns(m_db, table);
}

QList<SchemaReference> ImportUndoStore::businessReferences() const
{
    return sqliteschema::businessReferences(m_db);
}

QString ImportUndoStore::orderOfLine(const QString &lineId)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT order_id FROM order_lines WHERE id = ?"));
    q.bindValue(0, lineId);
    Database::exec(q, ImportText::tr("read the import log"));
    const QString order = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return order;
}

void ImportUndoStore::tombstone(const QString &table, const QString &id, const QString &office)
{
    // A tombstone, not a DELETE: office sync carries it to the other offices.
    QSqlQuery &q = statement(QStringLiteral("UPDATE ") + table
                             + QStringLiteral(" SET deleted = 1, version = version + 1, updated_at = ?, "
                                              "updated_by_office = ? WHERE id = ? AND deleted = 0"));
    q.bindValue(0, Database::nowUtc());
    q.bindValue(1, office);
    q.bindValue(2, id);
    Database::exec(q, ImportText::tr("undo the import"));
}

void ImportUndoStore::tombstoneOrderLines(const QString &orderId, const QString &office)
{
    QSqlQuery &lines = statement(
        QStringLiteral("UPDATE order_lines SET deleted = 1, version = version + 1, updated_at = ?, "
                       "updated_by_office = ? WHERE order_id = ? AND deleted = 0"));
    lines.bindValue(0, Database::nowUtc());
    lines.bindValue(1, office);
    lines.bindValue(2, orderId);
    Database::exec(lines, ImportText::tr("undo the import"));
}

void ImportUndoStore::restore(const QString &table, const QString &id,
                              const QList<std::pair<QString, QVariant>> &values)
{
    QStringList assignments;
    for (const auto &[column, value] : values)
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments.join(QStringLiteral(", "))
        + (assignments.isEmpty() ? QString() : QStringLiteral(", "))
        + QStringLiteral("version = version + 1, updated_at = ?, updated_by_office = ? WHERE id = ?"));
    for (const auto &[column, value] : values)
        q.addBindValue(value);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(m_db.officeId());
    q.addBindValue(id);
    Database::exec(q, ImportText::tr("undo the import"));
}

void ImportUndoStore::setUndoStamp(qint64 changeSeq, const QString &stamp)
{
    QSqlQuery &q = statement(QStringLiteral("UPDATE import_changes SET undo_stamp = ? WHERE seq = ?"));
    q.bindValue(0, stamp);
    q.bindValue(1, changeSeq);
    Database::exec(q, ImportText::tr("finish undoing the import"));
}

void ImportUndoStore::setKeptReason(qint64 changeSeq, const QString &reason)
{
    QSqlQuery &q = statement(QStringLiteral("UPDATE import_changes SET kept_reason = ? WHERE seq = ?"));
    q.bindValue(0, reason);
    q.bindValue(1, changeSeq);
    Database::exec(q, ImportText::tr("finish undoing the import"));
}

} // namespace sb::core
