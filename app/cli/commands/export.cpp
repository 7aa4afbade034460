// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/commands/commands.h"
#include "app/cli/console.h"
#include "core/domain/error.h"
#include "core/exchange/exporter.h"
#include "core/exchange/privatefiles.h"

#include <QDir>
#include <QFileInfo>

#include <climits>

namespace sb::cli::commands {

namespace {

QString nativeAbsolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

int exportData(const CommandContext &context, const QStringList &arguments)
{
    CommandLine cmd(
        context, QStringLiteral("export"),
        CliText::tr("Writes one entity to a CSV or XLSX file: English snake_case headers, references by "
                    "code, amounts with two decimals, ISO dates. 'export all DIR' writes one file per "
                    "entity into DIR. Entities: %1.")
            .arg(core::exportableEntities().join(QStringLiteral(", "))),
        QStringLiteral("ENTITY FILE"));
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("ENTITY"), CliText::tr("What to export, or 'all'."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("The file to write (a folder for 'all')."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), CliText::tr("csv or xlsx (default: from the file's extension, else csv)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        CliText::tr("CSV text encoding: utf-8-bom (default; spreadsheets recognise it), utf-8 or gb18030."),
        QStringLiteral("ENCODING"), QStringLiteral("utf-8-bom"));
    const QCommandLineOption maskOption(
        QStringLiteral("mask"), CliText::tr("Mask personal data: phone numbers, people's names, e-mail."));
    parser.addOptions({formatOption, encodingOption, maskOption});
    if (const auto exit = cmd.parse(arguments, 2, 2))
        return *exit;
    const QString entity = cmd.positional().at(0);
    const QString target = cmd.positional().at(1);
    const bool all = entity == u"all";
    if (!all && !core::exportableEntities().contains(entity))
        return cmd.usageError(CliText::tr("Unknown entity '%1'; one of: %2, or all.")
                                  .arg(entity, core::exportableEntities().join(QStringLiteral(", "))));

    core::ExportOptions options;
    options.maskPersonalData = parser.isSet(maskOption);
    const auto encoding = core::CsvWriter::encodingFromName(parser.value(encodingOption).trimmed().toLower());
    if (!encoding)
        return cmd.usageError(CliText::tr("Unknown encoding '%1'; use utf-8-bom, utf-8 or gb18030.")
                                  .arg(parser.value(encodingOption)));
    options.encoding = *encoding;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption).trimmed().toLower();
        if (name != u"csv" && name != u"xlsx")
            return cmd.usageError(
                CliText::tr("Unknown format '%1'; use csv or xlsx.").arg(parser.value(formatOption)));
        options.format
            = name == u"xlsx" ? core::ExportOptions::Format::Xlsx : core::ExportOptions::Format::Csv;
    } else if (!all && target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        options.format = core::ExportOptions::Format::Xlsx;
    }
    if (options.format == core::ExportOptions::Format::Xlsx && parser.isSet(encodingOption))
        return cmd.usageError(CliText::tr("--encoding applies to CSV only; XLSX files are always Unicode."));

    const auto db = cmd.openWorkspace(core::Database::Mode::ReadOnly);
    if (!all) {
        const qint64 rows = core::exportEntity(*db, entity, target, options);
        console::out(CliText::tr("Exported %n row(s) of %1 to %2.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                         .arg(entity, nativeAbsolute(target))
                     + u'\n');
        return 0;
    }

    // The folder holds personal data like its files: folders made for it are owner-only.
    if (QString reason; !core::privatefiles::makePrivateDir(target, &reason))
        throw core::Error(core::Error::Kind::Database,
                          CliText::tr("Cannot create the folder %1: %2").arg(nativeAbsolute(target), reason));
    const QString suffix = options.format == core::ExportOptions::Format::Xlsx ? QStringLiteral(".xlsx")
                                                                               : QStringLiteral(".csv");
    qint64 total = 0;
    const QStringList entities = core::exportableEntities();
    for (const QString &name : entities) {
        const QString file = QDir(target).filePath(name + suffix);
        const qint64 rows = core::exportEntity(*db, name, file, options);
        total += rows;
        console::out(
            QStringLiteral("%1  %2  %3\n").arg(name, -14).arg(rows, 9).arg(QDir::toNativeSeparators(file)));
    }
    console::out(CliText::tr("Exported %1 row(s) of %2 entities to %3.")
                     .arg(total)
                     .arg(entities.size())
                     .arg(nativeAbsolute(target))
                 + u'\n');
    return 0;
}

} // namespace sb::cli::commands
