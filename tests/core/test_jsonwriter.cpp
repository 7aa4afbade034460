// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/reports/jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

using sb::core::JsonWriter;

TEST_CASE("the JSON writer keeps the members in the order written, in the command line's layout",
          "[jsonwriter]")
{
    JsonWriter json;
    json.member("to", JsonWriter::date(QDate(2025, 12, 31)));
    json.member("from", JsonWriter::date(QDate()));
    json.beginObject("thresholds");
    json.member("b", JsonWriter::number(95.0));
    json.member("a", JsonWriter::number(0.8));
    json.end();
    json.beginArray("rows");
    json.beginObject();
    json.member("code", JsonWriter::string(QStringLiteral("C1")));
    json.member("revenue", JsonWriter::integer(123450));
    json.member("share", JsonWriter::number(std::optional<double>()));
    json.end();
    json.beginObject();
    json.beginArray("tags");
    json.element(JsonWriter::string(QStringLiteral("x")));
    json.element(JsonWriter::integer(2));
    json.end();
    json.beginObject("empty");
    json.end();
    json.end();
    json.end();
    json.beginArray("none");
    json.end();
    json.member("last", JsonWriter::null());
    const QByteArray text = json.finish();
    CHECK(text
          == "{\n"
             "    \"to\": \"2025-12-31\",\n"
             "    \"from\": null,\n"
             "    \"thresholds\": { \"b\": 95, \"a\": 0.8 },\n"
             "    \"rows\": [\n"
             "        { \"code\": \"C1\", \"revenue\": 123450, \"share\": null },\n"
             "        { \"tags\": [\"x\", 2], \"empty\": {} }\n"
             "    ],\n"
             "    \"none\": [],\n"
             "    \"last\": null\n"
             "}\n");
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    CHECK(error.error == QJsonParseError::NoError);
}

TEST_CASE("the JSON writer escapes strings and writes numbers as QJsonDocument reads them back",
          "[jsonwriter]")
{
    const QString text = QStringLiteral("a\"b\\c\nd\re\tf") + QChar(0x01) + QStringLiteral("g 客户");
    CHECK(JsonWriter::string(text) == QStringLiteral("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g 客户\""));
    JsonWriter json;
    json.member("text", JsonWriter::string(text));
    json.member("third", JsonWriter::number(1.0 / 3.0));
    json.member("big", JsonWriter::integer(9007199254740993LL));
    const QJsonObject object = QJsonDocument::fromJson(json.finish()).object();
    CHECK(object.value(QStringLiteral("text")).toString() == text);
    CHECK(object.value(QStringLiteral("third")).toDouble() == 1.0 / 3.0);
    CHECK(JsonWriter::number(1.0) == QStringLiteral("1"));
    CHECK(JsonWriter::number(0.08649468892261002) == QStringLiteral("0.08649468892261002"));
    CHECK(JsonWriter::integer(9007199254740993LL) == QStringLiteral("9007199254740993"));
}

TEST_CASE("an empty document is an empty object", "[jsonwriter]")
{
    JsonWriter json;
    CHECK(json.finish() == "{}\n");
}
