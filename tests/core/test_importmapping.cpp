// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/importfields.h"
#include "core/exchange/importmapping.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sb::core;

namespace {

/// The message of the Error::Data a mapping is refused with, or "(accepted)".
QString refusal(const QByteArray &json, const QString &importEntity = {})
{
    try {
        ImportMapping::fromJson(json, importEntity);
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

QString loadRefusal(const QString &path, const QString &importEntity = {})
{
    try {
        ImportMapping::load(path, importEntity);
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile out(dir.filePath(name));
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(bytes) == bytes.size());
    return out.fileName();
}

} // namespace

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
    CHECK(importfields::matchHeader(QStringLiteral("orders"), QStringLiteral("订单编号"))
          == QStringLiteral("order_number"));
    CHECK(importfields::matchHeader(QStringLiteral("orders"), QStringLiteral("下单日期"))
          == QStringLiteral("order_date"));
    CHECK(importfields::matchHeader(QStringLiteral("orders"), QStringLiteral("总金额"))
          == QStringLiteral("contract_amount"));
    CHECK(importfields::matchHeader(QStringLiteral("order-lines"), QStringLiteral("InvoiceNo"))
          == QStringLiteral("order_number"));
}

TEST_CASE("a mapping file in the documented JSON form is read with every key", "[mapping]")
{
    const QByteArray json = R"({ "entity": "order-lines",
        "encoding": "auto", "delimiter": "auto", "decimal": ".", "date_format": "M/d/yy H:mm",
        "columns": { "InvoiceNo": "order_number", "StockCode": "sku", "Quantity": "quantity",
                     "UnitPrice": "unit_price", "InvoiceDate": "order_date",
                     "account": ["customer_code", "customer_name"] },
        "values": { "status": { "C": "cancelled" } },
        "constants": { "status": "confirmed" } })";
    const ImportMapping m = ImportMapping::fromJson(json);
    CHECK(m.entity == QStringLiteral("order-lines"));
    CHECK(m.dateFormat == QStringLiteral("M/d/yy H:mm"));
    CHECK(m.fieldsFor(QStringLiteral("InvoiceNo")) == QStringList{QStringLiteral("order_number")});
    CHECK(m.fieldsFor(QStringLiteral("account"))
          == QStringList{QStringLiteral("customer_code"), QStringLiteral("customer_name")});
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
            CHECK(e.kind() == Error::Kind::Data);
            return e.message();
        }
        return QString();
    };
    CHECK(message("{ not json").contains(QStringLiteral("not valid JSON")));
    CHECK(message(R"({"entity": "customers"})").contains(QStringLiteral("columns")));
    CHECK(message(R"({"entity": "customers", "columns": {"A": "shoe_size"}})")
              .contains(QStringLiteral("shoe_size")));
    CHECK(message(R"({"entity": "customers", "columns": {}, "decimal": "x"})")
              .contains(QStringLiteral("decimal")));
}

TEST_CASE("a value translation for an unknown field is refused, and numbers translate as their text",
          "[mapping]")
{
    // A misspelt field would leave the file's values untranslated without a word.
    bool refused = false;
    try {
        ImportMapping::fromJson(R"({"entity": "opportunities", "columns": {"deal_stage": "stage"},
                                    "values": {"stge": {"Won": "won"}}})");
    } catch (const Error &e) {
        refused = e.kind() == Error::Kind::Data && e.message().contains(QStringLiteral("values.stge"));
    }
    CHECK(refused);

    // Superstore's discounts are fractions (0.2 = 20 %); a translation may give the percent as a number.
    const ImportMapping m
        = ImportMapping::fromJson(R"({"entity": "order-lines", "columns": {"Discount": "discount_pct"},
        "values": {"discount_pct": {"0.2": 20, "0.45": 45.5, "0": "0"}}})");
    CHECK(m.translate(QStringLiteral("discount_pct"), QStringLiteral("0.2")) == QStringLiteral("20"));
    CHECK(m.translate(QStringLiteral("discount_pct"), QStringLiteral("0.45")) == QStringLiteral("45.5"));
    CHECK(m.translate(QStringLiteral("discount_pct"), QStringLiteral("0")) == QStringLiteral("0"));
}

TEST_CASE("a suggested mapping uses each field once", "[mapping]")
{
    const ImportMapping m = ImportMapping::suggest(QStringLiteral("customers"),
                                                   {QStringLiteral("客户编码"), QStringLiteral("客户名称"),
                                                    QStringLiteral("code"), QStringLiteral("备注")});
    REQUIRE(m.columns.size() == 3);
    CHECK(m.fieldsFor(QStringLiteral("客户编码")) == QStringList{QStringLiteral("code")});
    CHECK(m.fieldsFor(QStringLiteral("code")).isEmpty());
    CHECK(m.fieldsFor(QStringLiteral("备注")) == QStringList{QStringLiteral("notes")});
}

TEST_CASE("unknown keys in a mapping are refused, naming the key", "[mapping][schema]")
{
    // A misspelt key used to be ignored: the file read with a detected delimiter instead of ";".
    const QString misspelt = refusal(R"({"entity": "customers", "delimter": ";", "columns": {"A": "code"}})");
    CHECK(misspelt.contains(QStringLiteral("delimter")));
    CHECK(misspelt.contains(QStringLiteral("delimiter"))); // the keys it may have
    CHECK(refusal(R"({"entity": "customers", "Columns": {}, "columns": {"A": "code"}})")
              .contains(QStringLiteral("Columns")));
    CHECK(refusal(R"({"columns": {"A": "code"}, "mapping version": 2})")
              .contains(QStringLiteral("\"mapping version\"")));
    // Nested keys name fields: an unknown one is refused (more in the unknown field test).
    CHECK(refusal(R"({"entity": "customers", "columns": {"A": "code"}, "constants": {"colour": "red"}})")
              .contains(QStringLiteral("constants.colour")));
}

TEST_CASE("mapping values of the wrong JSON type are refused, naming the key and what it must be",
          "[mapping][schema]")
{
    CHECK(refusal(R"({"entity": "customers", "columns": ["code", "name"]})")
          == QStringLiteral("columns must be an object, not a JSON array."));
    CHECK(refusal(R"({"entity": "customers", "columns": null})")
          == QStringLiteral("columns must be an object, not a JSON null."));
    CHECK(refusal(R"({"entity": "customers", "columns": {"Order Date": 3}})")
          == QStringLiteral(
              "columns.\"Order Date\" must be a field name or a list of field names, not a JSON number."));
    CHECK(refusal(R"({"entity": "customers", "columns": {"account": ["code", {"name": 1}]}})")
          == QStringLiteral(
              "columns.account[1] must be a field name or a list of field names, not a JSON object."));
    CHECK(refusal(R"({"entity": "customers", "columns": {"A": "code"}, "values": ["code"]})")
          == QStringLiteral("values must be an object, not a JSON array."));
    CHECK(refusal(R"({"entity": "opportunities", "columns": {"A": "stage"}, "values": {"stage": "won"}})")
          == QStringLiteral("values.stage must be an object, not a JSON string."));
    CHECK(refusal(
              R"({"entity": "opportunities", "columns": {"A": "stage"}, "values": {"stage": {"Won": null}}})")
          == QStringLiteral("values.stage.Won must be a text, a number or true/false, not a JSON null."));
    CHECK(refusal(R"({"entity": "opportunities", "columns": {"A": "stage"},
                      "values": {"stage": {"Closed Won": ["won"]}}})")
              .startsWith(QStringLiteral("values.stage.\"Closed Won\" must be")));
    CHECK(refusal(R"({"entity": "customers", "columns": {"A": "code"}, "constants": 5})")
          == QStringLiteral("constants must be an object, not a JSON number."));
    CHECK(refusal(R"({"entity": "customers", "columns": {"A": "code"}, "constants": {"name": {"x": "y"}}})")
          == QStringLiteral("constants.name must be a text, a number or true/false, not a JSON object."));
    CHECK(refusal(R"({"entity": "customers", "encoding": 8, "columns": {"A": "code"}})")
          == QStringLiteral("encoding must be a string, not a JSON number."));
    CHECK(refusal(R"({"entity": ["customers"], "columns": {"A": "code"}})")
          == QStringLiteral("entity must be a string, not a JSON array."));
    CHECK(refusal(R"({"entity": "customers", "date_format": false, "columns": {"A": "code"}})")
          == QStringLiteral("date_format must be a string, not a JSON boolean."));
    CHECK(refusal(R"({"entity": "customers", "columns": {"A": ""}})").contains(QStringLiteral("columns.A")));
}

TEST_CASE("a mapping encoding the importer does not know is refused, every one it knows is accepted",
          "[mapping][schema]")
{
    const QString message
        = refusal(R"({"entity": "customers", "encoding": "big5", "columns": {"A": "code"}})");
    CHECK(message.startsWith(QStringLiteral("encoding: ")));
    CHECK(message.contains(QStringLiteral("\"big5\"")));
    CHECK(message.contains(QStringLiteral("gb18030")));
    CHECK(refusal(R"({"entity": "customers", "encoding": "", "columns": {"A": "code"}})")
              .startsWith(QStringLiteral("encoding: ")));
    for (const char *name : {"auto", "AUTO", "utf-8", "UTF-8", "utf8", "utf-8-bom", "utf-16le", "utf-16be",
                             "gb18030", "gbk", "gb2312", "windows-1252", "latin1"}) {
        INFO(name);
        const QByteArray json
            = R"({"entity": "customers", "columns": {"A": "code"}, "encoding": ")" + QByteArray(name) + "\"}";
        CHECK(refusal(json) == QStringLiteral("(accepted)"));
    }
}

TEST_CASE("a mapping with two columns for one field is refused, naming both columns and the field",
          "[mapping][schema]")
{
    // The importer kept the last column's value and dropped the other's without a word.
    CHECK(
        refusal(R"({"entity": "orders", "columns": {"Order Date": "order_date", "Created": "order_date"}})")
        == QStringLiteral("columns.Created and columns.\"Order Date\" both map to the field \"order_date\"; "
                          "a field takes one column."));
    const QString inList
        = refusal(R"({"entity": "customers", "columns": {"account": ["code", "name"], "Name": "name"}})");
    CHECK(inList.contains(QStringLiteral("columns.Name")));
    CHECK(inList.contains(QStringLiteral("columns.account[1]")));
    CHECK(inList.contains(QStringLiteral("\"name\"")));
    CHECK(refusal(R"({"entity": "customers", "columns": {"account": ["code", "code"]}})")
              .contains(QStringLiteral("columns.account[0] and columns.account[1]")));
    // The example of architecture.md before the schema: CustomerID's codes were overwritten by account's.
    CHECK(
        refusal(
            R"({"entity": "order-lines", "columns": {"InvoiceNo": "order_number", "CustomerID": "customer_code",
                      "account": ["customer_code", "customer_name"]}})")
            .startsWith(QStringLiteral(
                "columns.CustomerID and columns.account[0] both map to the field \"customer_code\"")));
    // Without an entity the fields are unknown, but a duplicate is a duplicate.
    CHECK(refusal(R"({"columns": {"A": "x", "B": "x"}})").contains(QStringLiteral("\"x\"")));
    // A constant only fills the cells a column leaves empty: that is not a duplicate.
    CHECK(refusal(R"({"entity": "opportunities", "columns": {"account": "customer_code"},
                      "constants": {"customer_code": "NO-ACCOUNT"}})")
          == QStringLiteral("(accepted)"));
}

TEST_CASE("a mapping delimiter the importer cannot use is refused, auto, tab and single separators are "
          "accepted",
          "[mapping][schema]")
{
    for (const char *bad : {R"(\")", "ab", "a", "7", "Tab", "Auto", "", R"(\n)", R"(\r\n)", ",;"}) {
        INFO(bad);
        const QByteArray json
            = R"({"entity": "customers", "columns": {"A": "code"}, "delimiter": ")" + QByteArray(bad) + "\"}";
        CHECK(refusal(json).startsWith(QStringLiteral("delimiter: unknown delimiter")));
    }
    for (const char *good : {"auto", ",", ";", "|", "tab", R"(\t)", R"(\\t)", ":", "^"}) {
        INFO(good);
        const QByteArray json = R"({"entity": "customers", "columns": {"A": "code"}, "delimiter": ")"
            + QByteArray(good) + "\"}";
        CHECK(refusal(json) == QStringLiteral("(accepted)"));
    }
}

TEST_CASE(
    "mapping targets that are not fields of the entity are refused, also when the mapping names no entity",
    "[mapping][schema]")
{
    // The mapping's own entity decides.
    const QString own = refusal(R"({"entity": "customers", "columns": {"Name": "nmae"}})");
    CHECK(own.startsWith(
        QStringLiteral("columns.Name: \"nmae\" is not a field of customers; its fields are: ")));
    CHECK(own.contains(QStringLiteral("name")));

    // Without "entity" the column used to be dropped silently: the import's entity decides.
    const QByteArray noEntity = R"({"columns": {"Code": "code", "Name": "nmae"}})";
    CHECK(refusal(noEntity) == QStringLiteral("(accepted)")); // nothing to check against
    CHECK(
        refusal(noEntity, QStringLiteral("customers")).startsWith(QStringLiteral("columns.Name: \"nmae\"")));
    CHECK(refusal(R"({"columns": {"Code": "code"}, "values": {"stge": {"Won": "won"}}})",
                  QStringLiteral("opportunities"))
              .startsWith(QStringLiteral("values.stge: ")));
    CHECK(refusal(R"({"columns": {"No": "order_number"}, "constants": {"stauts": "confirmed"}})",
                  QStringLiteral("orders"))
              .startsWith(QStringLiteral("constants.stauts: ")));
    CHECK(refusal(R"({"columns": {"Code": "code", "Name": "name"}})", QStringLiteral("customers"))
          == QStringLiteral("(accepted)"));

    const ImportMapping m = ImportMapping::fromJson(noEntity);
    CHECK_NOTHROW(m.validate());
    CHECK_THROWS_AS(m.validate(QStringLiteral("customers")), Error);

    // A misspelt entity would otherwise switch the field check off.
    CHECK(refusal(R"({"entity": "custmers", "columns": {"A": "nmae"}})")
              .startsWith(QStringLiteral("entity: unknown entity \"custmers\"")));

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("no-entity.json"), noEntity);
    const QString fromFile = loadRefusal(path, QStringLiteral("customers"));
    CHECK(fromFile.startsWith(path + QStringLiteral(": columns.Name: ")));
}

TEST_CASE("mapping files that are oversized, devices, pipes or folders are refused before they are read",
          "[mapping][schema]")
{
    QTemporaryDir dir;
    // Valid JSON, padded past the limit: refused for its size alone.
    QByteArray big = R"({"entity": "customers", "columns": {"A": "code"})";
    big += QByteArray(ImportMapping::MaxFileSize - big.size(), ' ') + '}';
    REQUIRE(big.size() == ImportMapping::MaxFileSize + 1);
    const QString bigPath = writeFile(dir, QStringLiteral("big.json"), big);
    const QString message = loadRefusal(bigPath);
    CHECK(message.contains(bigPath));
    CHECK(message.contains(QStringLiteral("1024 KiB")));
    // One byte less is a mapping like any other.
    big.remove(big.size() - 2, 1);
    CHECK(ImportMapping::load(writeFile(dir, QStringLiteral("just-fits.json"), big))
              .fieldsFor(QStringLiteral("A"))
          == QStringList{QStringLiteral("code")});

    CHECK(loadRefusal(dir.path()).contains(QStringLiteral("not a regular file")));
#ifdef Q_OS_UNIX
    // /dev/zero used to be read until memory ran out; a FIFO would wait for a writer forever.
    CHECK(loadRefusal(QStringLiteral("/dev/zero"))
          == QStringLiteral("The mapping file /dev/zero is not a regular file."));
    const QString fifo = dir.filePath(QStringLiteral("mapping.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(loadRefusal(fifo).contains(QStringLiteral("not a regular file")));
#endif

    // A missing file is a usage error, as for the CSV file itself.
    try {
        ImportMapping::load(dir.filePath(QStringLiteral("missing.json")));
        FAIL("a missing mapping file was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Usage);
    }
}

TEST_CASE("a refused mapping file is named with the key", "[mapping][schema]")
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, QStringLiteral("superstore.json"),
                    R"({"entity": "order-lines", "columns": {"Order Date": ["order_date", 7]}})");
    CHECK(loadRefusal(path)
          == path
              + QStringLiteral(": columns.\"Order Date\"[1] must be a field name or a list of field names, "
                               "not a JSON number."));
}

TEST_CASE("every example mapping and a mapping the wizard saves pass the schema", "[mapping][schema]")
{
    const QDir examples(QStringLiteral(SB_SOURCE_DIR "/examples/mappings"));
    const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files);
    CHECK(files.size() >= 13);
    for (const QString &name : files) {
        INFO(name.toStdString());
        const QString path = examples.filePath(name);
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QString entity = QJsonDocument::fromJson(in.readAll()).object().value(u"entity").toString();
        CHECK_FALSE(entity.isEmpty());
        ImportMapping m;
        try {
            m = ImportMapping::load(path, entity);
        } catch (const Error &e) {
            FAIL(e.message().toStdString());
        }
        CHECK_FALSE(m.columns.isEmpty());
        // Saved again (as the wizard would), it reads back the same.
        const ImportMapping again = ImportMapping::fromJson(m.toJson());
        CHECK(again.columns == m.columns);
        CHECK(again.values == m.values);
        CHECK(again.constants == m.constants);
    }

    ImportMapping saved = ImportMapping::suggest(QStringLiteral("customers"),
                                                 {QStringLiteral("客户编码"), QStringLiteral("客户名称")});
    saved.encoding = QStringLiteral("gb18030");
    saved.delimiter = QStringLiteral("tab");
    saved.dateOrder = QStringLiteral("dmy");
    CHECK(ImportMapping::fromJson(saved.toJson()).toJson() == saved.toJson());
}
