// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/tableimporter.h"

#include "core/domain/customer.h"
#include "core/domain/error.h"
#include "core/domain/opportunity.h"
#include "core/domain/order.h"
#include "core/storage/database.h"
#include "core/storage/importrecords.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

recordio::TableSpec recordSpec(const TableImportSpec &spec)
{
    recordio::TableSpec r;
    r.table = spec.table;
    r.entity = spec.auditEntity;
    r.keyColumn = spec.keyColumns.size() == 1 ? spec.keyColumns.first() : QString();
    for (const ColumnBinding &b : spec.bindings) {
        if (!r.columns.contains(b.column))
            r.columns.append(b.column);
    }
    return r;
}

RowOutcome failure(qint64 row, const QString &field, int column, const QString &message,
                   bool ambiguous = false)
{
    RowOutcome out;
    out.row = row;
    out.action = RowAction::Error;
    out.field = field;
    out.column = column;
    out.message = message;
    out.ambiguousDate = ambiguous;
    return out;
}

std::optional<QString> findByKey(const Database &db, const TableImportSpec &spec, const QVariantMap &values)
{
    QVariantList key;
    for (const QString &column : spec.keyColumns)
        key.append(values.value(column));
    // Table and column names come from the constant spec, values are bound.
    return importrecords::findIdByKey(db, spec.table, spec.keyColumns, key);
}

QString keyText(const TableImportSpec &spec, const QVariantMap &values, const RowInput &row)
{
    // The natural key as the user wrote it: field texts rather than resolved ids.
    QStringList parts;
    for (const QString &column : spec.keyColumns) {
        for (const ColumnBinding &b : spec.bindings) {
            if (b.column == column) {
                parts.append(row.has(b.field) ? row.value(b.field).trimmed()
                                              : values.value(column).toString());
                break;
            }
        }
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace

QString enumKey(const QString &kind, const QString &text)
{
    const QString t = text.trimmed();
    if (kind == u"lifecycle") {
        const auto v = lifecycle::fromText(t);
        return v ? lifecycle::key(*v) : QString();
    }
    if (kind == u"stage") {
        const auto v = stage::fromText(t);
        return v ? stage::key(*v) : QString();
    }
    if (kind == u"order_status") {
        const auto v = orderstatus::fromText(t);
        return v ? orderstatus::key(*v) : QString();
    }
    static const QHash<QString, QStringList> fixed = {
        {QStringLiteral("activity_kind"),
         {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
          QStringLiteral("proposal"), QStringLiteral("meeting")}},
        {QStringLiteral("channel_type"),
         {QStringLiteral("direct"), QStringLiteral("agent"), QStringLiteral("distributor"),
          QStringLiteral("online_store"), QStringLiteral("ecommerce")}},
        {QStringLiteral("share_model"),
         {QStringLiteral("fixed"), QStringLiteral("tiered"), QStringLiteral("product_line")}},
        {QStringLiteral("ticket_status"),
         {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("resolved"),
          QStringLiteral("closed")}},
        {QStringLiteral("promotion_type"),
         {QStringLiteral("price_cut"), QStringLiteral("spend_save"), QStringLiteral("gift"),
          QStringLiteral("bundle"), QStringLiteral("flash_sale")}},
        {QStringLiteral("scope_kind"),
         {QStringLiteral("company"), QStringLiteral("team"), QStringLiteral("rep"),
          QStringLiteral("product_line"), QStringLiteral("customer_type"), QStringLiteral("region")}},
    };
    static const QHash<QString, QString> chinese = {
        {QStringLiteral("拜访"), QStringLiteral("visit")},
        {QStringLiteral("电话"), QStringLiteral("call")},
        {QStringLiteral("邮件"), QStringLiteral("email")},
        {QStringLiteral("提案"), QStringLiteral("proposal")},
        {QStringLiteral("会议"), QStringLiteral("meeting")},
        {QStringLiteral("直营"), QStringLiteral("direct")},
        {QStringLiteral("代理"), QStringLiteral("agent")},
        {QStringLiteral("经销商"), QStringLiteral("distributor")},
    };
    const QString lower = t.toLower();
    if (fixed.value(kind).contains(lower))
        return lower;
    const QString translated = chinese.value(t);
    return fixed.value(kind).contains(translated) ? translated : QString();
}

RowOutcome TableImporter::apply(const RowInput &row, ImportContext &context)
{
    const Database &db = context.db;
    const recordio::TableSpec rspec = recordSpec(m_spec);

    // 1. Convert every field the file has into its column value.
    QVariantMap given;
    for (const ColumnBinding &b : m_spec.bindings) {
        if (!row.has(b.field))
            continue;
        const QString text = row.value(b.field);
        const int column = row.column(b.field);
        if (text.trimmed().isEmpty()) {
            if (b.required)
                return failure(row.row, b.field, column, ImportText::tr("%1 is required.").arg(b.field));
            given.insert(b.column, b.insertDefault);
            continue;
        }
        if (!b.refTable.isEmpty()) {
            const auto id = context.lookup(b.refTable, b.refKeyColumn, text.trimmed());
            if (!id)
                return failure(row.row, b.field, column,
                               ImportText::tr("Unknown %1 \"%2\" (no such record in %3).")
                                   .arg(b.field, text.trimmed(), b.refTable));
            given.insert(b.column, *id);
            continue;
        }
        if (b.type == FieldType::Enum) {
            const QString key = enumKey(b.enumKind, text);
            if (key.isEmpty())
                return failure(row.row, b.field, column,
                               ImportText::tr("\"%1\" is not a valid %2.").arg(text, b.field));
            given.insert(b.column, key);
            continue;
        }
        QString error;
        bool ambiguous = false;
        const auto value = convertField(b.type, text, context, &error, &ambiguous);
        if (!value)
            return failure(row.row, b.field, column, error, ambiguous);
        given.insert(b.column, *value);
    }

    // 2. Find the record: by id, else by natural key.
    const QString id = row.value(QStringLiteral("id")).trimmed();
    std::optional<recordio::StoredRow> stored;
    if (!id.isEmpty())
        stored = recordio::loadById(db, rspec, id);
    if (!stored) {
        for (const QString &column : m_spec.keyColumns) {
            const ColumnBinding *binding = nullptr;
            for (const ColumnBinding &b : m_spec.bindings)
                binding = b.column == column ? &b : binding;
            // A key part that may be empty (a company target's scope key) matches as empty.
            if (binding && !binding->required && !given.contains(column))
                given.insert(column, binding->insertDefault);
            if (binding && binding->required && given.value(column).toString().isEmpty())
                return failure(row.row, binding->field, row.column(binding->field),
                               ImportText::tr("%1 is required to match the record.").arg(binding->field));
        }
        if (const auto existing = findByKey(db, m_spec, given)) {
            if (!id.isEmpty())
                return failure(
                    row.row, QStringLiteral("id"), row.column(QStringLiteral("id")),
                    ImportText::tr("Record id %1 does not exist, but its key belongs to record %2.")
                        .arg(id, *existing));
            stored = recordio::loadById(db, rspec, *existing);
        }
    }

    RowOutcome out;
    out.row = row.row;
    QVariantMap merged;
    if (stored) {
        merged = recordio::fieldMap(rspec, stored->values);
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            merged.insert(it.key(), it.value());
    } else {
        for (const ColumnBinding &b : m_spec.bindings) {
            if (!given.contains(b.column) && b.required)
                return failure(row.row, b.field, 0,
                               ImportText::tr("%1 is required for a new record.").arg(b.field));
            merged.insert(b.column, given.contains(b.column) ? given.value(b.column) : b.insertDefault);
        }
    }
    out.key = keyText(m_spec, merged, row);

    if (const qint64 earlier = context.firstRowWithKey(m_spec.table + u'|' + out.key, row.row)) {
        QString keyField;
        for (const ColumnBinding &b : m_spec.bindings) {
            if (keyField.isEmpty() && b.column == m_spec.keyColumns.constFirst())
                keyField = b.field;
        }
        return failure(row.row, keyField, row.column(keyField),
                       ImportText::tr("Duplicate key %1: row %2 has it already.").arg(out.key).arg(earlier));
    }

    if (m_spec.complete)
        m_spec.complete(merged);
    if (m_spec.validate) {
        const FieldErrors errors = m_spec.validate(merged);
        if (!errors.isEmpty())
            return failure(row.row, errors.first().field, row.column(errors.first().field),
                           errors.first().message);
    }

    QVariantList values;
    for (const QString &column : rspec.columns)
        values.append(merged.value(column));

    WriteScope scope(db);
    if (stored) {
        const QVariantMap before = recordio::fieldMap(rspec, stored->values);
        out.changes = AuditLog::diff(before, merged);
        if (out.changes.isEmpty()) {
            out.action = RowAction::Unchanged;
            return out;
        }
        RecordMeta meta;
        recordio::update(db, rspec, *stored, values, meta);
        // The version before, so that an undo of a later import can tell it left this state.
        QVariantMap previous = before;
        previous.insert(QStringLiteral("version"), stored->meta.version);
        context.recordUpdate(m_spec.table, stored->meta.id, previous);
        if (m_spec.afterWrite)
            m_spec.afterWrite(context, stored->meta.id, before, merged, row);
        out.action = RowAction::Update;
    } else {
        RecordMeta meta;
        meta.id = id;
        recordio::insert(db, rspec, meta, values);
        context.recordInsert(m_spec.table, meta.id);
        if (m_spec.keyColumns.size() == 1)
            context.remember(m_spec.table, m_spec.keyColumns.first(),
                             merged.value(m_spec.keyColumns.first()).toString(), meta.id);
        if (m_spec.afterWrite)
            m_spec.afterWrite(context, meta.id, {}, merged, row);
        out.action = RowAction::Insert;
    }
    scope.commit();
    return out;
}

} // namespace sb::core
