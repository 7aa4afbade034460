// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// One field both offices changed (table sync_conflicts): the value that lost
/// is kept here for the user to review.
struct SyncConflict
{
    qint64 seq = 0;
    QString detectedAt; ///< UTC
    QString entity; ///< "customer", "order", … (the audit log's entity names)
    QString recordId;
    QString recordKey; ///< the record's natural key (code, number, …) when it still exists
    QString field; ///< column; "deleted" for a deletion against an edit
    std::optional<QString> localValue; ///< this office's value before the import
    std::optional<QString> remoteValue; ///< the other office's value
    QString winnerOffice; ///< the office whose value was kept
    QString package; ///< "OFFICE#sequence" of the package that brought it
    bool reviewed = false;
};

/// The conflicts sync imports found (table sync_conflicts). The statements an
/// import runs per conflict are prepared once, on first use. recordKey is never
/// stored: SyncRecordKeys looks it up.
class SyncConflictStore final
{
public:
    explicit SyncConflictStore(const Database &db);

    /// Every conflict, oldest first; only those not yet reviewed when asked.
    QList<SyncConflict> list(bool onlyUnreviewed = false) const;
    /// The conflicts numbered after `seq`, oldest first.
    QList<SyncConflict> listAfter(qint64 seq) const;
    /// True when a conflict on the same field of the same record with the same
    /// values and winner is listed already.
    bool contains(const SyncConflict &conflict);
    /// Stores `conflict` (its seq and reviewed are ignored); returns the new seq.
    qint64 add(const SyncConflict &conflict);
    /// Marks every conflict reviewed; returns how many changed.
    int markAllReviewed();
    /// Marks the conflicts numbered `seqs` reviewed; returns how many changed.
    int markReviewed(const QList<qint64> &seqs);

private:
    const Database &m_db;
    std::optional<QSqlQuery> m_known;
    std::optional<QSqlQuery> m_insert;
};

} // namespace sb::core
