// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/importfields.h"
#include "core/exchange/importmapping.h"

using namespace sb::core;

TEST_CASE("headers match in English and Chinese with spacing and case folded", "[mapping]")
{
    const QString c = QStringLiteral("customers");
    CHECK(importfields::matchHeader(c, QStringLiteral("Code")) == QStringLiteral("code"));
    CHECK(importfields::matchHeader(c, QStringLiteral("客户编码")) == QStringLiteral("code"));
    CHECK(importfields::matchHeader(c, QStringLiteral("客户代码")) == QStringLiteral("code"));
    CHECK(importfields::matchHeader(c, QStringLiteral(" 客户名称 ")) == QStringLiteral("name"));
    CHECK(importfields::matchHeader(c, QStringLiteral("联系电话")) == QStringLiteral("phone"));
    CHECK(importfields::matchHeader(c, QStringLiteral("手机")) == QStringLiteral("phone"));
    CHECK(importfields::matchHeader(c, QStringLiteral("Size Band")) == QStringLiteral("size_band"));
    CHECK(importfields::matchHeader(c, QStringLiteral("地区")) == QStringLiteral("region"));
    CHECK(importfields::matchHeader(c, QStringLiteral("favourite colour")).isEmpty());
    CHECK(importfields::matchHeader(QStringLiteral("orders"), QStringLiteral("订单编号")) == QStringLiteral("order_number"));
    CHECK(importfields::matchHeader(QStringLiteral("orders"), QStringLiteral("下单日期")) == QStringLiteral("order_date"));
    CHECK(importfields::matchHeader(QStringLiteral("orders"), QStringLiteral("总金额")) == QStringLiteral("contract_amount"));
    CHECK(importfields::matchHeader(QStringLiteral("order-lines"), QStringLiteral("InvoiceNo")) == QStringLiteral("order_number"));
}

TEST_CASE("a mapping file in the documented JSON form is read with every key", "[mapping]")
{
    const QByteArray json = R"({ "entity": "order-lines",
        "encoding": "auto", "delimiter": "auto", "decimal": ".", "date_format": "M/d/yy H:mm",
        "columns": { "InvoiceNo": "order_number", "StockCode": "sku", "Quantity": "quantity",
                     "UnitPrice": "unit_price", "CustomerID": "customer_code",
                     "InvoiceDate": "order_date", "account": ["customer_code", "customer_name"] },
        "values": { "status": { "C": "cancelled" } },
        "constants": { "status": "confirmed" } })";
    const ImportMapping m = ImportMapping::fromJson(json);
    CHECK(m.entity == QStringLiteral("order-lines"));
    CHECK(m.dateFormat == QStringLiteral("M/d/yy H:mm"));
    CHECK(m.fieldsFor(QStringLiteral("InvoiceNo")) == QStringList{QStringLiteral("order_number")});
    CHECK(m.fieldsFor(QStringLiteral("account")) == QStringList{QStringLiteral("customer_code"), QStringLiteral("customer_name")});
    CHECK(m.translate(QStringLiteral("status"), QStringLiteral("C")) == QStringLiteral("cancelled"));
    CHECK(m.translate(QStringLiteral("status"), QStringLiteral("other")) == QStringLiteral("other"));
    CHECK(m.constants.value(QStringLiteral("status")) == QStringLiteral("confirmed"));

    const ImportMapping again = ImportMapping::fromJson(m.toJson());
    CHECK(again.columns == m.columns);
    CHECK(again.values == m.values);
    CHECK(again.constants == m.constants);
}

TEST_CASE("a malformed mapping is refused with the reason", "[mapping]")
{
    auto message = [](const QByteArray &json) {
        try {
            ImportMapping::fromJson(json);
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::Usage);
            return e.message();
        }
        return QString();
    };
    CHECK(message("{ not json").contains(QStringLiteral("not valid JSON")));
    CHECK(message(R"({"entity": "customers"})").contains(QStringLiteral("columns")));
    CHECK(message(R"({"entity": "customers", "columns": {"A": "shoe_size"}})").contains(QStringLiteral("shoe_size")));
    CHECK(message(R"({"entity": "customers", "columns": {}, "decimal": "x"})").contains(QStringLiteral("decimal")));
}

TEST_CASE("a value translation for an unknown field is refused, and numbers translate as their text", "[mapping]")
{
    // A misspelt field would leave the file's values untranslated without a word.
    bool refused = false;
    try {
        ImportMapping::fromJson(R"({"entity": "opportunities", "columns": {"deal_stage": "stage"},
                                    "values": {"stge": {"Won": "won"}}})");
    } catch (const Error &e) {
        refused = e.kind() == Error::Kind::Usage && e.message().contains(QStringLiteral("stge"));
    }
    CHECK(refused);

    // Superstore's discounts are fractions (0.2 = 20 %); a translation may give the percent as a number.
    const ImportMapping m = ImportMapping::fromJson(R"({"entity": "order-lines", "columns": {"Discount": "discount_pct"},
        "values": {"discount_pct": {"0.2": 20, "0.45": 45.5, "0": "0"}}})");
    CHECK(m.translate(QStringLiteral("discount_pct"), QStringLiteral("0.2")) == QStringLiteral("20"));
    CHECK(m.translate(QStringLiteral("discount_pct"), QStringLiteral("0.45")) == QStringLiteral("45.5"));
    CHECK(m.translate(QStringLiteral("discount_pct"), QStringLiteral("0")) == QStringLiteral("0"));
}

TEST_CASE("a suggested mapping uses each field once", "[mapping]")
{
    const ImportMapping m = ImportMapping::suggest(QStringLiteral("customers"),
        {QStringLiteral("客户编码"), QStringLiteral("客户名称"), QStringLiteral("code"), QStringLiteral("备注")});
    REQUIRE(m.columns.size() == 3);
    CHECK(m.fieldsFor(QStringLiteral("客户编码")) == QStringList{QStringLiteral("code")});
    CHECK(m.fieldsFor(QStringLiteral("code")).isEmpty());
    CHECK(m.fieldsFor(QStringLiteral("备注")) == QStringList{QStringLiteral("notes")});
}
