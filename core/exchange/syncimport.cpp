// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncimport.h"

#include "core/domain/error.h"
#include "core/exchange/syncapply.h"
#include "core/exchange/syncconflictfile.h"
#include "core/exchange/syncledger.h"
#include "core/storage/database.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace sb::core {

using namespace syncpackage;

namespace {

constexpr int KeptSyncBackups = 5;

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

// Every file the manifest names must be there, unchanged; every file the format needs must be named.
void verifyFiles(const QString &dir, const Manifest &manifest)
{
    QSet<QString> required{basesFileName()};
    for (const SyncTable &table : tables())
        required.insert(csvFileName(table.table));
    for (const QString &name : required) {
        if (!manifest.files.contains(name))
            throw Error(
                Error::Kind::Data,
                SyncText::tr("The sync package is incomplete: its manifest does not list %1.").arg(name));
    }
    // Packages of earlier versions have no conflict report.
    const QSet<QString> optional{syncconflictfile::fileName()};
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            throw Error(Error::Kind::Data,
                        SyncText::tr("The sync manifest lists an unknown file %1.").arg(it.key()));
        const QString path = QDir(dir).filePath(it.key());
        if (!QFileInfo::exists(path))
            throw Error(Error::Kind::Data,
                        SyncText::tr("The sync package is incomplete: %1 is missing.").arg(it.key()));
        if (sha256Of(path) != it->sha256)
            throw tamperedFile(it.key());
    }
}

QString backupFor(const Database &db)
{
    const QFileInfo info(db.path());
    QDir dir(info.absolutePath() + QStringLiteral("/backups"));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = dir.filePath(info.completeBaseName() + QStringLiteral("-before-sync-") + stamp
                                      + QStringLiteral(".salesbench"));
    db.backupTo(path);
    // Keep the newest few: backups of large workspaces are large.
    const QStringList old
        = dir.entryList({info.completeBaseName() + QStringLiteral("-before-sync-*.salesbench")}, QDir::Files,
                        QDir::Name | QDir::Reversed);
    for (qsizetype i = KeptSyncBackups; i < old.size(); ++i)
        dir.remove(old[i]);
    return path;
}

} // namespace

QString SyncImportResult::summary() const
{
    if (alreadyImported)
        return SyncText::tr("Package %1 from office %2 was imported before; nothing changed.")
            .arg(sequence)
            .arg(fromOffice);
    const QString counts = SyncText::tr("%1 new, %2 updated, %3 deleted, %4 unchanged, %5 conflicts")
                               .arg(inserted)
                               .arg(updated)
                               .arg(deleted)
                               .arg(unchanged)
                               .arg(conflicts.size());
    return (dryRun ? SyncText::tr("Package %1 from office %2 would bring: %3.")
                   : SyncText::tr("Imported package %1 from office %2: %3."))
        .arg(sequence)
        .arg(fromOffice, counts);
}

SyncImportResult importSyncPackage(Database &db, const QString &dir, bool dryRun,
                                   const SyncProgress &progress)
{
    if (db.isReadOnly())
        throw Error(
            Error::Kind::Usage,
            SyncText::tr("The workspace is open read-only; open it for writing to import a sync package."));
    const QFileInfo info(dir);
    if (!info.isDir())
        throw Error(Error::Kind::Usage,
                    SyncText::tr("%1 is not a sync package folder (zip files are not read; unpack it first).")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    const Manifest manifest = readManifest(dir);
    SyncImportResult result;
    result.fromOffice = manifest.officeId;
    result.toOffice = manifest.toOffice;
    result.sequence = manifest.sequence;
    result.previousSequence = manifest.previousSequence;
    result.createdAt = manifest.createdAt;
    result.dryRun = dryRun;

    const QString office = db.officeId();
    if (manifest.officeId.compare(office, Qt::CaseInsensitive) == 0)
        throw Error(Error::Kind::Data,
                    SyncText::tr("This sync package was written by this office (%1); import it in another "
                                 "office.")
                        .arg(office));
    if (!manifest.toOffice.isEmpty() && manifest.toOffice.compare(office, Qt::CaseInsensitive) != 0)
        throw Error(Error::Kind::Data,
                    SyncText::tr("This sync package is meant for office %1; this workspace is office %2.")
                        .arg(manifest.toOffice, office));
    if (manifest.schemaVersion != db.schemaVersion())
        throw Error(Error::Kind::Data,
                    SyncText::tr("The sync package was written with schema version %1 and this workspace "
                                 "has schema version %2; bring both offices to the same SalesBench "
                                 "version first.")
                        .arg(manifest.schemaVersion)
                        .arg(db.schemaVersion()));
    verifyFiles(dir, manifest);

    const syncledger::Arrival arrival
        = syncledger::classify(db, manifest.officeId, manifest.sequence, manifest.previousSequence,
                               manifest.packageId, manifest.full);
    if (arrival.kind == syncledger::Arrival::Kind::AlreadyImported) {
        result.alreadyImported = true;
        return result;
    }
    if (arrival.gapFrom > 0)
        result.warnings.append(
            SyncText::tr("Packages %1..%2 from office %3 are missing: this package (%4) follows package %2, "
                         "and the last one imported here is %5. It is applied anyway; the missing ones "
                         "can still be imported when they arrive, or ask office %3 for a full package.")
                .arg(arrival.gapFrom)
                .arg(arrival.gapTo)
                .arg(manifest.officeId)
                .arg(manifest.sequence)
                .arg(arrival.lastReceived));
    const bool resync = arrival.kind == syncledger::Arrival::Kind::Resync;
    if (resync)
        result.warnings.append(
            SyncText::tr("Package %1 from office %2 is a full package under a number imported before (office "
                         "%2 restored a backup or copied its workspace): it is applied, and the packages "
                         "from office %2 continue from this one.")
                .arg(manifest.sequence)
                .arg(manifest.officeId));
    const bool late = arrival.kind == syncledger::Arrival::Kind::Late;
    if (late)
        result.warnings.append(
            SyncText::tr("Package %1 from office %2 arrives after package %3; records that changed again "
                         "in a later package keep the later state.")
                .arg(manifest.sequence)
                .arg(manifest.officeId)
                .arg(arrival.lastReceived));

    const QString backup = dryRun ? QString() : backupFor(db);
    WriteScope scope(db);
    syncapply::applyPackage(db, dir, manifest, late, result, progress);
    syncledger::saveReceived(db, manifest.officeId, manifest.sequence, manifest.previousSequence,
                             manifest.packageId, resync);
    fillRecordKeys(db, result.conflicts);
    if (dryRun) {
        for (SyncConflict &conflict : result.conflicts)
            conflict.seq = 0; // rolled back with everything else
        return result;
    }
    scope.commit();
    result.committed = true;
    result.backupPath = backup;
    return result;
}

} // namespace sb::core
