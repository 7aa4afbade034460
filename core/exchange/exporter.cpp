// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/exporter.h"

#include "core/domain/error.h"
#include "core/domain/money.h"
#include "core/exchange/xlsxwriter.h"
#include "core/storage/database.h"
#include "core/storage/exportrows.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb::core {

namespace {

enum class Kind {
    Text,
    Number,
    Money,
    Price4,
    Percent,
    Date,
    PersonName,
    Phone,
    Email
};

struct Column
{
    const char16_t *header;
    Kind kind;
};

struct EntitySpec
{
    const char16_t *name;
    QList<Column> columns;
};

// The columns of each export, in the order ExportRows returns them. References use natural keys.
const QList<EntitySpec> &specs()
{
    static const QList<EntitySpec> list = {
        {u"customers",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"industry", Kind::Text},
          {u"size_band", Kind::Text},
          {u"region", Kind::Text},
          {u"city", Kind::Text},
          {u"channel_code", Kind::Text},
          {u"owner_code", Kind::Text},
          {u"decision_maker", Kind::PersonName},
          {u"decision_maker_title", Kind::Text},
          {u"phone", Kind::Phone},
          {u"email", Kind::Email},
          {u"source", Kind::Text},
          {u"lifecycle_stage", Kind::Text},
          {u"customer_type", Kind::Text},
          {u"notes", Kind::Text}}},
        {u"contacts",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"name", Kind::PersonName},
          {u"title", Kind::Text},
          {u"phone", Kind::Phone},
          {u"email", Kind::Email},
          {u"is_decision_maker", Kind::Number},
          {u"notes", Kind::Text}}},
        {u"activities",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"opportunity_code", Kind::Text},
          {u"rep_code", Kind::Text},
          {u"kind", Kind::Text},
          {u"activity_date", Kind::Date},
          {u"summary", Kind::Text},
          {u"next_step", Kind::Text},
          {u"next_step_date", Kind::Date}}},
        {u"products",
         {{u"id", Kind::Text},
          {u"sku", Kind::Text},
          {u"name", Kind::Text},
          {u"product_line", Kind::Text},
          {u"unit_price", Kind::Price4},
          {u"unit_cost", Kind::Price4},
          {u"stock_on_hand", Kind::Number},
          {u"safety_stock", Kind::Number},
          {u"lead_time_days", Kind::Number}}},
        {u"opportunities",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"title", Kind::Text},
          {u"source", Kind::Text},
          {u"amount", Kind::Money},
          {u"products_needed", Kind::Text},
          {u"competitors", Kind::Text},
          {u"owner_code", Kind::Text},
          {u"created_on", Kind::Date},
          {u"expected_close", Kind::Date},
          {u"stage", Kind::Text},
          {u"probability", Kind::Number},
          {u"lost_reason", Kind::Text},
          {u"lost_competitor", Kind::Text},
          {u"closed_on", Kind::Date},
          {u"lead_source_score", Kind::Number},
          {u"lead_need_score", Kind::Number},
          {u"lead_budget_score", Kind::Number},
          {u"lead_intent_score", Kind::Number}}},
        {u"stage-history",
         {{u"id", Kind::Text},
          {u"opportunity_code", Kind::Text},
          {u"from_stage", Kind::Text},
          {u"to_stage", Kind::Text},
          {u"changed_at", Kind::Date},
          {u"changed_on", Kind::Date},
          {u"changed_by", Kind::PersonName}}},
        {u"orders",
         {{u"id", Kind::Text},
          {u"order_number", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"opportunity_code", Kind::Text},
          {u"owner_code", Kind::Text},
          {u"channel_code", Kind::Text},
          {u"order_date", Kind::Date},
          {u"sign_date", Kind::Date},
          {u"contract_amount", Kind::Money},
          {u"amount", Kind::Money},
          {u"payment_terms", Kind::Text},
          {u"status", Kind::Text},
          {u"delivery_status", Kind::Text},
          {u"notes", Kind::Text}}},
        {u"order-lines",
         {{u"id", Kind::Text},
          {u"order_number", Kind::Text},
          {u"line_no", Kind::Number},
          {u"sku", Kind::Text},
          {u"quantity", Kind::Number},
          {u"unit_price", Kind::Price4},
          {u"discount_pct", Kind::Percent},
          {u"amount", Kind::Money}}},
        {u"tickets",
         {{u"id", Kind::Text},
          {u"number", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"category", Kind::Text},
          {u"opened_at", Kind::Date},
          {u"first_response_at", Kind::Date},
          {u"resolved_at", Kind::Date},
          {u"first_contact_resolution", Kind::Number},
          {u"csat", Kind::Number},
          {u"nps", Kind::Number},
          {u"ces", Kind::Number},
          {u"status", Kind::Text}}},
        {u"targets",
         {{u"id", Kind::Text},
          {u"period", Kind::Text},
          {u"scope_kind", Kind::Text},
          {u"scope_key", Kind::Text},
          {u"amount", Kind::Money},
          {u"parent_period", Kind::Text},
          {u"parent_scope_kind", Kind::Text},
          {u"parent_scope_key", Kind::Text},
          {u"weight_pct", Kind::Percent}}},
        {u"commission-plans",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"mode", Kind::Text},
          {u"quarter_bonus_months_pct", Kind::Number},
          {u"satisfaction_bonus_pct", Kind::Percent},
          {u"satisfaction_csat_threshold_pct", Kind::Percent},
          {u"team_pool_pct", Kind::Percent}}},
        {u"reps",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::PersonName},
          {u"team_code", Kind::Text},
          {u"email", Kind::Email},
          {u"phone", Kind::Phone},
          {u"base_pay", Kind::Money},
          {u"commission_plan_code", Kind::Text},
          {u"hired_on", Kind::Date},
          {u"active", Kind::Number}}},
        {u"teams",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"parent_code", Kind::Text},
          {u"region", Kind::Text}}},
        {u"channels",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"type", Kind::Text},
          {u"share_model", Kind::Text},
          {u"partner_name", Kind::Text}}},
        {u"promotions",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"type", Kind::Text},
          {u"start_date", Kind::Date},
          {u"end_date", Kind::Date},
          {u"budget", Kind::Money},
          {u"cost", Kind::Money},
          {u"calendar_node", Kind::Text}}},
    };
    return list;
}

const EntitySpec *findSpec(const QString &entity)
{
    for (const EntitySpec &spec : specs()) {
        if (entity == QStringView(spec.name))
            return &spec;
    }
    return nullptr;
}

/// Translations in the "sb::core::Exporter" context, spelled ExporterText::tr() so that
/// lupdate files them under the context the program asks for.
class ExporterText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Exporter)
};

bool isTextKind(Kind kind)
{
    return kind == Kind::Text || kind == Kind::PersonName || kind == Kind::Phone || kind == Kind::Email;
}

QString textValue(const ExportRows &rows, int i, Kind kind, bool mask)
{
    const QString value = rows.text(i);
    if (!mask)
        return value;
    switch (kind) {
    case Kind::PersonName:
        return masking::personName(value);
    case Kind::Phone:
        return masking::phone(value);
    case Kind::Email:
        return masking::email(value);
    default:
        return value;
    }
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// Cells go from the column's bytes to the file's without a QString, except text that is not
// ASCII (decoded as before, so that bytes that are not UTF-8 are replaced as they always were)
// and masked values.
void writeCell(CsvWriter &out, const ExportRows &rows, int i, Kind kind, bool mask)
{
    if (rows.isNull(i)) {
        isTextKind(kind) ? out.textUtf8({}) : out.rawUtf8({});
        return;
    }
    if (isTextKind(kind)) {
        const QByteArrayView bytes = rows.utf8(i);
        if ((mask && kind != Kind::Text) || !isAscii(bytes))
            out.text(textValue(rows, i, kind, mask));
        else
            out.textUtf8(bytes);
        return;
    }
    switch (kind) {
    case Kind::Number:
        out.number(rows.integer(i));
        return;
    case Kind::Money:
    case Kind::Percent:
        out.fixed(rows.integer(i), 2, 2);
        return;
    case Kind::Price4:
        out.fixed(rows.integer(i), 4, 2);
        return;
    default: {
        const QByteArrayView bytes = rows.utf8(i); // dates and codes, written as they are
        isAscii(bytes) ? out.rawUtf8(bytes) : out.raw(rows.text(i));
        return;
    }
    }
}

void writeCell(XlsxWriter &out, const ExportRows &rows, int i, Kind kind, bool mask)
{
    if (rows.isNull(i)) {
        out.blank();
        return;
    }
    if (isTextKind(kind)) {
        out.text(textValue(rows, i, kind, mask));
        return;
    }
    switch (kind) {
    case Kind::Number:
        out.integer(rows.integer(i));
        return;
    case Kind::Money:
    case Kind::Percent:
        out.money(rows.integer(i));
        return;
    case Kind::Price4:
        out.price4(rows.integer(i));
        return;
    default:
        out.date(rows.text(i));
        return;
    }
}

template<typename Writer>
qint64 writeRows(Writer &out, ExportRows &rows, const EntitySpec &spec, const ExportOptions &options,
                 const ExportProgress &progress)
{
    qint64 count = 0;
    while (rows.next()) {
        for (int i = 0; i < int(spec.columns.size()); ++i)
            writeCell(out, rows, i, spec.columns[i].kind, options.maskPersonalData);
        out.endRow();
        ++count;
        if (progress && count % 10000 == 0 && !progress(count))
            throw Error(Error::Kind::Data, ExporterText::tr("Export cancelled; no file was written."));
    }
    out.commit();
    if (progress)
        progress(count);
    return count;
}

} // namespace

QStringList exportableEntities()
{
    QStringList names;
    for (const EntitySpec &spec : specs())
        names.append(QString::fromUtf16(spec.name));
    return names;
}

QStringList exportColumns(const QString &entity)
{
    QStringList headers;
    if (const EntitySpec *spec = findSpec(entity)) {
        for (const Column &c : spec->columns)
            headers.append(QString::fromUtf16(c.header));
    }
    return headers;
}

qint64 exportEntity(const Database &db, const QString &entity, const QString &path,
                    const ExportOptions &options, const ExportProgress &progress)
{
    const EntitySpec *spec = findSpec(entity);
    if (!spec)
        throw Error(Error::Kind::Usage,
                    ExporterText::tr("Unknown entity \"%1\"; one of: %2.")
                        .arg(entity, exportableEntities().join(QStringLiteral(", "))));
    db.refuseOwnFile(path);
    // Streamed from the engine's rows without per-value boxing: exports are a bulk path.
    ExportRows rows(db, entity);
    if (options.format == ExportOptions::Format::Xlsx) {
        XlsxWriter out(path, entity, exportColumns(entity));
        return writeRows(out, rows, *spec, options, progress);
    }
    CsvWriter out(path, options.encoding);
    for (const Column &c : spec->columns)
        out.raw(QStringView(c.header));
    out.endRow();
    return writeRows(out, rows, *spec, options, progress);
}

namespace masking {

QString phone(const QString &value)
{
    QString digits;
    for (const QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() >= 11)
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    if (digits.size() >= 5)
        return digits.left(2) + QString(digits.size() - 4, u'*') + digits.right(2);
    return QString(digits.size(), u'*');
}

QString personName(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    // Keep the first character (the family name in Chinese) and hide the rest.
    const qsizetype firstLength = trimmed.front().isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    return trimmed.left(firstLength) + QString(qMax<qsizetype>(1, trimmed.size() - firstLength), u'*');
}

QString email(const QString &value)
{
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0)
        return personName(value);
    return value.left(1) + QStringLiteral("***") + value.mid(at);
}

} // namespace masking
} // namespace sb::core
