// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sb::core {
class Database;
}

namespace sb::core::demo {

/// Connection settings for a bulk load into an empty workspace, restored when it
/// ends: a large page cache, and a rollback journal instead of WAL, so that each
/// page is written once rather than to the WAL and then again to the file (an
/// empty database needs almost nothing in the rollback journal). Best effort:
/// when another connection holds the file the load simply runs in WAL mode.
class DemoBulkMode final
{
public:
    explicit DemoBulkMode(const Database &db);
    ~DemoBulkMode();
    DemoBulkMode(const DemoBulkMode &) = delete;
    DemoBulkMode &operator=(const DemoBulkMode &) = delete;

private:
    const Database &m_db;
    qint64 m_cacheSize = -2000;
    bool m_leftWal = false;
};

/// Drops the indexes of the tables inside the current transaction and returns
/// their CREATE statements to run once the rows are in: building an index in one
/// sorted pass is much cheaper than inserting millions of random UUIDs into it.
QStringList dropIndexes(const Database &db, const QStringList &tables);

} // namespace sb::core::demo
