// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The table specs the generic importer works from: which field lands in which
// column, which fields are references, which rules each entity adds.
#include "core/domain/error.h"
#include "core/domain/opportunity.h"
#include "core/domain/validation.h"
#include "core/exchange/tableimporter.h"
#include "core/storage/database.h"
#include "core/storage/importrecords.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

const QVariant Empty = QStringLiteral("");
const QVariant Null;
const QVariant Zero = 0;

ColumnBinding text(const char16_t *field, bool required = false, const char16_t *column = nullptr)
{
    const QString f = QString::fromUtf16(field);
    return {f, column ? QString::fromUtf16(column) : f, FieldType::Text, {}, {}, {}, required, Empty};
}

ColumnBinding typed(const char16_t *field, FieldType type, QVariant fallback, bool required = false)
{
    const QString f = QString::fromUtf16(field);
    return {f, f, type, {}, {}, {}, required, std::move(fallback)};
}

/// A natural key (code, SKU): trimmed at both ends like the keys it is matched with.
ColumnBinding key(const char16_t *field)
{
    const QString f = QString::fromUtf16(field);
    return {f, f, FieldType::Code, {}, {}, {}, true, Empty};
}

ColumnBinding enumeration(const char16_t *field, const char16_t *kind, QVariant fallback,
                          bool required = false)
{
    const QString f = QString::fromUtf16(field);
    return {f, f, FieldType::Enum, QString::fromUtf16(kind), {}, {}, required, std::move(fallback)};
}

ColumnBinding reference(const char16_t *field, const char16_t *column, const char16_t *table,
                        const char16_t *keyColumn = u"code", bool required = false)
{
    return {QString::fromUtf16(field), QString::fromUtf16(column),    FieldType::Code, {},
            QString::fromUtf16(table), QString::fromUtf16(keyColumn), required,        Null};
}

FieldErrors contactRules(const QVariantMap &row, const QString &codeField)
{
    FieldErrors errors;
    if (!validation::isValidCode(row.value(codeField).toString()))
        errors.append({codeField,
                       ImportText::tr("The code is required: at most 40 characters, no spaces at either end, "
                                      "no control characters.")});
    if (!validation::isValidPhone(row.value(QStringLiteral("phone")).toString()))
        errors.append({QStringLiteral("phone"),
                       ImportText::tr("\"%1\" is not a phone number.")
                           .arg(row.value(QStringLiteral("phone")).toString())});
    if (!validation::isValidEmail(row.value(QStringLiteral("email")).toString()))
        errors.append({QStringLiteral("email"),
                       ImportText::tr("\"%1\" is not an e-mail address.")
                           .arg(row.value(QStringLiteral("email")).toString())});
    return errors;
}

FieldErrors nonNegative(const QVariantMap &row, const QStringList &columns)
{
    FieldErrors errors;
    for (const QString &column : columns) {
        if (row.value(column).toLongLong() < 0)
            errors.append({column, ImportText::tr("%1 must not be negative.").arg(column)});
    }
    return errors;
}

// A stage implies a default probability, and a closed deal a close date.
void completeOpportunity(QVariantMap &row)
{
    const auto s = stage::fromText(row.value(QStringLiteral("stage")).toString());
    if (!s)
        return;
    if (row.value(QStringLiteral("probability")).isNull())
        row.insert(QStringLiteral("probability"), stage::defaultProbability(*s));
    if (stage::isClosed(*s) && row.value(QStringLiteral("closed_on")).isNull()) {
        const QVariant expected = row.value(QStringLiteral("expected_close"));
        row.insert(QStringLiteral("closed_on"),
                   expected.isNull() ? row.value(QStringLiteral("created_on")) : expected);
    }
}

// An opportunity written by an import gets the stage history a stage change
// would have written, so the history always ends at the current stage. The entry
// into won or lost is dated the closing date, as moving the deal would date it;
// a new open deal's entry is dated its creation, a changed one's today. A new
// closed deal gets that one entry only: the file does not say which stages it
// went through, and an invented path would show up in stage conversion.
void opportunityHistory(ImportContext &context, const QString &id, const QVariantMap &before,
                        const QVariantMap &after, const RowInput &)
{
    const QString from = before.value(QStringLiteral("stage")).toString();
    const QString to = after.value(QStringLiteral("stage")).toString();
    if (!before.isEmpty() && from == to)
        return;
    const auto toStage = stage::fromText(to);
    const QString closedOn = after.value(QStringLiteral("closed_on")).toString();
    QString on;
    if (toStage && stage::isClosed(*toStage) && !closedOn.isEmpty())
        on = closedOn;
    else
        on = before.isEmpty() ? after.value(QStringLiteral("created_on")).toString()
                              : QDate::currentDate().toString(Qt::ISODate);
    // changed_at orders the history: a new deal's entry sits on its date, a later
    // change is stamped when it is recorded (its date is changed_on).
    const QString at = before.isEmpty() ? on + QStringLiteral("T00:00:00.000Z") : Database::nowUtc();
    const QString historyId = Database::newId();
    // Marked as written by an import, so a stage-history import can replace it.
    importrecords::insertStageHistory(
        context.db, {historyId, id, before.isEmpty() ? QVariant() : QVariant(from), to, at, on});
    context.recordInsert(QStringLiteral("stage_history"), historyId);
}

// Entries a stage-history file brings replace the ones an opportunities import wrote.
void replaceSyntheticHistory(ImportContext &context, const QString &, const QVariantMap &before,
                             const QVariantMap &after, const RowInput &)
{
    if (!before.isEmpty())
        return;
    const QList<std::pair<QString, qint64>> synthetic
        = importrecords::importedStageHistory(context.db, after.value(QStringLiteral("opportunity_id")));
    for (const auto &[id, version] : synthetic) {
        importrecords::tombstoneStageHistory(context.db, id);
        context.recordUpdate(QStringLiteral("stage_history"), id,
                             {{QStringLiteral("deleted"), 0}, {QStringLiteral("version"), version}});
    }
}

// A target names its parent by period and scope; parents may come later in the
// file (a month sorts before its quarter), so the link is made after the last row.
void targetParent(ImportContext &context, const QString &id, const QVariantMap &, const QVariantMap &,
                  const RowInput &row)
{
    const QString period = row.value(QStringLiteral("parent_period")).trimmed();
    if (period.isEmpty())
        return;
    const QString kind
        = enumKey(QStringLiteral("scope_kind"), row.value(QStringLiteral("parent_scope_kind")));
    const QString key = row.value(QStringLiteral("parent_scope_key")).trimmed();
    const qint64 line = row.row;
    const int column = row.column(QStringLiteral("parent_period"));
    context.defer([&context, id, period, kind, key, line, column] {
        const auto parent = importrecords::findTarget(context.db, period, kind, key);
        if (!parent)
            throw Error(Error::Kind::Data,
                        ImportText::tr("Row %1, column %2: no parent target %3 / %4 / %5.")
                            .arg(line)
                            .arg(column)
                            .arg(period, kind, key));
        importrecords::setTargetParent(context.db, id, *parent);
    });
}

// An order's amount is the sum of its lines, or its contract amount when it has none.
void orderAmount(ImportContext &context, const QString &id, const QVariantMap &, const QVariantMap &,
                 const RowInput &)
{
    importrecords::recomputeOrderAmount(context.db, id);
}

QHash<QString, TableImportSpec> buildSpecs()
{
    QHash<QString, TableImportSpec> specs;
    auto add = [&](TableImportSpec spec) { specs.insert(spec.entity, std::move(spec)); };

    add({QStringLiteral("teams"),
         QStringLiteral("teams"),
         QStringLiteral("team"),
         {QStringLiteral("code")},
         {key(u"code"), text(u"name", true), reference(u"parent_code", u"parent_team_id", u"teams"),
          text(u"region")},
         {},
         [](const QVariantMap &r) { return contactRules(r, QStringLiteral("code")); },
         {}});
    add({QStringLiteral("channels"),
         QStringLiteral("channels"),
         QStringLiteral("channel"),
         {QStringLiteral("code")},
         {key(u"code"), text(u"name", true), enumeration(u"type", u"channel_type", QStringLiteral("direct")),
          enumeration(u"share_model", u"share_model", QStringLiteral("fixed")), text(u"partner_name")},
         {},
         {},
         {}});
    add({QStringLiteral("commission-plans"),
         QStringLiteral("commission_plans"),
         {},
         {QStringLiteral("code")},
         {key(u"code"),
          text(u"name", true),
          {QStringLiteral("mode"),
           QStringLiteral("mode"),
           FieldType::Text,
           {},
           {},
           {},
           false,
           QStringLiteral("whole")},
          typed(u"quarter_bonus_months_pct", FieldType::Integer, 100),
          {QStringLiteral("satisfaction_bonus_pct"),
           QStringLiteral("satisfaction_bonus_bp"),
           FieldType::Percent,
           {},
           {},
           {},
           false,
           500},
          {QStringLiteral("satisfaction_csat_threshold_pct"),
           QStringLiteral("satisfaction_csat_threshold_bp"),
           FieldType::Percent,
           {},
           {},
           {},
           false,
           8500},
          {QStringLiteral("team_pool_pct"),
           QStringLiteral("team_pool_bp"),
           FieldType::Percent,
           {},
           {},
           {},
           false,
           0}},
         {},
         [](const QVariantMap &r) {
             FieldErrors e;
             const QString mode = r.value(QStringLiteral("mode")).toString();
             if (mode != u"whole" && mode != u"progressive")
                 e.append({QStringLiteral("mode"),
                           ImportText::tr("The mode must be \"whole\" or \"progressive\".")});
             return e;
         },
         {}});
    add({QStringLiteral("reps"),
         QStringLiteral("reps"),
         QStringLiteral("rep"),
         {QStringLiteral("code")},
         {key(u"code"), text(u"name", true), reference(u"team_code", u"team_id", u"teams"), text(u"email"),
          text(u"phone"), typed(u"base_pay", FieldType::Amount, Zero),
          reference(u"commission_plan_code", u"commission_plan_id", u"commission_plans"),
          typed(u"hired_on", FieldType::Date, Null), typed(u"active", FieldType::Boolean, 1)},
         {},
         [](const QVariantMap &r) {
             return contactRules(r, QStringLiteral("code")) + nonNegative(r, {QStringLiteral("base_pay")});
         },
         {}});
    add({QStringLiteral("customers"),
         QStringLiteral("customers"),
         QStringLiteral("customer"),
         {QStringLiteral("code")},
         {key(u"code"), text(u"name", true), text(u"industry"), text(u"size_band"), text(u"region"),
          text(u"city"), reference(u"channel_code", u"channel_id", u"channels"),
          reference(u"owner_code", u"owner_rep_id", u"reps"), text(u"decision_maker"),
          text(u"decision_maker_title"), text(u"phone"), text(u"email"), text(u"source"),
          enumeration(u"lifecycle_stage", u"lifecycle", QStringLiteral("acquisition")),
          text(u"customer_type"), text(u"notes")},
         {},
         [](const QVariantMap &r) { return contactRules(r, QStringLiteral("code")); },
         {}});
    add({QStringLiteral("contacts"),
         QStringLiteral("contacts"),
         {},
         {QStringLiteral("code")},
         {key(u"code"), reference(u"customer_code", u"customer_id", u"customers", u"code", true),
          text(u"name", true), text(u"title"), text(u"phone"), text(u"email"),
          typed(u"is_decision_maker", FieldType::Boolean, 0), text(u"notes")},
         {},
         [](const QVariantMap &r) { return contactRules(r, QStringLiteral("code")); },
         {}});
    add({QStringLiteral("products"),
         QStringLiteral("products"),
         QStringLiteral("product"),
         {QStringLiteral("sku")},
         {key(u"sku"), text(u"name", true), text(u"product_line"),
          typed(u"unit_price", FieldType::UnitPrice, Zero), typed(u"unit_cost", FieldType::UnitPrice, Zero),
          typed(u"stock_on_hand", FieldType::Integer, Zero), typed(u"safety_stock", FieldType::Integer, Zero),
          typed(u"lead_time_days", FieldType::Integer, Zero)},
         {},
         [](const QVariantMap &r) {
             FieldErrors e = nonNegative(r,
                                         {QStringLiteral("unit_price"), QStringLiteral("unit_cost"),
                                          QStringLiteral("safety_stock"), QStringLiteral("lead_time_days")});
             if (!validation::isValidCode(r.value(QStringLiteral("sku")).toString()))
                 e.append({QStringLiteral("sku"),
                           ImportText::tr("The SKU is required: at most 40 characters, no spaces at either "
                                          "end, no control characters.")});
             return e;
         },
         {}});
    add({QStringLiteral("opportunities"),
         QStringLiteral("opportunities"),
         QStringLiteral("opportunity"),
         {QStringLiteral("code")},
         {key(u"code"), reference(u"customer_code", u"customer_id", u"customers", u"code", true),
          text(u"title", true), text(u"source"), typed(u"amount", FieldType::Amount, Zero),
          text(u"products_needed"), text(u"competitors"), reference(u"owner_code", u"owner_rep_id", u"reps"),
          typed(u"created_on", FieldType::Date, Null, true), typed(u"expected_close", FieldType::Date, Null),
          enumeration(u"stage", u"stage", QStringLiteral("initial_contact"), true),
          typed(u"probability", FieldType::Integer, Null), text(u"lost_reason"), text(u"lost_competitor"),
          typed(u"closed_on", FieldType::Date, Null), typed(u"lead_source_score", FieldType::Integer, Null),
          typed(u"lead_need_score", FieldType::Integer, Null),
          typed(u"lead_budget_score", FieldType::Integer, Null),
          typed(u"lead_intent_score", FieldType::Integer, Null)},
         completeOpportunity,
         [](const QVariantMap &r) {
             FieldErrors e = nonNegative(r, {QStringLiteral("amount")});
             const auto s = stage::fromText(r.value(QStringLiteral("stage")).toString());
             const QVariant p = r.value(QStringLiteral("probability"));
             if (!p.isNull() && (p.toInt() < 0 || p.toInt() > 100))
                 e.append({QStringLiteral("probability"),
                           ImportText::tr("Probability must be between 0 and 100.")});
             for (const QString &score :
                  {QStringLiteral("lead_source_score"), QStringLiteral("lead_need_score"),
                   QStringLiteral("lead_budget_score"), QStringLiteral("lead_intent_score")}) {
                 const QVariant v = r.value(score);
                 if (!v.isNull() && (v.toInt() < 0 || v.toInt() > 100))
                     e.append({score, ImportText::tr("A lead score must be between 0 and 100.")});
             }
             if (s == Stage::Lost && r.value(QStringLiteral("lost_reason")).toString().trimmed().isEmpty())
                 e.append({QStringLiteral("lost_reason"),
                           ImportText::tr("A lost opportunity needs a lost reason.")});
             if (!validation::isValidCode(r.value(QStringLiteral("code")).toString()))
                 e.append({QStringLiteral("code"),
                           ImportText::tr("The code is required: at most 40 characters, no spaces at either "
                                          "end, no control characters.")});
             return e;
         },
         opportunityHistory});
    add({QStringLiteral("stage-history"),
         QStringLiteral("stage_history"),
         {},
         {QStringLiteral("opportunity_id"), QStringLiteral("changed_at"), QStringLiteral("to_stage")},
         {reference(u"opportunity_code", u"opportunity_id", u"opportunities", u"code", true),
          enumeration(u"from_stage", u"stage", Null), enumeration(u"to_stage", u"stage", Null, true),
          typed(u"changed_at", FieldType::DateTime, Null, true),
          typed(u"changed_on", FieldType::Date, Null, true), text(u"changed_by")},
         {},
         {},
         replaceSyntheticHistory});
    add({QStringLiteral("orders"),
         QStringLiteral("orders"),
         QStringLiteral("order"),
         {QStringLiteral("number")},
         {{QStringLiteral("order_number"),
           QStringLiteral("number"),
           FieldType::Code,
           {},
           {},
           {},
           true,
           Empty},
          reference(u"customer_code", u"customer_id", u"customers", u"code", true),
          reference(u"opportunity_code", u"opportunity_id", u"opportunities"),
          reference(u"owner_code", u"owner_rep_id", u"reps"),
          reference(u"channel_code", u"channel_id", u"channels"),
          typed(u"order_date", FieldType::Date, Null, true),
          typed(u"sign_date", FieldType::Date, Null),
          typed(u"contract_amount", FieldType::Amount, Null),
          text(u"payment_terms"),
          enumeration(u"status", u"order_status", QStringLiteral("draft")),
          {QStringLiteral("delivery_status"),
           QStringLiteral("delivery_status"),
           FieldType::Text,
           {},
           {},
           {},
           false,
           QStringLiteral("pending")},
          text(u"notes")},
         {},
         [](const QVariantMap &r) {
             FieldErrors e = nonNegative(r, {QStringLiteral("contract_amount")});
             if (!validation::isValidCode(r.value(QStringLiteral("number")).toString()))
                 e.append({QStringLiteral("order_number"),
                           ImportText::tr("The order number is required: at most 40 characters, no spaces at "
                                          "either end, no control characters.")});
             return e;
         },
         orderAmount});
    add({QStringLiteral("tickets"),
         QStringLiteral("tickets"),
         {},
         {QStringLiteral("number")},
         {{QStringLiteral("number"), QStringLiteral("number"), FieldType::Code, {}, {}, {}, true, Empty},
          reference(u"customer_code", u"customer_id", u"customers", u"code", true),
          text(u"category"),
          typed(u"opened_at", FieldType::DateTime, Null, true),
          typed(u"first_response_at", FieldType::DateTime, Null),
          typed(u"resolved_at", FieldType::DateTime, Null),
          typed(u"first_contact_resolution", FieldType::Boolean, Null),
          typed(u"csat", FieldType::Integer, Null),
          typed(u"nps", FieldType::Integer, Null),
          typed(u"ces", FieldType::Integer, Null),
          enumeration(u"status", u"ticket_status", QStringLiteral("open"))},
         {},
         [](const QVariantMap &r) {
             FieldErrors e;
             auto range = [&](const char16_t *column, int lo, int hi) {
                 const QVariant v = r.value(QString::fromUtf16(column));
                 if (!v.isNull() && (v.toInt() < lo || v.toInt() > hi))
                     e.append({QString::fromUtf16(column),
                               ImportText::tr("%1 must be between %2 and %3.")
                                   .arg(QString::fromUtf16(column))
                                   .arg(lo)
                                   .arg(hi)});
             };
             range(u"csat", 1, 5);
             range(u"nps", 0, 10);
             range(u"ces", 1, 5);
             return e;
         },
         {}});
    add({QStringLiteral("activities"),
         QStringLiteral("activities"),
         {},
         {QStringLiteral("code")},
         {key(u"code"), reference(u"customer_code", u"customer_id", u"customers", u"code", true),
          reference(u"opportunity_code", u"opportunity_id", u"opportunities"),
          reference(u"rep_code", u"rep_id", u"reps"),
          enumeration(u"kind", u"activity_kind", QStringLiteral("call"), true),
          typed(u"activity_date", FieldType::Date, Null, true), text(u"summary"), text(u"next_step"),
          typed(u"next_step_date", FieldType::Date, Null)},
         {},
         {},
         {}});
    add({QStringLiteral("promotions"),
         QStringLiteral("promotions"),
         {},
         {QStringLiteral("code")},
         {key(u"code"), text(u"name", true),
          enumeration(u"type", u"promotion_type", QStringLiteral("price_cut"), true),
          typed(u"start_date", FieldType::Date, Null, true), typed(u"end_date", FieldType::Date, Null, true),
          typed(u"budget", FieldType::Amount, Zero), typed(u"cost", FieldType::Amount, Zero),
          text(u"calendar_node")},
         {},
         [](const QVariantMap &r) {
             FieldErrors e = nonNegative(r, {QStringLiteral("budget"), QStringLiteral("cost")});
             if (r.value(QStringLiteral("end_date")).toString()
                 < r.value(QStringLiteral("start_date")).toString())
                 e.append(
                     {QStringLiteral("end_date"), ImportText::tr("The end date is before the start date.")});
             return e;
         },
         {}});
    add({QStringLiteral("targets"),
         QStringLiteral("targets"),
         {},
         {QStringLiteral("period"), QStringLiteral("scope_kind"), QStringLiteral("scope_key")},
         {text(u"period", true), enumeration(u"scope_kind", u"scope_kind", QStringLiteral("company"), true),
          text(u"scope_key"), typed(u"amount", FieldType::Amount, Zero, true),
          typed(u"weight_pct", FieldType::Percent, Null)},
         {},
         [](const QVariantMap &r) { return nonNegative(r, {QStringLiteral("amount")}); },
         targetParent});
    // weight_pct lands in weight_bp.
    for (ColumnBinding &b : specs[QStringLiteral("targets")].bindings) {
        if (b.field == u"weight_pct")
            b.column = QStringLiteral("weight_bp");
    }
    return specs;
}

} // namespace

const TableImportSpec *tableImportSpec(const QString &entity)
{
    static const QHash<QString, TableImportSpec> specs = buildSpecs();
    const auto it = specs.constFind(entity);
    return it == specs.cend() ? nullptr : &*it;
}

} // namespace sb::core
