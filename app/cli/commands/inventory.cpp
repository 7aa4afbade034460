// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/storage/inventoryqueries.h" // with core/analytics/inventory.h

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::cli::commands {

namespace {

using core::TableOutput;
using Type = TableOutput::Type;

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

QList<TableOutput::Column> turnoverColumns()
{
    return {{QStringLiteral("product_line"), CliText::tr("Product line")},
            {QStringLiteral("products"), CliText::tr("Products"), Type::Integer},
            {QStringLiteral("products_without_cost"), CliText::tr("Without cost"), Type::Integer},
            {QStringLiteral("cogs"), CliText::tr("COGS"), Type::Amount},
            {QStringLiteral("average_inventory_value"), CliText::tr("Average inventory"), Type::Amount},
            {QStringLiteral("turnover"), CliText::tr("Turnover"), Type::Decimal, 2},
            {QStringLiteral("turnover_days"), CliText::tr("Turnover days"), Type::Decimal, 1},
            {QStringLiteral("benchmark_met"), CliText::tr("Benchmark met")}};
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList turnoverCells(const core::inventory::Turnover &t, bool forPeople)
{
    QVariant met;
    if (t.benchmarkMet) {
        if (forPeople)
            met = *t.benchmarkMet ? CliText::tr("yes") : CliText::tr("no");
        else
            met = *t.benchmarkMet ? kTrue : kFalse;
    }
    return {t.productLine,          t.products,
            t.productsWithoutCost,  t.cogs,
            t.inventoryValue,       optionalNumber(t.turns),
            optionalNumber(t.days), met};
}

QJsonValue booleanOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == kTrue;
    return value;
}

// TableOutput knows no booleans and no single-object tables: the JSON gets
// benchmark_met as true/false/null and "overall" as one object.
QByteArray finishJson(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray lines = root.value(QStringLiteral("product_lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        line.insert(QStringLiteral("benchmark_met"), booleanOf(line.value(QStringLiteral("benchmark_met"))));
        lines.replace(i, line);
    }
    root.insert(QStringLiteral("product_lines"), lines);
    QJsonObject overall = root.value(QStringLiteral("overall")).toArray().first().toObject();
    overall.remove(QStringLiteral("product_line"));
    overall.insert(QStringLiteral("benchmark_met"),
                   booleanOf(overall.value(QStringLiteral("benchmark_met"))));
    root.insert(QStringLiteral("overall"), overall);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int inventory(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("inventory"),
        CliText::tr("Inventory turnover per product line and overall (COGS of delivered and closed orders "
                    "over the year / average inventory value; turnover days; benchmark 8 turns a year) "
                    "and the products at or below their reorder point with a suggested order quantity."));
    QCommandLineParser &parser = cmd.parser();
    const QCommandLineOption yearOption(
        QStringLiteral("year"), CliText::tr("The year of the turnover (default: the year of --as-of)."),
        QStringLiteral("YYYY"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        CliText::tr("Last day of the 90 days of demand behind the reorder points (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({yearOption, asOfOption});
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;

    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return cmd.usageError(
                CliText::tr("The date must be YYYY-MM-DD, not '%1'.").arg(parser.value(asOfOption)));
    }
    int year = asOf.year();
    if (parser.isSet(yearOption)) {
        bool ok = false;
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return cmd.usageError(
                CliText::tr("The year must be a four-digit year, not '%1'.").arg(parser.value(yearOption)));
    }

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    const QList<core::inventory::ProductFacts> facts = core::loadInventoryFacts(*db, year, asOf);
    const core::inventory::TurnoverReport report = core::inventory::turnoverReport(facts);
    const QList<core::inventory::Replenishment> reorder = core::inventory::replenishment(facts);
    const core::inventory::Formulas formulas = core::inventory::formulas();

    const TableOutput::Format format = cmd.format().value_or(TableOutput::Format::Table);
    const bool forPeople = format == TableOutput::Format::Table;
    TableOutput output;
    output.addField(QStringLiteral("year"), CliText::tr("Year"), year, Type::Integer);
    output.addField(QStringLiteral("as_of"), CliText::tr("Demand up to"), asOf.toString(Qt::ISODate));
    output.addField(QStringLiteral("demand_window_days"), CliText::tr("Demand window (days)"),
                    core::inventory::kDemandWindowDays, Type::Integer);
    output.addField(QStringLiteral("cover_days"), CliText::tr("Order cover (days)"),
                    core::inventory::kCoverDays, Type::Integer);
    output.addField(QStringLiteral("benchmark_turns"), CliText::tr("Benchmark (turns a year)"),
                    core::inventory::kBenchmarkTurns, Type::Decimal, 0);
    output.addField(QStringLiteral("turnover_formula"), CliText::tr("Turnover"), formulas.turnover);
    output.addField(QStringLiteral("average_inventory_formula"), CliText::tr("Average inventory"),
                    formulas.averageInventory);
    output.addField(QStringLiteral("reorder_point_formula"), CliText::tr("Reorder point"),
                    formulas.reorderPoint);
    output.addField(QStringLiteral("suggested_quantity_formula"), CliText::tr("Suggested quantity"),
                    formulas.suggestedQuantity);

    const int lines = output.addTable(QStringLiteral("product_lines"),
                                      CliText::tr("Turnover by product line"), turnoverColumns());
    for (const core::inventory::Turnover &line : report.productLines)
        output.addRow(lines, turnoverCells(line, forPeople));
    const int overall
        = output.addTable(QStringLiteral("overall"), CliText::tr("All products"), turnoverColumns());
    QVariantList overallCells = turnoverCells(report.overall, forPeople);
    if (forPeople)
        overallCells[0] = CliText::tr("All");
    output.addRow(overall, overallCells);

    const int table = output.addTable(
        QStringLiteral("replenishment"), CliText::tr("Replenishment"),
        {{QStringLiteral("sku"), CliText::tr("SKU")},
         {QStringLiteral("name"), CliText::tr("Name")},
         {QStringLiteral("product_line"), CliText::tr("Product line")},
         {QStringLiteral("stock_on_hand"), CliText::tr("Stock"), Type::Integer},
         {QStringLiteral("safety_stock"), CliText::tr("Safety stock"), Type::Integer},
         {QStringLiteral("lead_time_days"), CliText::tr("Lead time (days)"), Type::Integer},
         {QStringLiteral("daily_demand"), CliText::tr("Daily demand"), Type::Decimal, 2},
         {QStringLiteral("reorder_point"), CliText::tr("Reorder point"), Type::Integer},
         {QStringLiteral("suggested_quantity"), CliText::tr("Suggested quantity"), Type::Integer}});
    for (const core::inventory::Replenishment &r : reorder)
        output.addRow(table,
                      {r.sku, r.name, r.productLine, r.stockOnHand, r.safetyStock, r.leadTimeDays,
                       r.dailyDemand, r.reorderPoint, r.suggestedQuantity});

    const QByteArray rendered = output.render(format);
    console::outBytes(format == TableOutput::Format::Json ? finishJson(rendered) : rendered);
    return 0;
}

} // namespace sb::cli::commands
