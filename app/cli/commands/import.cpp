// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/domain/error.h"
#include "core/exchange/importer.h"
#include "core/exchange/importfields.h"
#include "core/exchange/importmapping.h"
#include "core/exchange/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace sb::cli::commands {

namespace {

using core::TableOutput;
using Type = TableOutput::Type;

constexpr qsizetype kPlanRowsInTable = 50;
constexpr qsizetype kProblemLinesShown = 20;

QString nativeAbsolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return delimiter.isNull() ? QString() : QString(delimiter);
}

QString actionKey(core::RowAction action)
{
    switch (action) {
    case core::RowAction::Insert:
        return QStringLiteral("insert");
    case core::RowAction::Update:
        return QStringLiteral("update");
    case core::RowAction::Unchanged:
        return QStringLiteral("unchanged");
    case core::RowAction::Skip:
        return QStringLiteral("skip");
    case core::RowAction::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool isProblem(const core::RowOutcome &outcome)
{
    return outcome.action == core::RowAction::Error || outcome.action == core::RowAction::Skip;
}

// "row 12, column 3 (amount): message" — the form scripts and people grep for.
QString problemLine(const core::RowOutcome &o)
{
    QString where = o.column > 0 ? CliText::tr("row %1, column %2").arg(o.row).arg(o.column)
                                 : CliText::tr("row %1").arg(o.row);
    if (!o.field.isEmpty())
        where += QStringLiteral(" (%1)").arg(o.field);
    return where + QStringLiteral(": ") + o.message;
}

QString changesText(const core::RowOutcome &o)
{
    QStringList parts;
    for (const core::AuditChange &c : o.changes)
        parts.append(c.field + QStringLiteral(": ") + c.oldValue.value_or(QString()) + QStringLiteral(" → ")
                     + c.newValue.value_or(QString()));
    return parts.join(QStringLiteral("; "));
}

// The report written when bad rows were met and no --report was asked for:
// <workspace dir>/imports/<timestamp>-<entity>-report.csv.
QString automaticReportPath(const QString &workspace, const QString &entity)
{
    const QDir dir(QFileInfo(workspace).absoluteDir().filePath(QStringLiteral("imports")));
    // Reports hold the values of the rows: private folder, private files.
    if (!core::privatefiles::makePrivateDir(dir.path()))
        throw core::Error(
            core::Error::Kind::Database,
            CliText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path())));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = dir.filePath(stamp + u'-' + entity + QStringLiteral("-report.csv"));
    // Two imports within a second must not overwrite each other's report.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(stamp + u'-' + entity + QStringLiteral("-report-%1.csv").arg(n));
    return path;
}

// Progress on a terminal only: logs and pipes stay free of redraw characters.
class Progress final
{
public:
    Progress() : m_enabled(console::stderrIsTerminal()) { }
    bool operator()(qint64 done, qint64 total)
    {
        if (!m_enabled || total <= 0)
            return true;
        const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
        if (percent != m_shown) {
            m_shown = percent;
            console::err(u'\r' + CliText::tr("Reading: %1%").arg(percent));
        }
        return true;
    }
    ~Progress()
    {
        if (m_enabled && m_shown >= 0)
            console::err(QStringLiteral("\n"));
    }
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

private:
    bool m_enabled;
    int m_shown = -1;
};

struct Parsed
{
    core::ImportOptions options;
    QString file;
};

// Reads the options into ImportOptions; returns an exit code on a usage error.
std::optional<int> readOptions(CommandLine &cmd, Parsed &parsed)
{
    QCommandLineParser &parser = cmd.parser();
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)).trimmed(); };
    core::ImportOptions &options = parsed.options;
    options.entity = cmd.positional().at(0);
    parsed.file = cmd.positional().at(1);
    if (!core::importfields::entities().contains(options.entity))
        return cmd.usageError(
            CliText::tr("Unknown entity '%1'; one of: %2.")
                .arg(options.entity, core::importfields::entities().join(QStringLiteral(", "))));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.backup = !parser.isSet(QStringLiteral("no-backup"));

    const QString encoding = value("encoding").toLower();
    if (!encoding.isEmpty() && encoding != u"auto") {
        options.encoding = core::textencoding::fromName(encoding);
        if (!options.encoding)
            return cmd.usageError(
                CliText::tr(
                    "Unknown encoding '%1'; use auto, utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or "
                    "windows-1252.")
                    .arg(value("encoding")));
    }
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == u"tab" || delimiter == u"\\t" || delimiter == u"\t")
        options.delimiter = u'\t';
    else if (delimiter.size() == 1 && delimiter != u"\"" && !delimiter.front().isLetterOrNumber())
        options.delimiter = delimiter.front();
    else if (!delimiter.isEmpty() && delimiter != u"auto")
        return cmd.usageError(
            CliText::tr("Unknown delimiter '%1'; use auto, ',', ';', '|' or tab.").arg(delimiter));

    if (parser.isSet(QStringLiteral("mapping")))
        options.mapping = core::ImportMapping::load(value("mapping"), options.entity);
    const QString onError = value("on-error").toLower();
    if (onError == u"skip")
        options.onError = core::OnError::Skip;
    else if (onError != u"abort")
        return cmd.usageError(
            CliText::tr("--on-error takes abort or skip, not '%1'.").arg(value("on-error")));
    options.reportPath = value("report");

    for (const QString &item : value("create-missing").split(u',', Qt::SkipEmptyParts)) {
        const QString name = item.trimmed().toLower();
        if (name != u"customers" && name != u"products")
            return cmd.usageError(
                CliText::tr("--create-missing takes customers and/or products, not '%1'.").arg(item));
        options.createMissing.append(name);
    }
    if (!options.createMissing.isEmpty() && options.entity != u"order-lines")
        return cmd.usageError(CliText::tr("--create-missing applies to order-lines imports only."));

    const QString dateOrder = value("date-order").toLower();
    if (dateOrder == u"dmy")
        options.dateOrder = core::parse::DateOrder::DayFirst;
    else if (dateOrder == u"mdy")
        options.dateOrder = core::parse::DateOrder::MonthFirst;
    else if (!dateOrder.isEmpty())
        return cmd.usageError(
            CliText::tr("--date-order takes dmy or mdy, not '%1'.").arg(value("date-order")));
    return std::nullopt;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ENTITY"),
                                 CliText::tr("What the file holds: %1.")
                                     .arg(core::importfields::entities().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The CSV file to read."));
    parser.addOptions({
        {QStringLiteral("dry-run"), CliText::tr("Check the file and show what would change; write nothing.")},
        {QStringLiteral("encoding"),
         CliText::tr("auto (default), utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or windows-1252."),
         QStringLiteral("ENCODING"), QStringLiteral("auto")},
        {QStringLiteral("delimiter"), CliText::tr("auto (default), ',', ';', '|' or tab."),
         QStringLiteral("CHAR"), QStringLiteral("auto")},
        {QStringLiteral("mapping"), CliText::tr("A JSON mapping of file columns to fields (see the manual)."),
         QStringLiteral("FILE")},
        {QStringLiteral("on-error"),
         CliText::tr(
             "abort (default): any bad row and nothing is written; skip: write the good rows and list "
             "the bad ones in the report."),
         QStringLiteral("MODE"), QStringLiteral("abort")},
        {QStringLiteral("report"),
         CliText::tr("Write a CSV report of every row's outcome here. Without it, a run with bad rows writes "
                     "one into the 'imports' folder beside the workspace."),
         QStringLiteral("FILE")},
        {QStringLiteral("create-missing"),
         CliText::tr("order-lines: create the customers and/or products the file names that do not exist."),
         QStringLiteral("customers,products")},
        {QStringLiteral("date-order"),
         CliText::tr("How to read slash dates like 3/4/2025: dmy or mdy (default: "
                     "settled from the file)."),
         QStringLiteral("ORDER")},
        {QStringLiteral("no-backup"), CliText::tr("Do not back up the workspace before writing.")},
    });
}

TableOutput summaryOutput(const core::ImportResult &r, bool dryRun, const QString &file,
                          const QString &reportPath, const QString &verdict)
{
    TableOutput output;
    output.addField(QStringLiteral("entity"), CliText::tr("Entity"), r.entity);
    output.addField(QStringLiteral("file"), CliText::tr("File"), nativeAbsolute(file));
    output.addField(QStringLiteral("encoding"), CliText::tr("Encoding"),
                    core::textencoding::name(r.encoding));
    output.addField(QStringLiteral("delimiter"), CliText::tr("Delimiter"), delimiterName(r.delimiter));
    output.addField(QStringLiteral("rows"), CliText::tr("Rows"), r.rows, Type::Integer);
    output.addField(QStringLiteral("inserted"), CliText::tr("Inserted"), r.inserted, Type::Integer);
    output.addField(QStringLiteral("updated"), CliText::tr("Updated"), r.updated, Type::Integer);
    output.addField(QStringLiteral("unchanged"), CliText::tr("Unchanged"), r.unchanged, Type::Integer);
    output.addField(QStringLiteral("skipped"), CliText::tr("Skipped"), r.skipped, Type::Integer);
    output.addField(QStringLiteral("errors"), CliText::tr("Errors"), r.errors, Type::Integer);
    output.addJsonField(QStringLiteral("dry_run"), dryRun, CliText::tr("Dry run"),
                        dryRun ? CliText::tr("yes") : CliText::tr("no"));
    output.addJsonField(QStringLiteral("committed"), r.committed, CliText::tr("Written"),
                        r.committed ? CliText::tr("yes") : CliText::tr("no"));
    output.addField(QStringLiteral("result"), CliText::tr("Result"), verdict);
    if (!r.backupPath.isEmpty())
        output.addField(QStringLiteral("backup"), CliText::tr("Backup"),
                        QDir::toNativeSeparators(r.backupPath));
    if (!reportPath.isEmpty())
        output.addField(QStringLiteral("report"), CliText::tr("Report"), nativeAbsolute(reportPath));
    return output;
}

} // namespace

int importData(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("import"),
        CliText::tr("Imports a CSV file into the workspace in one transaction. Columns are matched to "
                    "fields by their English or Chinese names, or by --mapping. Records are matched by "
                    "their code: existing ones are updated, new ones inserted. The workspace is backed up "
                    "first, and 'undo-import' takes the last import back. Exit code 2: rows were refused "
                    "and nothing was written."),
        QStringLiteral("ENTITY FILE"));
    addOptions(cmd.parser());
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 2, 2))
        return *exit;
    Parsed parsed;
    if (const auto exit = readOptions(cmd, parsed))
        return *exit;
    const core::ImportOptions &options = parsed.options;

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);
    core::ImportResult result;
    {
        Progress progress;
        result = core::runImport(*db, parsed.file, options,
                                 [&progress](qint64 done, qint64 total) { return progress(done, total); });
    }

    const qint64 problems = result.errors + result.skipped;
    QString reportPath = options.reportPath;
    if (reportPath.isEmpty() && problems > 0 && !options.dryRun) {
        reportPath = automaticReportPath(db->path(), options.entity);
        core::writeImportReport(result, reportPath);
    }

    int exitCode = 0;
    QString verdict;
    if (options.dryRun) {
        const bool refused = result.errors > 0 && options.onError == core::OnError::Abort;
        exitCode = refused ? 2 : 0;
        verdict = refused
            ? CliText::tr("Dry run: the import would be refused (%n bad row(s)); nothing was written.",
                          nullptr, int(result.errors))
            : CliText::tr("Dry run: nothing was written.");
    } else if (result.committed) {
        verdict = problems > 0
            ? CliText::tr("Imported; %n bad row(s) skipped (see the report).", nullptr, int(problems))
            : CliText::tr("Imported.");
    } else {
        exitCode = 2;
        verdict = CliText::tr("Nothing was written: %n row(s) refused.", nullptr, int(problems));
    }

    TableOutput output = summaryOutput(result, options.dryRun, parsed.file, reportPath, verdict);
    const TableOutput::Format format = cmd.format().value_or(TableOutput::Format::Table);
    const bool table = format == TableOutput::Format::Table;
    if (options.dryRun) {
        const int plan = output.addTable(QStringLiteral("plan"), CliText::tr("Plan"),
                                         {{QStringLiteral("row"), CliText::tr("Row"), Type::Integer},
                                          {QStringLiteral("action"), CliText::tr("Action")},
                                          {QStringLiteral("key"), CliText::tr("Key")},
                                          {QStringLiteral("changes"), CliText::tr("Changes")}});
        qsizetype shown = 0;
        for (const core::RowOutcome &o : std::as_const(result.details)) {
            if (table && shown == kPlanRowsInTable)
                break;
            ++shown;
            output.addRow(plan,
                          {o.row, actionKey(o.action), o.key,
                           isProblem(o) ? QVariant(o.message) : QVariant(changesText(o))});
        }
        if (table && shown < result.rows)
            output.addField(QStringLiteral("plan_note"), CliText::tr("Plan"),
                            CliText::tr("the first %1 of %2 rows; --format json or csv lists more")
                                .arg(shown)
                                .arg(result.rows));
    }
    if (!table) {
        const int list = output.addTable(QStringLiteral("problems"), CliText::tr("Problems"),
                                         {{QStringLiteral("row"), CliText::tr("Row"), Type::Integer},
                                          {QStringLiteral("column"), CliText::tr("Column"), Type::Integer},
                                          {QStringLiteral("field"), CliText::tr("Field")},
                                          {QStringLiteral("message"), CliText::tr("Message")}});
        for (const core::RowOutcome &o : std::as_const(result.details)) {
            if (isProblem(o))
                output.addRow(list,
                              {o.row, o.column > 0 ? QVariant(o.column) : QVariant(), o.field, o.message});
        }
    }
    console::outBytes(output.render(format));

    if (table && problems > 0) {
        QString lines = u'\n' + CliText::tr("Problems:") + u'\n';
        qsizetype shown = 0;
        for (const core::RowOutcome &o : std::as_const(result.details)) {
            if (!isProblem(o))
                continue;
            if (shown == kProblemLinesShown)
                break;
            lines += problemLine(o) + u'\n';
            ++shown;
        }
        if (problems > shown)
            lines += (reportPath.isEmpty()
                          ? CliText::tr("… and %1 more; run with --report FILE to list them all.")
                          : CliText::tr("… and %1 more; see the report."))
                         .arg(problems - shown)
                + u'\n';
        console::out(lines);
    }
    if (exitCode == 2)
        console::error(verdict);
    return exitCode;
}

int importLog(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("import-log"),
        CliText::tr("Shows the last import: when, what, from which file, and whether it was undone."));
    cmd.addFormatOption();
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;
    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    const auto run = core::lastImport(*db);
    if (!run) {
        console::out(CliText::tr("No import has been recorded in this workspace.") + u'\n');
        return 0;
    }
    TableOutput output;
    output.addField(QStringLiteral("seq"), CliText::tr("Import"), run->seq, Type::Integer);
    output.addField(QStringLiteral("started_at"), CliText::tr("Started"), run->startedAt);
    output.addField(QStringLiteral("entity"), CliText::tr("Entity"), run->entity);
    output.addField(QStringLiteral("file"), CliText::tr("File"), run->fileName);
    output.addField(QStringLiteral("inserted"), CliText::tr("Inserted"), run->inserted, Type::Integer);
    output.addField(QStringLiteral("updated"), CliText::tr("Updated"), run->updated, Type::Integer);
    output.addJsonField(QStringLiteral("undone"), run->undone, CliText::tr("Undone"),
                        run->undone ? CliText::tr("yes") : CliText::tr("no"));
    console::outBytes(output.render(cmd.format().value_or(TableOutput::Format::Table)));
    return 0;
}

int undoImport(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("undo-import"),
        CliText::tr("Undoes the latest import not yet undone, in one transaction: records it created are "
                    "deleted (sync carries the deletion to other offices), records it updated get their "
                    "previous values back. Run it again to undo the import before. Refused (exit code 2, "
                    "nothing changed) when records it wrote were changed or used since, with the list; "
                    "--force then undoes the rest and leaves those as they are."));
    cmd.parser().addOption({QStringLiteral("force"),
                            CliText::tr("Undo what can be undone; leave records changed or used since the "
                                        "import as they are (they are listed).")});
    if (const auto exit = cmd.parse(arguments, 0, 0))
        return *exit;
    const auto db = cmd.openWorkspace(core::Database::Mode::ReadWrite);
    core::UndoImportOptions options;
    options.force = cmd.parser().isSet(QStringLiteral("force"));
    const core::UndoImportResult result = core::undoLastImport(*db, options);
    const core::ImportRun &run = result.run;
    console::out(
        CliText::tr("Undid import %1 of %2 from %3 (started %4): %5 inserted row(s) deleted, %6 updated "
                    "row(s) restored.")
            .arg(run.seq)
            .arg(run.entity, run.fileName, run.startedAt)
            .arg(result.removed)
            .arg(result.restored)
        + u'\n');
    if (!result.kept.isEmpty()) {
        console::out(CliText::tr("Left as they are, because they changed or were used after the import:")
                     + u'\n');
        for (const core::UndoKeptRecord &record : result.kept)
            console::out(QStringLiteral("  ") + record.text() + u'\n');
    }
    return 0;
}

} // namespace sb::cli::commands
