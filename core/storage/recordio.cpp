// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordio.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace sb::core::recordio {

namespace {

/// Translations in the "sb::core::Repository" context, spelled RepositoryText::tr() so that
/// lupdate files them under the context the program asks for.
class RepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Repository)
};

QString qualified(const QString &alias, const QString &column)
{
    return alias.isEmpty() ? column : alias + u'.' + column;
}

QString deletedCondition(Which which)
{
    switch (which) {
    case Which::Live:
        return QStringLiteral(" AND deleted = 0");
    case Which::Deleted:
        return QStringLiteral(" AND deleted = 1");
    case Which::Any:
        break;
    }
    return {};
}

// Qt binds a null QString as SQL NULL; a NOT NULL text column wants ''.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QString selectFrom(const TableSpec &spec)
{
    return QStringLiteral("SELECT ") + selectList(spec) + QStringLiteral(" FROM ") + spec.table;
}

} // namespace

QString selectList(const TableSpec &spec, const QString &alias)
{
    static const QStringList meta = {QStringLiteral("id"),         QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"), QStringLiteral("updated_by_office"),
                                     QStringLiteral("version"),    QStringLiteral("deleted")};
    QStringList parts;
    for (const QString &column : meta)
        parts.append(qualified(alias, column));
    for (const QString &column : spec.columns)
        parts.append(qualified(alias, column));
    return parts.join(QStringLiteral(", "));
}

StoredRow readRow(const QSqlQuery &query, const TableSpec &spec, int first)
{
    StoredRow row;
    row.meta.id = query.value(first).toString();
    row.meta.createdAt = query.value(first + 1).toString();
    row.meta.updatedAt = query.value(first + 2).toString();
    row.meta.updatedByOffice = query.value(first + 3).toString();
    row.meta.version = query.value(first + 4).toLongLong();
    row.meta.deleted = query.value(first + 5).toInt() != 0;
    row.values.reserve(spec.columns.size());
    for (qsizetype i = 0; i < spec.columns.size(); ++i)
        row.values.append(query.value(first + MetaColumnCount + int(i)));
    return row;
}

std::optional<StoredRow> loadById(const Database &db, const TableSpec &spec, const QString &id, Which which)
{
    QSqlQuery q = db.prepare(selectFrom(spec) + QStringLiteral(" WHERE id = ?") + deletedCondition(which));
    q.addBindValue(id);
    Database::exec(q, RepositoryText::tr("read a record"));
    if (!q.next())
        return std::nullopt;
    return readRow(q, spec);
}

std::optional<StoredRow> loadByKey(const Database &db, const TableSpec &spec, const QString &key)
{
    QSqlQuery q = db.prepare(selectFrom(spec) + QStringLiteral(" WHERE ") + spec.keyColumn
                             + QStringLiteral(" = ? AND deleted = 0"));
    q.addBindValue(key);
    Database::exec(q, RepositoryText::tr("read a record"));
    if (!q.next())
        return std::nullopt;
    return readRow(q, spec);
}

QList<StoredRow> loadLive(const Database &db, const TableSpec &spec)
{
    QSqlQuery q = db.prepare(selectFrom(spec) + QStringLiteral(" WHERE deleted = 0 ORDER BY ")
                             + (spec.keyColumn.isEmpty() ? QStringLiteral("id") : spec.keyColumn));
    Database::exec(q, RepositoryText::tr("read records"));
    QList<StoredRow> rows;
    while (q.next())
        rows.append(readRow(q, spec));
    return rows;
}

QList<StoredRow> loadLiveWhere(const Database &db, const TableSpec &spec, const QString &column,
                               const QVariant &value, const QString &orderBy)
{
    const QString order = !orderBy.isEmpty() ? orderBy
        : spec.keyColumn.isEmpty()           ? QStringLiteral("id")
                                             : spec.keyColumn;
    QSqlQuery q = db.prepare(selectFrom(spec) + QStringLiteral(" WHERE deleted = 0 AND ") + column
                             + QStringLiteral(" = ? ORDER BY ") + order);
    q.addBindValue(value);
    Database::exec(q, RepositoryText::tr("read records"));
    QList<StoredRow> rows;
    while (q.next())
        rows.append(readRow(q, spec));
    return rows;
}

qint64 countLive(const Database &db, const TableSpec &spec)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT count(*) FROM ") + spec.table
                             + QStringLiteral(" WHERE deleted = 0"));
    Database::exec(q, RepositoryText::tr("count records"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool keyExists(const Database &db, const TableSpec &spec, const QString &key, const QString &exceptId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM ") + spec.table + QStringLiteral(" WHERE ")
                             + spec.keyColumn + QStringLiteral(" = ? AND deleted = 0")
                             + (exceptId.isEmpty() ? QString() : QStringLiteral(" AND id <> ?")));
    q.addBindValue(key);
    if (!exceptId.isEmpty())
        q.addBindValue(exceptId);
    Database::exec(q, RepositoryText::tr("check a key"));
    return q.next();
}

bool liveIdExists(const Database &db, const QString &table, const QString &id)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM ") + table
                             + QStringLiteral(" WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    Database::exec(q, RepositoryText::tr("check a reference"));
    return q.next();
}

void insert(const Database &db, const TableSpec &spec, RecordMeta &meta, const QVariantList &values)
{
    Q_ASSERT(values.size() == spec.columns.size());
    if (meta.id.isEmpty())
        meta.id = Database::newId();
    meta.createdAt = Database::nowUtc();
    meta.updatedAt = meta.createdAt;
    meta.updatedByOffice = db.officeId();
    meta.version = 1;
    meta.deleted = false;

    QStringList marks(spec.columns.size() + MetaColumnCount, QStringLiteral("?"));
    QSqlQuery q
        = db.prepare(QStringLiteral("INSERT INTO ") + spec.table + QStringLiteral(" (") + selectList(spec)
                     + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + u')');
    q.addBindValue(meta.id);
    q.addBindValue(meta.createdAt);
    q.addBindValue(meta.updatedAt);
    q.addBindValue(meta.updatedByOffice);
    q.addBindValue(meta.version);
    q.addBindValue(0);
    for (const QVariant &value : values)
        q.addBindValue(bindable(value));
    Database::exec(q, RepositoryText::tr("save the new record"));

    if (!spec.entity.isEmpty())
        AuditLog::record(db, spec.entity, meta.id, AuditAction::Create,
                         AuditLog::diff({}, fieldMap(spec, values)));
}

bool update(const Database &db, const TableSpec &spec, const StoredRow &stored, const QVariantList &values,
            RecordMeta &meta)
{
    Q_ASSERT(values.size() == spec.columns.size());
    const QList<AuditChange> changes = AuditLog::diff(fieldMap(spec, stored.values), fieldMap(spec, values));
    meta = stored.meta;
    if (changes.isEmpty())
        return false;

    QStringList assignments;
    for (const QString &column : spec.columns)
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE ") + spec.table + QStringLiteral(" SET ")
                             + assignments.join(QStringLiteral(", "))
                             + QStringLiteral(", updated_at = ?, updated_by_office = ?, version = ? "
                                              "WHERE id = ? AND version = ?"));
    meta.updatedAt = Database::nowUtc();
    meta.updatedByOffice = db.officeId();
    meta.version = stored.meta.version + 1;
    for (const QVariant &value : values)
        q.addBindValue(bindable(value));
    q.addBindValue(meta.updatedAt);
    q.addBindValue(meta.updatedByOffice);
    q.addBindValue(meta.version);
    q.addBindValue(stored.meta.id);
    q.addBindValue(stored.meta.version);
    Database::exec(q, RepositoryText::tr("save the record"));
    if (q.numRowsAffected() != 1)
        throw dataError(
            RepositoryText::tr("The record %1 was changed or removed meanwhile; nothing was saved.")
                .arg(stored.meta.id));

    if (!spec.entity.isEmpty())
        AuditLog::record(db, spec.entity, stored.meta.id, AuditAction::Update, changes);
    return true;
}

void setDeleted(const Database &db, const TableSpec &spec, const StoredRow &stored, bool deleted)
{
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE ") + spec.table
                             + QStringLiteral(" SET deleted = ?, updated_at = ?, updated_by_office = ?, "
                                              "version = version + 1 WHERE id = ? AND deleted = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(db.officeId());
    q.addBindValue(stored.meta.id);
    q.addBindValue(deleted ? 0 : 1);
    Database::exec(
        q, deleted ? RepositoryText::tr("delete the record") : RepositoryText::tr("restore the record"));
    if (q.numRowsAffected() != 1)
        throw dataError(
            RepositoryText::tr("The record %1 was changed or removed meanwhile; nothing was saved.")
                .arg(stored.meta.id));
    if (!spec.entity.isEmpty())
        AuditLog::record(db, spec.entity, stored.meta.id, deleted ? AuditAction::Delete : AuditAction::Update,
                         QStringLiteral("deleted"), deleted ? QStringLiteral("0") : QStringLiteral("1"),
                         deleted ? QStringLiteral("1") : QStringLiteral("0"));
}

QVariantMap fieldMap(const TableSpec &spec, const QVariantList &values)
{
    QVariantMap map;
    for (qsizetype i = 0; i < spec.columns.size() && i < values.size(); ++i)
        map.insert(spec.columns[i], values[i]);
    return map;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Error invalid(const QString &what, const FieldErrors &errors, const QVariantMap &values)
{
    QStringList parts;
    for (const FieldError &error : errors) {
        const QVariant value = values.value(error.field);
        if (value.isNull() || value.toString().isEmpty())
            parts.append(RepositoryText::tr("%1: %2").arg(error.field, error.message));
        else
            parts.append(
                RepositoryText::tr("%1 \"%2\": %3").arg(error.field, value.toString(), error.message));
    }
    return Error(Error::Kind::Data, RepositoryText::tr("%1 not saved. %2").arg(what, parts.join(u' ')));
}

Error dataError(const QString &message)
{
    return Error(Error::Kind::Data, message);
}

QString nextNumber(const Database &db, const TableSpec &spec, const QString &tag)
{
    const QString prefix = db.numberPrefix();
    const QString head = (prefix.isEmpty() ? QString() : prefix + u'-') + tag;
    QString pattern = head;
    pattern.replace(u'!', QStringLiteral("!!"))
        .replace(u'%', QStringLiteral("!%"))
        .replace(u'_', QStringLiteral("!_"));
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT ") + spec.keyColumn + QStringLiteral(" FROM ") + spec.table
                     + QStringLiteral(" WHERE ") + spec.keyColumn + QStringLiteral(" LIKE ? ESCAPE '!'"));
    q.addBindValue(QString(pattern + u'%'));
    Database::exec(q, RepositoryText::tr("find the next number"));
    qint64 highest = 0;
    while (q.next()) {
        const QString key = q.value(0).toString();
        // LIKE ignores ASCII case; the prefix must match exactly.
        if (!key.startsWith(head))
            continue;
        bool ok = false;
        const qint64 n = QStringView(key).mid(head.size()).toLongLong(&ok);
        if (ok && n > highest)
            highest = n;
    }
    return head + QString::number(highest + 1).rightJustified(6, u'0');
}

} // namespace sb::core::recordio
