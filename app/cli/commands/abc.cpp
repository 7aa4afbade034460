// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// clang-format off
// tableoutput.h (through commandline.h) must come before money.h (through abc.h): its
// enumerator Type::Amount would otherwise shadow sb::core::Money under -Wshadow.
#include "app/cli/commandline.h"
#include "core/analytics/abc.h"
// clang-format on
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/reports/jsonwriter.h"
#include "core/storage/revenuequeries.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sb::cli::commands {

namespace {

using core::TableOutput;
using Type = TableOutput::Type;

constexpr int kDefaultTableLimit = 20;

// Parses a percentage option (0–100); nullopt when it is not one.
std::optional<double> percentOption(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > 100.0)
        return std::nullopt;
    return value;
}

QString jsonNumber(double value)
{
    return core::JsonWriter::number(value);
}

// The JSON of architecture.md with its keys in the documented order.
QByteArray renderJson(const core::abc::AbcResult &result, QDate from, QDate to, double a, double b,
                      qsizetype limit)
{
    using core::JsonWriter;
    JsonWriter json;
    json.member("from", JsonWriter::date(from));
    json.member("to", JsonWriter::date(to));
    json.member("method", JsonWriter::string(core::abc::methodKey(result.method)));
    json.beginObject("thresholds");
    json.member("a", JsonWriter::number(a));
    json.member("b", JsonWriter::number(b));
    json.end();
    json.beginArray("classes");
    for (const core::abc::ClassSummary &s : result.classes) {
        json.beginObject();
        json.member("class", JsonWriter::string(core::abc::key(s.cls)));
        json.member("customers", JsonWriter::integer(s.customers));
        json.member("customer_share", JsonWriter::number(s.customerShare));
        json.member("revenue", JsonWriter::integer(s.revenue));
        json.member("revenue_share", JsonWriter::number(s.revenueShare));
        json.member("resource_share", JsonWriter::number(s.resourceShare));
        json.end();
    }
    json.end();
    json.beginArray("customers");
    const qsizetype count = std::min(limit, qsizetype(result.rows.size()));
    for (qsizetype i = 0; i < count; ++i) {
        const core::abc::Row &row = result.rows.at(i);
        json.beginObject();
        json.member("code", JsonWriter::string(row.code));
        json.member("name", JsonWriter::string(row.name));
        json.member("revenue", JsonWriter::integer(row.revenue));
        json.member("cumulative_share", JsonWriter::number(row.cumulativeShare));
        json.member("class", JsonWriter::string(core::abc::key(row.cls)));
        json.end();
    }
    json.end();
    return json.finish();
}

QByteArray renderTableOrCsv(const core::abc::AbcResult &result, QDate from, QDate to, double a, double b,
                            qsizetype limit, TableOutput::Format format)
{
    TableOutput output;
    output.addField(QStringLiteral("from"), CliText::tr("From"), from.toString(Qt::ISODate));
    output.addField(QStringLiteral("to"), CliText::tr("To"), to.toString(Qt::ISODate));
    output.addField(QStringLiteral("method"), CliText::tr("Method"),
                    core::abc::methodDisplayName(result.method));
    const QString rule = result.method == core::abc::Method::Revenue
        ? CliText::tr("A up to %1 % of revenue, B up to %2 %").arg(jsonNumber(a), jsonNumber(b))
        : CliText::tr("A the top %1 % of customers, B the next %2 %")
              .arg(core::abc::kCountPercentA)
              .arg(core::abc::kCountPercentB);
    output.addField(QStringLiteral("rule"), CliText::tr("Rule"), rule);
    output.addField(QStringLiteral("total_revenue"), CliText::tr("Revenue"), result.totalRevenue,
                    Type::Amount);

    const int classes
        = output.addTable(QStringLiteral("classes"), CliText::tr("Classes"),
                          {{QStringLiteral("class"), CliText::tr("Class")},
                           {QStringLiteral("customers"), CliText::tr("Customers"), Type::Integer},
                           {QStringLiteral("customer_share"), CliText::tr("Customer share"), Type::Ratio},
                           {QStringLiteral("revenue"), CliText::tr("Revenue"), Type::Amount},
                           {QStringLiteral("revenue_share"), CliText::tr("Revenue share"), Type::Ratio},
                           {QStringLiteral("resource_share"), CliText::tr("Resources"), Type::Ratio}});
    for (const core::abc::ClassSummary &s : result.classes)
        output.addRow(classes,
                      {core::abc::key(s.cls), s.customers, s.customerShare, s.revenue, s.revenueShare,
                       s.resourceShare});

    const qsizetype count = std::min(limit, qsizetype(result.rows.size()));
    const QString title = count < result.rows.size()
        ? CliText::tr("Customers (the top %1 of %2; --limit N shows more, --format json or csv all)")
              .arg(count)
              .arg(result.rows.size())
        : CliText::tr("Customers");
    const int customers
        = output.addTable(QStringLiteral("customers"), title,
                          {{QStringLiteral("rank"), CliText::tr("Rank"), Type::Integer},
                           {QStringLiteral("code"), CliText::tr("Code")},
                           {QStringLiteral("name"), CliText::tr("Name")},
                           {QStringLiteral("revenue"), CliText::tr("Revenue"), Type::Amount},
                           {QStringLiteral("share"), CliText::tr("Share"), Type::Ratio},
                           {QStringLiteral("cumulative_share"), CliText::tr("Cumulative"), Type::Ratio},
                           {QStringLiteral("class"), CliText::tr("Class")}});
    for (qsizetype i = 0; i < count; ++i) {
        const core::abc::Row &row = result.rows.at(i);
        output.addRow(customers,
                      {row.rank, row.code, row.name, row.revenue, row.share, row.cumulativeShare,
                       core::abc::key(row.cls)});
    }
    return output.render(format);
}

} // namespace

int abc(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("abc"),
        CliText::tr("ABC customer segmentation: ranks customers by revenue (confirmed, delivered and closed "
                    "orders by order date) over a period and puts them in classes A, B and C. The period "
                    "defaults to the last 12 months ending today."));
    QCommandLineParser &parser = cmd.parser();
    const QCommandLineOption fromOption(
        QStringLiteral("from"), CliText::tr("First day of the period (default: 12 months before --to)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliText::tr("Last day of the period (default: today)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption aOption(
        QStringLiteral("a"),
        CliText::tr("Class A holds the customers up to this cumulative revenue share, in "
                    "percent (default 80)."),
        QStringLiteral("PERCENT"), QStringLiteral("80"));
    const QCommandLineOption bOption(
        QStringLiteral("b"),
        CliText::tr("Class B holds the customers up to this cumulative revenue share, in "
                    "percent (default 95)."),
        QStringLiteral("PERCENT"), QStringLiteral("95"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          CliText::tr("revenue (by cumulative revenue share, default) or "
                                                      "count (top 20 % of customers A, next 30 % B)."),
                                          QStringLiteral("METHOD"), QStringLiteral("revenue"));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"),
        CliText::tr("Customers listed (0 = all; default: %1 in a table, all in JSON and CSV).")
            .arg(kDefaultTableLimit),
        QStringLiteral("N"));
    parser.addOptions({fromOption, toOption, aOption, bOption, methodOption, limitOption});
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;

    const auto dateOption
        = [&parser](const QCommandLineOption &option, QDate fallback) -> std::optional<QDate> {
        if (!parser.isSet(option))
            return fallback;
        const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    };
    const auto to = dateOption(toOption, QDate::currentDate());
    if (!to)
        return cmd.usageError(
            CliText::tr("The date must be YYYY-MM-DD, not '%1'.").arg(parser.value(toOption)));
    const auto from = dateOption(fromOption, to->addMonths(-12).addDays(1));
    if (!from)
        return cmd.usageError(
            CliText::tr("The date must be YYYY-MM-DD, not '%1'.").arg(parser.value(fromOption)));
    if (*from > *to)
        return cmd.usageError(CliText::tr("The period starts (%1) after it ends (%2).")
                                  .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));

    const auto a = percentOption(parser.value(aOption));
    const auto b = percentOption(parser.value(bOption));
    if (!a || !b)
        return cmd.usageError(CliText::tr("Thresholds are percentages from 0 to 100, not '%1'.")
                                  .arg(a ? parser.value(bOption) : parser.value(aOption)));
    if (*a > *b)
        return cmd.usageError(CliText::tr("Threshold a (%1) must not exceed threshold b (%2).")
                                  .arg(jsonNumber(*a), jsonNumber(*b)));
    const auto method = core::abc::methodFromKey(parser.value(methodOption).trimmed());
    if (!method)
        return cmd.usageError(
            CliText::tr("Unknown method '%1'; use revenue or count.").arg(parser.value(methodOption)));

    const TableOutput::Format format = cmd.format().value_or(TableOutput::Format::Table);
    qsizetype limit = format == TableOutput::Format::Table ? kDefaultTableLimit : -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).trimmed().toLongLong(&ok);
        if (!ok || limit < 0)
            return cmd.usageError(CliText::tr("The limit must be a whole number of 0 or more, not '%1'.")
                                      .arg(parser.value(limitOption)));
    }
    if (limit <= 0)
        limit = std::numeric_limits<qsizetype>::max();

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    const core::abc::AbcResult result = core::abc::classify(core::customerRevenue(*db, *from, *to), *method,
                                                            core::abc::Thresholds{*a / 100.0, *b / 100.0});
    console::outBytes(format == TableOutput::Format::Json
                          ? renderJson(result, *from, *to, *a, *b, limit)
                          : renderTableOrCsv(result, *from, *to, *a, *b, limit, format));
    return 0;
}

} // namespace sb::cli::commands
