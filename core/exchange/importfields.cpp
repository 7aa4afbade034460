// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importfields.h"

#include "core/exchange/tableimporter.h"

#include <QHash>

#include <algorithm>

namespace sb::core::importfields {

namespace {

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *item : items)
        out.append(QString::fromUtf16(item));
    return out;
}

ImportField f(const char16_t *name, FieldType type, bool required,
              std::initializer_list<const char16_t *> aliases = {})
{
    return {QString::fromUtf16(name), type, required, list(aliases)};
}

// Aliases shared by several entities.
const auto CustomerCode = {u"客户编码",   u"客户代码", u"客户编号",     u"客户id",
                           u"customerid", u"customer", u"account code", u"accountid"};
const auto CustomerName = {u"客户名称", u"客户", u"customer name", u"account", u"accountname", u"company"};
const auto Phone = {u"联系电话", u"电话", u"手机", u"手机号", u"telephone", u"mobile", u"tel"};
const auto Email = {u"邮箱", u"电子邮件", u"e-mail", u"mail"};
const auto OwnerCode
    = {u"负责人", u"销售代表", u"销售", u"owner", u"rep", u"sales rep", u"sales agent", u"ownerid"};
const auto OrderNumber
    = {u"订单编号", u"订单号", u"单号", u"order id", u"order no", u"invoiceno", u"invoice", u"number"};
const auto OrderDate = {u"订单日期", u"下单日期", u"订单创建时间", u"date", u"invoicedate"};

const QHash<QString, QList<ImportField>> &table()
{
    static const QHash<QString, QList<ImportField>> fields = [] {
        QHash<QString, QList<ImportField>> t;
        const ImportField id = f(u"id", FieldType::Text, false, {u"记录id", u"record id"});
        t.insert(
            QStringLiteral("customers"),
            {
                id,
                f(u"code", FieldType::Code, true, CustomerCode),
                f(u"name", FieldType::Text, true, CustomerName),
                f(u"industry", FieldType::Text, false, {u"行业", u"sector"}),
                f(u"size_band", FieldType::Text, false, {u"规模", u"size", u"company size", u"employees"}),
                f(u"region", FieldType::Text, false, {u"区域", u"地区", u"省份", u"province", u"state"}),
                f(u"city", FieldType::Text, false, {u"城市"}),
                f(u"channel_code", FieldType::Code, false, {u"渠道", u"channel"}),
                f(u"owner_code", FieldType::Code, false, OwnerCode),
                f(u"decision_maker", FieldType::Text, false, {u"决策人", u"联系人"}),
                f(u"decision_maker_title", FieldType::Text, false, {u"职务", u"职位", u"title"}),
                f(u"phone", FieldType::Text, false, Phone),
                f(u"email", FieldType::Text, false, Email),
                f(u"source", FieldType::Text, false, {u"来源", u"客户来源", u"lead source"}),
                f(u"lifecycle_stage", FieldType::Enum, false,
                  {u"客户生命周期", u"生命周期", u"lifecycle", u"stage"}),
                f(u"customer_type", FieldType::Text, false, {u"客户类型", u"segment", u"type"}),
                f(u"notes", FieldType::Text, false, {u"备注", u"note", u"description"}),
            });
        t.insert(QStringLiteral("products"),
                 {
                     id,
                     f(u"sku", FieldType::Code, true,
                       {u"产品编码", u"商品编码", u"stockcode", u"product id", u"product code", u"item"}),
                     f(u"name", FieldType::Text, true,
                       {u"产品名称", u"商品名称", u"description", u"product", u"product name"}),
                     f(u"product_line", FieldType::Text, false, {u"产品线", u"series", u"category", u"类别"}),
                     f(u"unit_price", FieldType::UnitPrice, false,
                       {u"单价", u"价格", u"price", u"sales price", u"unitprice"}),
                     f(u"unit_cost", FieldType::UnitPrice, false, {u"单位成本", u"成本", u"cost"}),
                     f(u"stock_on_hand", FieldType::Integer, false, {u"库存数量", u"库存", u"stock"}),
                     f(u"safety_stock", FieldType::Integer, false, {u"安全库存"}),
                     f(u"lead_time_days", FieldType::Integer, false, {u"补货周期", u"lead time"}),
                 });
        t.insert(QStringLiteral("opportunities"),
                 {
                     id,
                     f(u"code", FieldType::Code, true,
                       {u"商机编码", u"商机编号", u"opportunity id", u"opportunity_id", u"deal id"}),
                     f(u"customer_code", FieldType::Code, true, CustomerCode),
                     f(u"title", FieldType::Text, true, {u"商机名称", u"标题", u"name", u"opportunity name"}),
                     f(u"source", FieldType::Text, false, {u"来源", u"lead source"}),
                     f(u"amount", FieldType::Amount, false,
                       {u"金额", u"规模", u"商机金额", u"close value", u"value"}),
                     f(u"products_needed", FieldType::Text, false, {u"需求产品", u"product", u"products"}),
                     f(u"competitors", FieldType::Text, false, {u"竞争情况", u"竞争对手"}),
                     f(u"owner_code", FieldType::Code, false, OwnerCode),
                     f(u"created_on", FieldType::Date, true,
                       {u"创建日期", u"created date", u"engage date", u"createddate"}),
                     f(u"expected_close", FieldType::Date, false,
                       {u"预计成交日期", u"预计签约日期", u"close date", u"closedate"}),
                     f(u"stage", FieldType::Enum, true, {u"阶段", u"商机阶段", u"deal stage", u"stagename"}),
                     f(u"probability", FieldType::Integer, false, {u"赢单概率", u"概率"}),
                     f(u"lost_reason", FieldType::Text, false, {u"输单原因"}),
                     f(u"lost_competitor", FieldType::Text, false, {u"输给"}),
                     f(u"closed_on", FieldType::Date, false, {u"关闭日期", u"成交日期"}),
                     f(u"lead_source_score", FieldType::Integer, false, {u"来源可靠度", u"source score"}),
                     f(u"lead_need_score", FieldType::Integer, false, {u"需求匹配度", u"need score"}),
                     f(u"lead_budget_score", FieldType::Integer, false, {u"预算评分", u"budget score"}),
                     f(u"lead_intent_score", FieldType::Integer, false, {u"意向评分", u"intent score"}),
                 });
        t.insert(QStringLiteral("orders"),
                 {
                     id,
                     f(u"order_number", FieldType::Code, true, OrderNumber),
                     f(u"customer_code", FieldType::Code, true, CustomerCode),
                     f(u"opportunity_code", FieldType::Code, false, {u"商机编码"}),
                     f(u"owner_code", FieldType::Code, false, OwnerCode),
                     f(u"channel_code", FieldType::Code, false, {u"渠道"}),
                     f(u"order_date", FieldType::Date, true, OrderDate),
                     f(u"sign_date", FieldType::Date, false, {u"签约日期"}),
                     f(u"contract_amount", FieldType::Amount, false,
                       {u"合同金额", u"总金额", u"金额", u"total", u"sales"}),
                     f(u"payment_terms", FieldType::Text, false, {u"付款条件"}),
                     f(u"status", FieldType::Enum, false, {u"订单状态", u"状态"}),
                     f(u"delivery_status", FieldType::Text, false, {u"交付状态", u"发货状态"}),
                     f(u"notes", FieldType::Text, false, {u"备注"}),
                 });
        QList<ImportField> lines = {
            id,
            f(u"order_number", FieldType::Code, true, OrderNumber),
            f(u"line_no", FieldType::Integer, false, {u"行号", u"line", u"line number"}),
            f(u"sku", FieldType::Code, false, {u"产品编码", u"商品编码", u"stockcode", u"product id"}),
            f(u"quantity", FieldType::Integer, true, {u"数量", u"qty"}),
            f(u"unit_price", FieldType::UnitPrice, true, {u"单价", u"price", u"unitprice"}),
            f(u"discount_pct", FieldType::Percent, false, {u"折扣", u"discount"}),
            f(u"amount", FieldType::Amount, false, {u"金额", u"line amount"}),
            // Order columns repeated on each line of a flat file.
            f(u"customer_code", FieldType::Code, false, CustomerCode),
            f(u"customer_name", FieldType::Text, false, {u"客户名称", u"customer name"}),
            f(u"order_date", FieldType::Date, false, OrderDate),
            f(u"status", FieldType::Enum, false, {u"订单状态", u"状态"}),
            f(u"product_name", FieldType::Text, false, {u"产品名称", u"商品名称", u"description"}),
        };
        t.insert(QStringLiteral("order-lines"), lines);
        t.insert(QStringLiteral("reps"),
                 {
                     id,
                     f(u"code", FieldType::Code, true, {u"工号", u"销售代表编码", u"rep id"}),
                     f(u"name", FieldType::Text, true, {u"姓名", u"销售代表", u"sales agent"}),
                     f(u"team_code", FieldType::Code, false, {u"团队", u"team", u"manager"}),
                     f(u"email", FieldType::Text, false, Email),
                     f(u"phone", FieldType::Text, false, Phone),
                     f(u"base_pay", FieldType::Amount, false, {u"底薪", u"基本工资"}),
                     f(u"commission_plan_code", FieldType::Code, false, {u"提成方案"}),
                     f(u"hired_on", FieldType::Date, false, {u"入职日期"}),
                     f(u"active", FieldType::Boolean, false, {u"在职"}),
                 });
        t.insert(QStringLiteral("teams"),
                 {
                     id,
                     f(u"code", FieldType::Code, true, {u"团队编码"}),
                     f(u"name", FieldType::Text, true, {u"团队名称", u"团队"}),
                     f(u"parent_code", FieldType::Code, false, {u"上级团队"}),
                     f(u"region", FieldType::Text, false, {u"区域", u"regional_office"}),
                 });
        return t;
    }();
    return fields;
}

} // namespace

QList<ImportField> forEntity(const QString &entity)
{
    QList<ImportField> fields = table().value(entity);
    // Entities without aliases of their own still answer to their field names.
    if (const TableImportSpec *spec = tableImportSpec(entity)) {
        if (fields.isEmpty())
            fields.append({QStringLiteral("id"), FieldType::Text, false, {}});
        for (const ColumnBinding &b : spec->bindings) {
            const bool known = std::any_of(fields.cbegin(), fields.cend(),
                                           [&](const ImportField &f) { return f.name == b.field; });
            if (!known)
                fields.append({b.field, b.type, b.required, {}});
        }
        if (entity == u"targets") {
            for (const char16_t *parent : {u"parent_period", u"parent_scope_kind", u"parent_scope_key"})
                fields.append({QString::fromUtf16(parent), FieldType::Text, false, {}});
        }
    }
    return fields;
}

QStringList entities()
{
    QStringList names = table().keys();
    for (const QString &entity :
         {QStringLiteral("commission-plans"), QStringLiteral("contacts"), QStringLiteral("activities"),
          QStringLiteral("stage-history"), QStringLiteral("tickets"), QStringLiteral("targets"),
          QStringLiteral("channels"), QStringLiteral("promotions")}) {
        if (tableImportSpec(entity) && !names.contains(entity))
            names.append(entity);
    }
    names.sort();
    return names;
}

QString normaliseHeader(const QString &header)
{
    QString folded = header.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'(' || c == u')' || c == u'（' || c == u'）'
            || c == u'.' || c == u':' || c == u'：' || c == QChar(0xFEFF))
            continue;
        out += c;
    }
    return out;
}

QString matchHeader(const QString &entity, const QString &header)
{
    const QString key = normaliseHeader(header);
    if (key.isEmpty())
        return {};
    const QList<ImportField> fields = forEntity(entity);
    // Exact field names win over aliases, so "name" never lands on an alias elsewhere.
    for (const ImportField &field : fields) {
        if (normaliseHeader(field.name) == key)
            return field.name;
    }
    for (const ImportField &field : fields) {
        for (const QString &alias : field.aliases) {
            if (normaliseHeader(alias) == key)
                return field.name;
        }
    }
    return {};
}

} // namespace sb::core::importfields
