// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/entityimport.h"

#include "core/exchange/orderlinesimporter.h"
#include "core/exchange/tableimporter.h"
#include "core/storage/database.h"
#include "core/storage/importrecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace sb::core {

namespace {
/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};
} // namespace

int RowLayout::add(const QString &field)
{
    const auto it = fieldSlots.constFind(field);
    if (it != fieldSlots.cend())
        return *it;
    fieldSlots.insert(field, int(fields.size()));
    fields.append(field);
    return int(fields.size()) - 1;
}

void RowInput::fill(const QStringList &record, const ImportMapping &mapping)
{
    const qsizetype count = layout->fields.size();
    texts.resize(count);
    columns.resize(count);
    for (qsizetype i = 0; i < record.size() && i < layout->slotsByColumn.size(); ++i) {
        for (const int s : layout->slotsByColumn[i]) {
            texts[s] = mapping.translate(layout->fields[s], parse::unneutralise(record[i]));
            columns[s] = int(i) + 1;
        }
    }
    for (const auto &[s, value] : layout->constants) {
        if (texts[s].trimmed().isEmpty()) {
            texts[s] = value;
            columns[s] = 0;
        }
    }
}

ImportContext::ImportContext(const Database &database, const ImportOptions &importOptions, qint64 run)
    : db(database),
      options(importOptions),
      dateOrder(importOptions.dateOrder),
      runSeq(run),
      m_changes(database, run)
{
    if (options.mapping) {
        decimal = options.mapping->decimal;
        dateFormat = options.mapping->dateFormat;
    }
}

ImportContext::~ImportContext() = default;

void ImportContext::recordChange(const QString &table, const QString &id, const QString &action,
                                 const QString &previous)
{
    m_changes.record(table, id, action, previous);
}

void ImportContext::recordInsert(const QString &table, const QString &id)
{
    recordChange(table, id, QStringLiteral("insert"), QString());
}

void ImportContext::recordUpdate(const QString &table, const QString &id, const QVariantMap &previous)
{
    // A null value must stay null (an empty reference is NULL, not ''), so convert by hand.
    QJsonObject json;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        json.insert(it.key(),
                    it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    recordChange(table, id, QStringLiteral("update"),
                 QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

std::optional<QString> ImportContext::lookup(const QString &table, const QString &keyColumn,
                                             const QString &key)
{
    auto &cache = m_cache[table + u'.' + keyColumn];
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    // Table and column come from the constant import specs, never from the file.
    const std::optional<QString> id = importrecords::findId(db, table, keyColumn, key);
    cache.insert(key, id);
    return id;
}

void ImportContext::remember(const QString &table, const QString &keyColumn, const QString &key,
                             const QString &id)
{
    m_cache[table + u'.' + keyColumn].insert(key, id);
}

qint64 ImportContext::firstRowWithKey(const QString &key, qint64 row)
{
    const auto it = m_keysSeen.constFind(key);
    if (it != m_keysSeen.cend())
        return *it;
    m_keysSeen.insert(key, row);
    return 0;
}

void ImportContext::runDeferred()
{
    const auto work = std::exchange(m_deferred, {});
    for (const auto &step : work)
        step();
}

std::optional<qint64> percentToBasisPoints(const QString &text, QChar decimal, QString *error)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    return parse::amount(t, 2, decimal, error);
}

std::optional<QVariant> convertField(FieldType type, const QString &text, const ImportContext &context,
                                     QString *error, bool *ambiguousDate)
{
    const QString t = text.trimmed();
    switch (type) {
    case FieldType::Text:
        for (const QChar c : text) {
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') {
                if (error)
                    *error = ImportText::tr("The text contains the control character U+%1.")
                                 .arg(c.unicode(), 4, 16, QLatin1Char('0'));
                return std::nullopt;
            }
        }
        return QVariant(text);
    case FieldType::Code:
    case FieldType::Enum:
        return QVariant(t);
    case FieldType::Amount: {
        const auto v = parse::amount(t, 2, context.decimal, error);
        return v ? std::optional<QVariant>(QVariant(*v)) : std::nullopt;
    }
    case FieldType::UnitPrice: {
        const auto v = parse::amount(t, 4, context.decimal, error);
        return v ? std::optional<QVariant>(QVariant(*v)) : std::nullopt;
    }
    case FieldType::Percent: {
        const auto v = percentToBasisPoints(t, context.decimal, error);
        return v ? std::optional<QVariant>(QVariant(*v)) : std::nullopt;
    }
    case FieldType::Integer: {
        const auto v = parse::integer(t, error);
        return v ? std::optional<QVariant>(QVariant(*v)) : std::nullopt;
    }
    case FieldType::Date: {
        const auto d = parse::date(t, context.dateOrder, context.dateFormat, error, ambiguousDate);
        return d ? std::optional<QVariant>(QVariant(d->toString(Qt::ISODate))) : std::nullopt;
    }
    case FieldType::DateTime: {
        // Timestamps keep their exact text when they are ISO 8601 with a 'T' (what exports
        // write); other forms, also "2025-03-01 14:30" and a date alone, are written as UTC
        // with milliseconds, keeping their time of day (midnight when they have none), so
        // that they sort among the others.
        if (t.contains(u'T') && QDateTime::fromString(t, Qt::ISODateWithMs).isValid())
            return QVariant(t);
        const auto dt = parse::dateTime(t, context.dateOrder, context.dateFormat, error, ambiguousDate);
        if (!dt)
            return std::nullopt;
        return QVariant(dt->date().toString(Qt::ISODate) + u'T'
                        + dt->time().toString(QStringLiteral("HH:mm:ss.zzz")) + u'Z');
    }
    case FieldType::Boolean: {
        const auto b = parse::boolean(t);
        if (!b && error)
            *error = ImportText::tr("\"%1\" is not yes/no (use 1/0, true/false, 是/否).").arg(t);
        return b ? std::optional<QVariant>(QVariant(*b ? 1 : 0)) : std::nullopt;
    }
    }
    return std::nullopt;
}

std::unique_ptr<EntityImporter> EntityImporter::create(const QString &entity)
{
    if (entity == u"order-lines")
        return std::make_unique<OrderLinesImporter>();
    if (const TableImportSpec *spec = tableImportSpec(entity))
        return std::make_unique<TableImporter>(*spec);
    return nullptr;
}

} // namespace sb::core
