// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testsupport.h"

#include "core/exchange/syncexport.h"
#include "core/exchange/syncimport.h"

#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

namespace sb::test {

/// Tables whose rows belong to one office and legitimately differ between two
/// offices that hold the same records: settings (office id, number prefix, package
/// counter), audit_log (who changed what, here), sync_peers / sync_shadow (what
/// was exchanged with whom), sync_received (the packages imported here), sync_conflicts (compared separately:
/// local and remote are swapped in the other office) and import_runs / import_changes (local CSV imports and
/// their undo data).
inline QStringList perOfficeTables()
{
    return {QStringLiteral("settings"),       QStringLiteral("audit_log"),      QStringLiteral("sync_peers"),
            QStringLiteral("sync_shadow"),    QStringLiteral("sync_conflicts"), QStringLiteral("import_runs"),
            QStringLiteral("import_changes"), QStringLiteral("sync_received")};
}

/// Every other table, every column (stamps included): equal dumps mean both
/// offices hold the same data. A business table added later is compared too.
inline QString officeDump(const sb::core::Database &db)
{
    return dumpTables(db, perOfficeTables());
}

/// Two offices and a folder for the packages between them.
struct Offices
{
    TempWorkspace a;
    TempWorkspace b;
    QTemporaryDir packages;
    int counter = 0;

    sb::core::Database &dbA() { return *a.db; }
    sb::core::Database &dbB() { return *b.db; }

    /// Writes a package from `from` for `to` and returns its folder.
    QString send(sb::core::Database &from, sb::core::Database &to,
                 const sb::core::SyncExportOptions &extra = {})
    {
        const QString dir = packages.filePath(QStringLiteral("package-%1").arg(++counter));
        sb::core::SyncExportOptions options = extra;
        options.toOffice = to.officeId();
        const sb::core::SyncExportResult result = sb::core::exportSyncPackage(from, dir, options);
        REQUIRE(QFileInfo(dir).isDir());
        REQUIRE(result.sequence > 0);
        return dir;
    }

    /// One package each way. `simultaneous`: both written before either is
    /// imported; otherwise A → B is imported before B writes its package.
    QList<sb::core::SyncImportResult> exchange(bool simultaneous)
    {
        if (simultaneous) {
            const QString fromA = send(dbA(), dbB());
            const QString fromB = send(dbB(), dbA());
            return {sb::core::importSyncPackage(dbB(), fromA), sb::core::importSyncPackage(dbA(), fromB)};
        }
        const sb::core::SyncImportResult atB = sb::core::importSyncPackage(dbB(), send(dbA(), dbB()));
        return {atB, sb::core::importSyncPackage(dbA(), send(dbB(), dbA()))};
    }
};

} // namespace sb::test
