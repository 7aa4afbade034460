// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/reports/tableoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using sb::core::TableOutput;
using Type = TableOutput::Type;

namespace {

TableOutput sample()
{
    TableOutput output;
    output.addField(QStringLiteral("from"), QStringLiteral("From"), QStringLiteral("2025-01-01"));
    output.addField(QStringLiteral("total"), QStringLiteral("Total revenue"), qint64(1234550), Type::Amount);
    output.addJsonField(QStringLiteral("thresholds"),
                        QJsonObject{{QStringLiteral("a"), 80}, {QStringLiteral("b"), 95}},
                        QStringLiteral("Thresholds"), QStringLiteral("A 80%, B 95%"));
    const int table = output.addTable(QStringLiteral("customers"), QStringLiteral("Customers"),
                                      {{QStringLiteral("code"), QStringLiteral("Code")},
                                       {QStringLiteral("name"), QStringLiteral("Name")},
                                       {QStringLiteral("revenue"), QStringLiteral("Revenue"), Type::Amount},
                                       {QStringLiteral("share"), QStringLiteral("Share"), Type::Ratio},
                                       {QStringLiteral("days"), QStringLiteral("Days"), Type::Decimal, 1}});
    output.addRow(table,
                  {QStringLiteral("C1"), QStringLiteral("上海华东贸易"), qint64(1000000), 0.81, 45.26});
    output.addRow(
        table, {QStringLiteral("C2"), QStringLiteral("=HYPERLINK(\"x\")"), qint64(234550), 0.19, QVariant()});
    return output;
}

} // namespace

TEST_CASE("display width counts CJK and full-width characters as two columns", "[tableoutput]")
{
    CHECK(TableOutput::displayWidth(u"abc") == 3);
    CHECK(TableOutput::displayWidth(u"销售") == 4);
    CHECK(TableOutput::displayWidth(u"Ａ1") == 3); // full-width Latin A
    CHECK(TableOutput::displayWidth(u"e\u0301") == 1); // combining accent
    CHECK(TableOutput::displayWidth(QString::fromUcs4(U"\U00020000x")) == 3); // CJK extension B
}

TEST_CASE("the text table aligns columns by display width and right-aligns numbers", "[tableoutput]")
{
    const QString text = QString::fromUtf8(sample().render(TableOutput::Format::Table));
    const QStringList lines = text.split(u'\n');
    CHECK(lines.contains(QStringLiteral("From:          2025-01-01")));
    CHECK(lines.contains(QStringLiteral("Total revenue: 12345.50")));
    CHECK(lines.contains(QStringLiteral("Thresholds:    A 80%, B 95%")));
    const qsizetype header = lines.indexOf(QStringLiteral("Customers")) + 1;
    REQUIRE(header > 0);
    REQUIRE(lines.size() > header + 3);
    // Every row of the table is equally wide on a terminal, CJK included.
    const int width = TableOutput::displayWidth(lines.at(header + 1));
    CHECK(TableOutput::displayWidth(lines.at(header + 2)) == width);
    CHECK(TableOutput::displayWidth(lines.at(header + 3)) == width);
    CHECK(lines.at(header + 2).startsWith(QStringLiteral("C1    上海华东贸易     10000.00  81.0%  45.3")));
    CHECK(lines.at(header + 3).endsWith(QStringLiteral("2345.50  19.0%     -")));
}

TEST_CASE("JSON keeps amounts as integers in minor units and missing values as null", "[tableoutput]")
{
    const QJsonObject root = QJsonDocument::fromJson(sample().render(TableOutput::Format::Json)).object();
    CHECK(root.value(QStringLiteral("total")).toInteger() == 1234550);
    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2025-01-01"));
    CHECK(root.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("b")).toInt() == 95);
    const QJsonArray customers = root.value(QStringLiteral("customers")).toArray();
    REQUIRE(customers.size() == 2);
    CHECK(customers.at(0).toObject().value(QStringLiteral("revenue")).toInteger() == 1000000);
    CHECK(customers.at(0).toObject().value(QStringLiteral("share")).toDouble() == Approx(0.81));
    CHECK(customers.at(0).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("上海华东贸易"));
    CHECK(customers.at(1).toObject().value(QStringLiteral("days")).isNull());
    // Rendering twice gives the same bytes.
    CHECK(sample().render(TableOutput::Format::Json) == sample().render(TableOutput::Format::Json));
}

TEST_CASE("CSV has snake_case headers, two-decimal amounts and neutralised formulas", "[tableoutput]")
{
    const QString csv = QString::fromUtf8(sample().render(TableOutput::Format::Csv));
    CHECK(csv
          == QStringLiteral("code,name,revenue,share,days\n"
                            "\"C1\",\"上海华东贸易\",10000.00,0.81,45.3\n"
                            "\"C2\",\"'=HYPERLINK(\"\"x\"\")\",2345.50,0.19,\n"));
}

TEST_CASE("format names parse case-insensitively and reject others", "[tableoutput]")
{
    CHECK(TableOutput::formatFromName(u"JSON") == TableOutput::Format::Json);
    CHECK(TableOutput::formatFromName(u"csv") == TableOutput::Format::Csv);
    CHECK(TableOutput::formatFromName(u"table") == TableOutput::Format::Table);
    CHECK_FALSE(TableOutput::formatFromName(u"xml").has_value());
}
