// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncexport.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/privatefiles.h"
#include "core/exchange/syncconflictfile.h"
#include "core/exchange/syncledger.h"
#include "core/storage/database.h"
#include "core/storage/syncchangescan.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sb::core {

using namespace syncpackage;

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

// Writes the rows of one table that `peer` has not been sent in their current
// state (all rows when `full`), and their bases; remembers them as sent.
SyncTableCount exportTable(const Database &db, const SyncTable &table, const QString &peer, bool full,
                           const QString &path, CsvWriter &bases, qint64 &baseRows)
{
    const QStringList columns = columnsOf(db, table.table);
    const MetaColumns meta = MetaColumns::of(columns, table.table);
    SyncChangeScan scan(db, table.table, columns, peer, full);

    CsvWriter out(path, CsvWriter::Encoding::Utf8);
    for (const QString &column : columns)
        out.raw(column);
    out.endRow();

    SyncTableCount count;
    count.table = table.table;
    const int n = int(columns.size());
    while (scan.next()) {
        const Values &row = scan.row();
        for (int i = 0; i < n; ++i) {
            // Numbers unquoted, for people reading the file; the importer reads both alike.
            out.raw(scan.isInteger(i) && row[i] ? *row[i] : encodeCell(row[i]));
        }
        out.endRow();
        ++count.rows;
        if (row[meta.deleted] == QStringLiteral("1"))
            ++count.deleted;
        const QString id = row[meta.id].value_or(QString());
        if (const Value &base = scan.base()) {
            bases.raw(encodeCell(table.table));
            bases.raw(encodeCell(id));
            bases.raw(encodeCell(base));
            bases.endRow();
            ++baseRows;
        }
    }
    out.commit();

    // The same rows, now remembered as sent: nothing changed them since the scan (one transaction).
    scan.markSent();
    return count;
}

void writeManifest(const QString &path, const Manifest &manifest)
{
    QSaveFile file(path);
    if (!privatefiles::open(file) || file.write(manifestJson(manifest)) < 0 || !file.commit())
        throw Error(
            Error::Kind::Database,
            SyncText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

SyncExportResult exportSyncPackage(Database &db, const QString &dir, const SyncExportOptions &options)
{
    if (db.isReadOnly())
        throw Error(Error::Kind::Usage,
                    SyncText::tr("The workspace is open read-only; a sync export records what was "
                                 "sent, so open the workspace for writing."));
    const QString office = db.officeId();
    QString to = options.toOffice.trimmed().toUpper();
    if (to.isNull())
        to = QStringLiteral(""); // '' (never NULL) is the key of packages without a destination
    if (!to.isEmpty() && to == office.toUpper())
        throw Error(Error::Kind::Usage,
                    SyncText::tr("%1 is this office; a sync package is for another office.").arg(to));
    const QFileInfo info(dir);
    const QString target = info.absoluteFilePath();
    if (dir.trimmed().isEmpty() || info.exists())
        throw Error(Error::Kind::Usage,
                    SyncText::tr("%1 already exists; choose a new folder for the sync package.")
                        .arg(QDir::toNativeSeparators(target)));
    // Written beside the target and renamed when complete: a half-written package never has its name.
    const QString partial = target + QStringLiteral(".partial");
    if (QFileInfo::exists(partial))
        QDir(partial).removeRecursively();
    // A package holds personal data: only its owner may open the folder.
    if (!privatefiles::makePrivateDir(partial) || !privatefiles::restrictToOwner(partial))
        throw Error(Error::Kind::Database,
                    SyncText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(partial)));

    SyncExportResult result;
    result.dir = target;
    result.officeId = office;
    result.toOffice = to;
    try {
        WriteScope scope(db);
        Manifest manifest;
        manifest.officeId = office;
        manifest.toOffice = to;
        manifest.sequence = db.setting(QStringLiteral("sync_sequence"), QStringLiteral("0")).toLongLong() + 1;
        manifest.previousSequence = syncledger::lastSent(db, to);
        manifest.packageId = Database::newId();
        manifest.full = options.full;
        manifest.schemaVersion = db.schemaVersion();
        manifest.createdAt = Database::nowUtc();

        const QDir folder(partial);
        CsvWriter bases(folder.filePath(basesFileName()), CsvWriter::Encoding::Utf8);
        for (const char *column : {"table_name", "record_id", "values_json"})
            bases.raw(QString::fromLatin1(column));
        bases.endRow();
        qint64 baseRows = 0;
        for (const SyncTable &table : tables()) {
            const QString path = folder.filePath(csvFileName(table.table));
            const SyncTableCount count = exportTable(db, table, to, options.full, path, bases, baseRows);
            manifest.files.insert(csvFileName(table.table), FileEntry{count.rows, sha256Of(path)});
            result.tables.append(count);
            result.rows += count.rows;
            result.tombstones += count.deleted;
        }
        bases.commit();
        manifest.files.insert(basesFileName(),
                              FileEntry{baseRows, sha256Of(folder.filePath(basesFileName()))});
        const QString conflicts = folder.filePath(syncconflictfile::fileName());
        const qint64 conflictRows = syncconflictfile::write(db, to, conflicts);
        manifest.files.insert(syncconflictfile::fileName(), FileEntry{conflictRows, sha256Of(conflicts)});
        writeManifest(folder.filePath(manifestFileName()), manifest);

        db.setSetting(QStringLiteral("sync_sequence"), QString::number(manifest.sequence));
        syncledger::saveSent(db, to, manifest.sequence, manifest.createdAt);
        if (!QDir().rename(partial, target))
            throw Error(Error::Kind::Database,
                        SyncText::tr("Cannot rename %1 to %2.")
                            .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(target)));
        try {
            scope.commit();
        } catch (...) {
            // The state was not saved, so the package must not exist either.
            QDir(target).removeRecursively();
            throw;
        }
        result.sequence = manifest.sequence;
        result.previousSequence = manifest.previousSequence;
    } catch (...) {
        QDir(partial).removeRecursively();
        throw;
    }
    return result;
}

SyncExportResult exportSyncPackage(Database &db, const QString &dir, const QString &toOffice)
{
    SyncExportOptions options;
    options.toOffice = toOffice;
    return exportSyncPackage(db, dir, options);
}

} // namespace sb::core
