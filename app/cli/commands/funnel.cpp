// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/reports/funnelreport.h"
#include "core/reports/jsonwriter.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace sb::cli::commands {

namespace {

using core::FunnelDefinition;
using core::FunnelMeasure;
using core::FunnelReport;
using core::JsonWriter;
using core::TableOutput;
using core::funnel::Bottleneck;
using core::funnel::Period;
using core::funnel::StageConversion;
using core::funnel::StageReach;
using Type = TableOutput::Type;

constexpr int kBarWidth = 24;

// --- JSON, with the keys in architecture.md's order ---

void addJsonStages(JsonWriter &json, const FunnelReport &r)
{
    json.beginArray("stages");
    if (r.request.definition == FunnelDefinition::Pipeline) {
        const bool byAmount = r.request.by == FunnelMeasure::Amount;
        for (const StageReach &s : r.pipeline.stages) {
            json.beginObject();
            json.member("stage", JsonWriter::string(core::stage::key(s.stage)));
            json.member("reached", JsonWriter::integer(s.reached));
            if (byAmount)
                json.member("amount", JsonWriter::integer(s.amount));
            json.member("cumulative_rate",
                        JsonWriter::number(byAmount ? s.amountCumulativeRate : s.cumulativeRate));
            json.member("step_rate", JsonWriter::number(byAmount ? s.amountStepRate : s.stepRate));
            json.member("industry", JsonWriter::number(s.industry));
            json.member("excellent", JsonWriter::number(s.excellent));
            json.member("industry_step", JsonWriter::number(s.industryStep));
            json.member("excellent_step", JsonWriter::number(s.excellentStep));
            json.end();
        }
    } else {
        for (const StageConversion &s : r.stages) {
            json.beginObject();
            json.member("stage", JsonWriter::string(core::stage::key(s.stage)));
            json.member("left", JsonWriter::integer(s.left));
            json.member("forward", JsonWriter::integer(s.forward));
            json.member("lost", JsonWriter::integer(s.lost));
            json.member("backward", JsonWriter::integer(s.backward));
            json.member("rate", JsonWriter::number(s.rate));
            json.member("industry_step", JsonWriter::number(s.industryStep));
            json.member("excellent_step", JsonWriter::number(s.excellentStep));
            json.end();
        }
    }
    json.end();
}

QByteArray renderJson(const FunnelReport &r)
{
    JsonWriter json;
    json.member("from", JsonWriter::date(r.request.period.from));
    json.member("to", JsonWriter::date(r.request.period.to));
    json.member("definition", JsonWriter::string(core::funnelDefinitionKey(r.request.definition)));
    json.member("by", JsonWriter::string(core::funnelMeasureKey(r.request.by)));
    const core::FunnelFilters &filters = r.request.filters;
    if (!filters.owner.isEmpty())
        json.member("owner", JsonWriter::string(filters.owner));
    if (!filters.team.isEmpty())
        json.member("team", JsonWriter::string(filters.team));
    if (!filters.source.isEmpty())
        json.member("source", JsonWriter::string(filters.source));
    if (!filters.productLine.isEmpty())
        json.member("product_line", JsonWriter::string(filters.productLine));
    addJsonStages(json, r);
    json.member("won", JsonWriter::integer(r.winRate.won));
    json.member("lost", JsonWriter::integer(r.winRate.lost));
    json.member("win_rate", JsonWriter::number(r.winRate.rate));
    json.member("cycle_days_median", JsonWriter::number(r.cycle.medianDays));
    json.member("cycle_days_mean", JsonWriter::number(r.cycle.meanDays));
    if (r.bottleneck) {
        json.beginObject("bottleneck");
        json.member("from", JsonWriter::string(core::stage::key(r.bottleneck->from)));
        json.member("to", JsonWriter::string(core::stage::key(r.bottleneck->to)));
        json.member("rate", JsonWriter::number(r.bottleneck->rate));
        json.member("industry_step", JsonWriter::number(r.bottleneck->benchmark));
        json.member("advice", JsonWriter::string(r.bottleneck->advice));
        json.end();
    } else {
        json.member("bottleneck", JsonWriter::null());
    }
    return json.finish();
}

// --- table and CSV ---

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// A bar as long as the share of the cohort, so the rows draw the funnel.
QString bar(double rate)
{
    const int cells = int(std::lround(std::clamp(rate, 0.0, 1.0) * kBarWidth));
    if (cells == 0)
        return rate > 0.0 ? QStringLiteral("▏") : QString();
    return QString(cells, QChar(0x2588));
}

QString periodText(const Period &p)
{
    if (!p.from.isValid() && !p.to.isValid())
        return CliText::tr("all opportunities");
    if (!p.to.isValid())
        return CliText::tr("from %1").arg(p.from.toString(Qt::ISODate));
    if (!p.from.isValid())
        return CliText::tr("up to %1").arg(p.to.toString(Qt::ISODate));
    return CliText::tr("%1 to %2").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
}

void addPipelineTable(TableOutput &out, const FunnelReport &r, bool forPeople)
{
    const bool byAmount = r.request.by == FunnelMeasure::Amount;
    QList<TableOutput::Column> columns{{QStringLiteral("stage"), CliText::tr("Stage")},
                                       {QStringLiteral("reached"), CliText::tr("Reached"), Type::Integer}};
    if (byAmount)
        columns.append({QStringLiteral("amount"), CliText::tr("Amount"), Type::Amount});
    if (forPeople)
        columns.append({QStringLiteral("funnel"), CliText::tr("Funnel")});
    columns.append({{QStringLiteral("cumulative_rate"), CliText::tr("Cumulative"), Type::Ratio},
                    {QStringLiteral("industry"), CliText::tr("Industry"), Type::Ratio},
                    {QStringLiteral("excellent"), CliText::tr("Excellent"), Type::Ratio},
                    {QStringLiteral("step_rate"), CliText::tr("Step"), Type::Ratio},
                    {QStringLiteral("industry_step"), CliText::tr("Industry step"), Type::Ratio},
                    {QStringLiteral("excellent_step"), CliText::tr("Excellent step"), Type::Ratio}});
    const int table
        = out.addTable(QStringLiteral("stages"),
                       byAmount ? CliText::tr("Funnel by amount") : CliText::tr("Funnel by count"), columns);
    for (const StageReach &s : r.pipeline.stages) {
        const double cumulative = byAmount ? s.amountCumulativeRate : s.cumulativeRate;
        QVariantList cells{forPeople ? core::stage::displayName(s.stage) : core::stage::key(s.stage),
                           s.reached};
        if (byAmount)
            cells.append(s.amount);
        if (forPeople)
            cells.append(bar(cumulative));
        cells.append({cumulative, s.industry, s.excellent, optional(byAmount ? s.amountStepRate : s.stepRate),
                      optional(s.industryStep), optional(s.excellentStep)});
        out.addRow(table, cells);
    }
}

void addStageTable(TableOutput &out, const FunnelReport &r, bool forPeople)
{
    const int table
        = out.addTable(QStringLiteral("stages"), CliText::tr("Stage conversion"),
                       {{QStringLiteral("stage"), CliText::tr("Stage")},
                        {QStringLiteral("left"), CliText::tr("Left"), Type::Integer},
                        {QStringLiteral("forward"), CliText::tr("Forward"), Type::Integer},
                        {QStringLiteral("lost"), CliText::tr("Lost"), Type::Integer},
                        {QStringLiteral("backward"), CliText::tr("Back"), Type::Integer},
                        {QStringLiteral("rate"), CliText::tr("Rate"), Type::Ratio},
                        {QStringLiteral("industry_step"), CliText::tr("Industry step"), Type::Ratio},
                        {QStringLiteral("excellent_step"), CliText::tr("Excellent step"), Type::Ratio}});
    for (const StageConversion &s : r.stages) {
        out.addRow(table,
                   {forPeople ? core::stage::displayName(s.stage) : core::stage::key(s.stage), s.left,
                    s.forward, s.lost, s.backward, optional(s.rate), s.industryStep, s.excellentStep});
    }
}

QString bottleneckText(const FunnelReport &r)
{
    if (!r.bottleneck)
        return CliText::tr("Bottleneck: none; no step falls below the industry step rate.") + u'\n';
    const Bottleneck &b = *r.bottleneck;
    return CliText::tr("Bottleneck: %1 → %2, %3 against the industry's %4.")
               .arg(core::stage::displayName(b.from), core::stage::displayName(b.to),
                    TableOutput::cellText(b.rate, {{}, {}, Type::Ratio}),
                    TableOutput::cellText(b.benchmark, {{}, {}, Type::Ratio}))
        + u'\n' + CliText::tr("Advice: %1").arg(b.advice) + u'\n';
}

QByteArray renderTable(const FunnelReport &r)
{
    TableOutput head;
    head.addField(QStringLiteral("period"), CliText::tr("Period"), periodText(r.request.period));
    head.addField(
        QStringLiteral("definition"), CliText::tr("Definition"),
        r.request.definition == FunnelDefinition::Pipeline
            ? CliText::tr("pipeline conversion (of the deals created in the period, the share that reached "
                          "each stage)")
            : CliText::tr("stage conversion (of the deals that left a stage in the period, the share that "
                          "moved forward rather than to lost)"));
    if (!r.request.filters.owner.isEmpty())
        head.addField(QStringLiteral("owner"), CliText::tr("Owner"), r.request.filters.owner);
    if (!r.request.filters.team.isEmpty())
        head.addField(QStringLiteral("team"), CliText::tr("Team"), r.request.filters.team);
    if (!r.request.filters.source.isEmpty())
        head.addField(QStringLiteral("source"), CliText::tr("Source"), r.request.filters.source);
    if (!r.request.filters.productLine.isEmpty())
        head.addField(QStringLiteral("product_line"), CliText::tr("Product line"),
                      r.request.filters.productLine);
    if (r.request.definition == FunnelDefinition::Pipeline) {
        head.addField(QStringLiteral("cohort"), CliText::tr("Opportunities"), r.pipeline.cohort,
                      Type::Integer);
        if (r.request.by == FunnelMeasure::Amount)
            head.addField(QStringLiteral("cohort_amount"), CliText::tr("Amount"), r.pipeline.cohortAmount,
                          Type::Amount);
        addPipelineTable(head, r, true);
    } else {
        addStageTable(head, r, true);
    }

    // Closings in the period: text fields, so each value carries its benchmark or unit.
    const auto ratio = [](const std::optional<double> &value) {
        return value ? TableOutput::cellText(*value, {{}, {}, Type::Ratio}) : QStringLiteral("-");
    };
    const auto days = [](const std::optional<double> &value) {
        return value ? CliText::tr("%1 days").arg(QString::number(*value, 'f', 1)) : QStringLiteral("-");
    };
    TableOutput closings;
    closings.addField(QStringLiteral("won"), CliText::tr("Won"), r.winRate.won, Type::Integer);
    closings.addField(QStringLiteral("lost"), CliText::tr("Lost"), r.winRate.lost, Type::Integer);
    closings.addField(QStringLiteral("win_rate"), CliText::tr("Win rate"),
                      CliText::tr("%1 (B2B average 15–25 %)").arg(ratio(r.winRate.rate)));
    closings.addField(QStringLiteral("cycle"), CliText::tr("Sales cycle"),
                      CliText::tr("median %1, mean %2 (%3 won deals, creation to won)")
                          .arg(days(r.cycle.medianDays), days(r.cycle.meanDays))
                          .arg(r.cycle.deals));

    return head.render(TableOutput::Format::Table) + '\n' + closings.render(TableOutput::Format::Table) + '\n'
        + bottleneckText(r).toUtf8();
}

QByteArray renderCsv(const FunnelReport &r)
{
    TableOutput out;
    if (r.request.definition == FunnelDefinition::Pipeline)
        addPipelineTable(out, r, false);
    else
        addStageTable(out, r, false);
    const int summary = out.addTable(QStringLiteral("summary"), {},
                                     {{QStringLiteral("from"), {}},
                                      {QStringLiteral("to"), {}},
                                      {QStringLiteral("definition"), {}},
                                      {QStringLiteral("by"), {}},
                                      {QStringLiteral("won"), {}, Type::Integer},
                                      {QStringLiteral("lost"), {}, Type::Integer},
                                      {QStringLiteral("win_rate"), {}, Type::Ratio},
                                      {QStringLiteral("cycle_days_median"), {}, Type::Decimal, 1},
                                      {QStringLiteral("cycle_days_mean"), {}, Type::Decimal, 2},
                                      {QStringLiteral("bottleneck_from"), {}},
                                      {QStringLiteral("bottleneck_to"), {}},
                                      {QStringLiteral("bottleneck_advice"), {}}});
    const auto date
        = [](const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
    const auto stageOf = [&r](bool from) {
        return r.bottleneck ? QVariant(core::stage::key(from ? r.bottleneck->from : r.bottleneck->to))
                            : QVariant();
    };
    out.addRow(summary,
               {date(r.request.period.from), date(r.request.period.to),
                core::funnelDefinitionKey(r.request.definition), core::funnelMeasureKey(r.request.by),
                r.winRate.won, r.winRate.lost, optional(r.winRate.rate), optional(r.cycle.medianDays),
                optional(r.cycle.meanDays), stageOf(true), stageOf(false),
                r.bottleneck ? QVariant(r.bottleneck->advice) : QVariant()});
    return out.render(TableOutput::Format::Csv);
}

} // namespace

int funnel(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("funnel"),
        CliText::tr("The sales funnel: how many opportunities reached each stage, cumulative and step rates "
                    "beside the industry-average and excellent benchmarks, win rate and sales cycle of the "
                    "deals closed in the period, and the bottleneck step with the handbook's advice. The "
                    "period bounds the creation date of the cohort and the close date of won and lost deals; "
                    "without --from and --to the funnel covers all opportunities."));
    QCommandLineParser &parser = cmd.parser();
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CliText::tr("First day of the period (default: all opportunities)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliText::tr("Last day of the period (default: all opportunities)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption ownerOption(
        QStringLiteral("owner"), CliText::tr("Only the opportunities of this sales rep (code or id)."),
        QStringLiteral("REP"));
    const QCommandLineOption definitionOption(
        QStringLiteral("definition"),
        CliText::tr(
            "pipeline (default: of the deals created in the period, the share that reached each stage) or "
            "stage (of the deals that left a stage in the period, the share that moved forward)."),
        QStringLiteral("DEFINITION"), QStringLiteral("pipeline"));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        CliText::tr("count (default) or amount: rates by number of deals or by their "
                    "amounts (pipeline definition only)."),
        QStringLiteral("MEASURE"), QStringLiteral("count"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        CliText::tr("Only the opportunities of this team's sales reps, sub-teams included (code or id)."),
        QStringLiteral("TEAM"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          CliText::tr("Only the opportunities from this lead source."),
                                          QStringLiteral("SOURCE"));
    const QCommandLineOption productLineOption(
        QStringLiteral("product-line"),
        CliText::tr("Only the opportunities whose products needed name a product of this product line "
                    "(by product name or SKU)."),
        QStringLiteral("LINE"));
    parser.addOptions({fromOption, toOption, ownerOption, teamOption, sourceOption, productLineOption,
                       definitionOption, byOption});
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;

    core::FunnelReportRequest request;
    for (const auto &[option, date] :
         {std::pair{&fromOption, &request.period.from}, std::pair{&toOption, &request.period.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option).trimmed(), Qt::ISODate);
        if (!date->isValid())
            return cmd.usageError(
                CliText::tr("The date must be YYYY-MM-DD, not '%1'.").arg(parser.value(*option)));
    }
    if (request.period.from.isValid() && request.period.to.isValid()
        && request.period.from > request.period.to)
        return cmd.usageError(
            CliText::tr("The period starts (%1) after it ends (%2).")
                .arg(request.period.from.toString(Qt::ISODate), request.period.to.toString(Qt::ISODate)));
    if (parser.isSet(ownerOption)) {
        request.filters.owner = parser.value(ownerOption).trimmed();
        if (request.filters.owner.isEmpty())
            return cmd.usageError(CliText::tr("--owner needs a sales rep's code or id."));
    }
    if (parser.isSet(teamOption)) {
        request.filters.team = parser.value(teamOption).trimmed();
        if (request.filters.team.isEmpty())
            return cmd.usageError(CliText::tr("--team needs a team's code or id."));
    }
    if (parser.isSet(sourceOption)) {
        request.filters.source = parser.value(sourceOption).trimmed();
        if (request.filters.source.isEmpty())
            return cmd.usageError(CliText::tr("--source needs a lead source."));
    }
    if (parser.isSet(productLineOption)) {
        request.filters.productLine = parser.value(productLineOption).trimmed();
        if (request.filters.productLine.isEmpty())
            return cmd.usageError(CliText::tr("--product-line needs a product line."));
    }
    const QString definition = parser.value(definitionOption).trimmed().toLower();
    if (definition == QLatin1String("stage"))
        request.definition = FunnelDefinition::Stage;
    else if (definition != QLatin1String("pipeline"))
        return cmd.usageError(CliText::tr("Unknown definition '%1'; use pipeline or stage.")
                                  .arg(parser.value(definitionOption)));
    const QString by = parser.value(byOption).trimmed().toLower();
    if (by == QLatin1String("amount"))
        request.by = FunnelMeasure::Amount;
    else if (by != QLatin1String("count"))
        return cmd.usageError(
            CliText::tr("Unknown measure '%1'; use count or amount.").arg(parser.value(byOption)));
    if (request.definition == FunnelDefinition::Stage && request.by == FunnelMeasure::Amount)
        return cmd.usageError(
            CliText::tr("--by amount needs the pipeline definition; stage conversion counts deals."));

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    // An unknown owner, team or product line is a core::Error of kind Usage: the
    // dispatcher prints it and exits 1.
    const FunnelReport report = core::funnelReport(*db, request);
    switch (cmd.format().value_or(TableOutput::Format::Table)) {
    case TableOutput::Format::Json:
        console::outBytes(renderJson(report));
        break;
    case TableOutput::Format::Csv:
        console::outBytes(renderCsv(report));
        break;
    case TableOutput::Format::Table:
        console::outBytes(renderTable(report));
        break;
    }
    return 0;
}

} // namespace sb::cli::commands
