// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importer.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/entityimport.h"
#include "core/exchange/importfields.h"
#include "core/exchange/rowreader.h"
#include "core/storage/database.h"
#include "core/storage/importrunstore.h"
#include "core/storage/sqlite/sqlitebulkmode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

constexpr int KeptImportBackups = 5;

QChar delimiterFrom(const QString &name)
{
    if (name.isEmpty() || name == u"auto")
        return {};
    if (name == u"tab" || name == u"\\t")
        return u'\t';
    return name.front();
}

// Where each file column goes, worked out once from the header row.
std::shared_ptr<const RowLayout> planColumns(const QStringList &headers, const ImportMapping &mapping,
                                             const QString &entity)
{
    auto layout = std::make_shared<RowLayout>();
    layout->slotsByColumn.resize(headers.size());
    QSet<QString> mapped;
    for (const auto &[source, fields] : mapping.columns) {
        const qsizetype index = headers.indexOf(source.trimmed());
        if (index < 0)
            throw Error(
                Error::Kind::Data,
                ImportText::tr(
                    "The mapping names column \"%1\", which the file does not have (its columns: %2).")
                    .arg(source, headers.join(QStringLiteral(", "))));
        for (const QString &f : fields) {
            layout->slotsByColumn[index].append(layout->add(f));
            mapped.insert(f);
        }
    }
    for (auto it = mapping.constants.cbegin(); it != mapping.constants.cend(); ++it)
        layout->constants.append({layout->add(it.key()), it.value()});
    for (const ImportField &field : importfields::forEntity(entity)) {
        if (field.required && !mapped.contains(field.name) && !mapping.constants.contains(field.name))
            throw Error(Error::Kind::Data,
                        ImportText::tr(
                            "The file has no column for the required field \"%1\" of %2 (its columns: %3). "
                            "Rename the column or map it.")
                            .arg(field.name, entity, headers.join(QStringLiteral(", "))));
    }
    return layout;
}

QStringList dateFields(const QString &entity)
{
    QStringList names;
    for (const ImportField &field : importfields::forEntity(entity)) {
        if (field.type == FieldType::Date || field.type == FieldType::DateTime)
            names.append(field.name);
    }
    return names;
}

QString backupFor(const Database &db)
{
    const QFileInfo info(db.path());
    QDir dir(info.absolutePath() + QStringLiteral("/backups"));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = dir.filePath(info.completeBaseName() + QStringLiteral("-before-import-") + stamp
                                      + QStringLiteral(".salesbench"));
    db.backupTo(path);
    // Keep the newest few: backups of large workspaces are large.
    const QStringList old
        = dir.entryList({info.completeBaseName() + QStringLiteral("-before-import-*.salesbench")},
                        QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = KeptImportBackups; i < old.size(); ++i)
        dir.remove(old[i]);
    return path;
}

struct Attempt
{
    ImportResult result;
    bool ambiguousDates = false;
    parse::DateOrder settledOrder = parse::DateOrder::Unknown;
};

Attempt attempt(Database &db, QFile &file, const ImportOptions &options, TextEncoding encoding,
                QChar delimiter, parse::DateOrder order, const ImportProgress &progress, bool commitWanted)
{
    Attempt a;
    ImportResult &r = a.result;
    r.entity = options.entity;
    r.encoding = encoding;
    r.dateOrder = order;
    file.seek(0);
    CsvReader reader(file, encoding, delimiter);
    if (!reader.next(r.headers)) {
        if (const auto issue = reader.error())
            throw Error(Error::Kind::Data,
                        ImportText::tr("Row %1, column %2: %3")
                            .arg(issue->row)
                            .arg(issue->column)
                            .arg(issue->message));
        throw Error(Error::Kind::Data, ImportText::tr("The file is empty: it has no header row."));
    }
    r.delimiter = reader.delimiter();
    for (QString &h : r.headers)
        h = h.trimmed();
    r.mapping = options.mapping ? *options.mapping : ImportMapping::suggest(options.entity, r.headers);
    const auto layout = planColumns(r.headers, r.mapping, options.entity);

    Database::Transaction tx(db);
    const qint64 runSeq = importlog::startRun(db, options.entity, QFileInfo(file.fileName()).fileName());

    ImportContext context(db, options, runSeq);
    const bool rowSavepoints = options.onError == OnError::Skip;
    std::optional<ImportRowSavepoint> savepoint;
    if (rowSavepoints)
        savepoint.emplace(db);
    context.dateOrder = order;
    const auto importer = EntityImporter::create(options.entity);
    const qint64 fileSize = file.size();
    // Records are read and mapped on a second thread while this one writes.
    RowReader rows(reader, layout, r.mapping, r.headers.size(), dateFields(options.entity));
    ReadRow read;
    while (rows.next(read)) {
        ++r.rows;
        const RowInput &row = read.input;
        RowOutcome outcome;
        outcome.row = row.row;
        if (read.fieldCount != r.headers.size()) {
            outcome.action = RowAction::Error;
            outcome.column = int(qMin(read.fieldCount, r.headers.size())) + 1;
            outcome.message = ImportText::tr("This row has %1 fields but the header has %2.")
                                  .arg(read.fieldCount)
                                  .arg(r.headers.size());
        } else {
            importer->beforeRow(row, context);
            // With skip, each row is its own savepoint: a refused row leaves nothing half-written.
            if (rowSavepoints)
                savepoint->begin();
            context.keepDetails = r.details.size() < ImportResult::DetailLimit;
            try {
                outcome = importer->apply(row, context);
            } catch (const Error &e) {
                if (e.kind() != Error::Kind::Data)
                    throw;
                outcome.row = row.row;
                outcome.action = RowAction::Error;
                outcome.message = e.message();
            }
            if (rowSavepoints) {
                if (outcome.action == RowAction::Error)
                    savepoint->rollback();
                savepoint->release();
            }
            outcome.row = row.row;
        }
        switch (outcome.action) {
        case RowAction::Insert:
            ++r.inserted;
            break;
        case RowAction::Update:
            ++r.updated;
            break;
        case RowAction::Unchanged:
            ++r.unchanged;
            break;
        case RowAction::Skip:
            ++r.skipped;
            break;
        case RowAction::Error:
            ++r.errors;
            break;
        }
        a.ambiguousDates = a.ambiguousDates || outcome.ambiguousDate;
        const bool problem = outcome.action == RowAction::Error || outcome.action == RowAction::Skip;
        if (problem || r.details.size() < ImportResult::DetailLimit)
            r.details.append(outcome);
        if (progress && r.rows % 2000 == 0 && !progress(read.bytesRead, fileSize))
            throw Error(Error::Kind::Data, ImportText::tr("The import was cancelled; nothing was written."));
    }
    if (const auto issue = reader.error())
        throw Error(
            Error::Kind::Data,
            ImportText::tr("Row %1, column %2: %3").arg(issue->row).arg(issue->column).arg(issue->message));
    importer->finish(context);
    if (progress)
        progress(fileSize, fileSize);
    a.settledOrder = rows.dateOrder();

    const bool acceptable = r.errors == 0 || options.onError == OnError::Skip;
    if (commitWanted && acceptable && !(a.ambiguousDates && a.settledOrder != parse::DateOrder::Unknown)) {
        importlog::finishRun(db, runSeq, r.inserted, r.updated, r.skipped + r.errors);
        recordImportStamps(db, runSeq);
        tx.commit();
        r.committed = true;
        r.runSeq = runSeq;
    }
    return a;
}

} // namespace

QString ImportResult::firstErrorText() const
{
    for (const RowOutcome &o : details) {
        if (o.action != RowAction::Error)
            continue;
        QString where = ImportText::tr("Row %1").arg(o.row);
        if (o.column > 0)
            where += ImportText::tr(", column %1").arg(o.column);
        if (!o.field.isEmpty())
            where += QStringLiteral(" (%1)").arg(o.field);
        return where + QStringLiteral(": ") + o.message;
    }
    return {};
}

ImportResult runImport(Database &db, const QString &path, const ImportOptions &options,
                       const ImportProgress &progress)
{
    if (!EntityImporter::create(options.entity))
        throw Error(Error::Kind::Usage,
                    ImportText::tr("Cannot import \"%1\"; one of: %2.")
                        .arg(options.entity, importfields::entities().join(QStringLiteral(", "))));
    if (options.mapping && !options.mapping->entity.isEmpty() && options.mapping->entity != options.entity)
        throw Error(
            Error::Kind::Usage,
            ImportText::tr("The mapping is for %1, not %2.").arg(options.mapping->entity, options.entity));
    if (db.isReadOnly() && !options.dryRun)
        throw Error(Error::Kind::Database, ImportText::tr("The workspace is open read-only."));
    if (!options.reportPath.isEmpty()) {
        db.refuseOwnFile(options.reportPath);
        // The report is written after the import commits; a path that cannot take it must
        // stop the import before anything is written, not after. A device or a pipe would
        // be replaced by a regular file.
        const QFileInfo report(options.reportPath);
        if (report.exists() && !report.isDir() && !report.isFile())
            throw Error(
                Error::Kind::Usage,
                ImportText::tr("Cannot write the report %1: it is a device or a pipe. Nothing was imported.")
                    .arg(QDir::toNativeSeparators(options.reportPath)));
        QSaveFile probe(options.reportPath);
        if (QFileInfo(options.reportPath).isDir() || !probe.open(QIODevice::WriteOnly))
            throw Error(Error::Kind::Usage,
                        ImportText::tr("Cannot write the report %1: %2. Nothing was imported.")
                            .arg(QDir::toNativeSeparators(options.reportPath),
                                 QFileInfo(options.reportPath).isDir() ? ImportText::tr("it is a folder")
                                                                       : probe.errorString()));
        probe.cancelWriting();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Usage, ImportText::tr("Cannot read %1: %2").arg(path, file.errorString()));

    std::optional<TextEncoding> encoding = options.encoding;
    if (!encoding && options.mapping && options.mapping->encoding != u"auto")
        encoding = textencoding::fromName(options.mapping->encoding);
    if (!encoding)
        encoding = textencoding::detect(file, options.locale);
    QChar delimiter = options.delimiter;
    if (delimiter.isNull() && options.mapping)
        delimiter = delimiterFrom(options.mapping->delimiter);
    parse::DateOrder order = options.dateOrder;
    if (order == parse::DateOrder::Unknown && options.mapping && !options.mapping->dateOrder.isEmpty())
        order = options.mapping->dateOrder == u"dmy" ? parse::DateOrder::DayFirst
                                                     : parse::DateOrder::MonthFirst;

    QString backup;
    if (!options.dryRun && options.backup)
        backup = backupFor(db);
    // One transaction touches many pages of UUID-keyed indexes: a large cache while importing.
    const SqliteLargeCache cache(db);
    Attempt a = attempt(db, file, options, *encoding, delimiter, order, progress, !options.dryRun);
    // Day/month order settled by later rows: read the file again with it.
    if (a.ambiguousDates && order == parse::DateOrder::Unknown && a.settledOrder != parse::DateOrder::Unknown)
        a = attempt(db, file, options, *encoding, delimiter, a.settledOrder, progress, !options.dryRun);
    a.result.backupPath = a.result.committed ? backup : QString();
    if (!a.result.committed && !backup.isEmpty())
        QFile::remove(backup);
    if (!options.reportPath.isEmpty())
        writeImportReport(a.result, options.reportPath);
    return a.result;
}

void writeImportReport(const ImportResult &result, const QString &path)
{
    CsvWriter out(path, CsvWriter::Encoding::Utf8Bom);
    for (const char16_t *h : {u"row", u"action", u"key", u"column", u"field", u"message"})
        out.raw(QStringView(h));
    out.endRow();
    for (const RowOutcome &o : result.details) {
        static const char16_t *actions[] = {u"insert", u"update", u"unchanged", u"skip", u"error"};
        out.raw(QString::number(o.row));
        out.text(QStringView(actions[int(o.action)]));
        out.text(o.key);
        out.raw(o.column > 0 ? QString::number(o.column) : QString());
        out.text(o.field);
        QString message = o.message;
        if (o.action == RowAction::Update) {
            QStringList changes;
            for (const AuditChange &c : o.changes)
                changes.append(c.field + QStringLiteral(": ") + c.oldValue.value_or(QString())
                               + QStringLiteral(" → ") + c.newValue.value_or(QString()));
            message = changes.join(QStringLiteral("; "));
        }
        out.text(message);
        out.endRow();
    }
    out.commit();
}

} // namespace sb::core
