// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncexport.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/privatefiles.h"
#include "core/exchange/syncconflictfile.h"
#include "core/exchange/syncledger.h"
#include "core/storage/database.h"
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
    // Table and column names come from the fixed table list and the schema, never from input.
    const QString from = QStringLiteral(" FROM ") + table.table
        + QStringLiteral(" t LEFT JOIN sync_shadow s ON s.table_name = ? AND s.record_id = t.id "
                         "AND s.peer = ? WHERE ")
        + (full ? QStringLiteral("1 = 1")
                : QStringLiteral("s.known_version IS NULL OR s.known_version <> t.version "
                                 "OR s.known_updated_at IS NULL OR s.known_updated_at <> t.updated_at "
                                 "OR s.known_office IS NULL OR s.known_office <> t.updated_by_office"));
    QSqlQuery q = db.prepare(QStringLiteral("SELECT ") + columnList(columns, QStringLiteral("t"))
                             + QStringLiteral(", s.values_json")
                             + from
                             // Tombstones first: a record deleted and created again under the same
                             // natural key (an undone import imported again) arrives in that order.
                             + QStringLiteral(" ORDER BY t.deleted DESC, t.id"));
    q.addBindValue(table.table);
    q.addBindValue(peer);
    Database::exec(q, SyncText::tr("read the records to send"));

    CsvWriter out(path, CsvWriter::Encoding::Utf8);
    for (const QString &column : columns)
        out.raw(column);
    out.endRow();

    SyncTableCount count;
    count.table = table.table;
    const int n = int(columns.size());
    while (q.next()) {
        Values row;
        row.reserve(n);
        for (int i = 0; i < n; ++i) {
            const QVariant value = q.value(i);
            row.append(valueOf(value));
            // Numbers unquoted, for people reading the file; the importer reads both alike.
            const bool number = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
            out.raw(number && row.back() ? *row.back() : encodeCell(row.back()));
        }
        out.endRow();
        ++count.rows;
        if (row[meta.deleted] == QStringLiteral("1"))
            ++count.deleted;
        const QString id = row[meta.id].value_or(QString());
        const QVariant base = q.value(n);
        if (!base.isNull()) {
            bases.raw(encodeCell(table.table));
            bases.raw(encodeCell(id));
            bases.raw(encodeCell(base.toString()));
            bases.endRow();
            ++baseRows;
        }
    }
    q.finish();
    out.commit();

    // The same rows, now remembered as sent: nothing changed them since the scan (one transaction).
    QSqlQuery mark = db.prepare(
        QStringLiteral(
            "INSERT INTO sync_shadow (table_name, record_id, peer, known_version, known_updated_at, "
            "known_office) SELECT ?, t.id, ?, t.version, t.updated_at, t.updated_by_office")
        + from
        + QStringLiteral(
            " ON CONFLICT (table_name, record_id, peer) DO UPDATE SET "
            "known_version = excluded.known_version, known_updated_at = excluded.known_updated_at, "
            "known_office = excluded.known_office"));
    mark.addBindValue(table.table);
    mark.addBindValue(peer);
    mark.addBindValue(table.table);
    mark.addBindValue(peer);
    Database::exec(mark, SyncText::tr("save the sync state"));
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
