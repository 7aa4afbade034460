// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/demo/demogenerator.h"

#include <QDate>

#include <algorithm>

namespace sb::cli::commands {

namespace {

// Progress on stderr: one redrawn line on a terminal, otherwise a line every 10 %
// so that logs stay short.
class ProgressPrinter final
{
public:
    ProgressPrinter() : m_terminal(console::stderrIsTerminal()) { }

    bool operator()(qint64 done, qint64 total)
    {
        if (total <= 0)
            return true;
        const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
        const int step = m_terminal ? 1 : 10;
        if (percent / step == m_shown / step)
            return true;
        m_shown = percent;
        const QString text = CliText::tr("Generating demo data: %1%").arg(percent);
        console::err(m_terminal ? QString(u'\r' + text) : QString(text + u'\n'));
        return true;
    }

    void finish() const
    {
        if (m_terminal && m_shown >= 0)
            console::err(QStringLiteral("\n"));
    }

private:
    bool m_terminal;
    int m_shown = -1;
};

} // namespace

int demo(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("demo"),
        CliText::tr("Fills an empty workspace with realistic, deterministic demo data: the same seed "
                    "and date give the same data."));
    QCommandLineParser &parser = cmd.parser();
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        CliText::tr("Random seed (default 20250301)."), QStringLiteral("N"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        CliText::tr(
            "small (about 300 customers), medium (5 000), large (50 000), or N-orders for N order lines."),
        QStringLiteral("SCALE"), QStringLiteral("small"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"), CliText::tr("The date the data is generated up to (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({seedOption, scaleOption, todayOption});
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;

    core::DemoOptions options;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return cmd.usageError(
                CliText::tr("The seed must be a whole number, not '%1'.").arg(parser.value(seedOption)));
    }
    options.scale = parser.value(scaleOption).trimmed().toLower();
    if (!core::isValidDemoScale(options.scale))
        return cmd.usageError(CliText::tr("Unknown scale '%1'; use small, medium, large or N-orders.")
                                  .arg(parser.value(scaleOption)));
    if (parser.isSet(todayOption)) {
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!options.today.isValid())
            return cmd.usageError(
                CliText::tr("The date must be YYYY-MM-DD, not '%1'.").arg(parser.value(todayOption)));
    }

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);
    ProgressPrinter progress;
    const core::DemoSummary summary = core::generateDemo(
        *db, options, [&progress](qint64 done, qint64 total) { return progress(done, total); });
    progress.finish();

    using Type = core::TableOutput::Type;
    core::TableOutput output;
    output.addField(QStringLiteral("seed"), CliText::tr("Seed"), QString::number(options.seed));
    output.addField(QStringLiteral("scale"), CliText::tr("Scale"), options.scale);
    output.addField(QStringLiteral("today"), CliText::tr("Today"), options.today.toString(Qt::ISODate));
    output.addField(QStringLiteral("customers"), CliText::tr("Customers"), summary.customers, Type::Integer);
    output.addField(QStringLiteral("opportunities"), CliText::tr("Opportunities"), summary.opportunities,
                    Type::Integer);
    output.addField(QStringLiteral("orders"), CliText::tr("Orders"), summary.orders, Type::Integer);
    output.addField(QStringLiteral("order_lines"), CliText::tr("Order lines"), summary.orderLines,
                    Type::Integer);
    output.addField(QStringLiteral("tickets"), CliText::tr("Tickets"), summary.tickets, Type::Integer);
    console::outBytes(output.render(cmd.format().value_or(core::TableOutput::Format::Table)));
    return 0;
}

} // namespace sb::cli::commands
