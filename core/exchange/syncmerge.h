// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncpackage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The merge rule of office sync, free of storage so it can be reasoned about
/// (and tested) on its own. Both offices run it on the same pair of records and
/// reach the same result: it never depends on which side is "local".
namespace sb::core::syncmerge {

using syncpackage::Value;
using syncpackage::Values;

/// A field both offices changed to different values.
struct FieldConflict
{
    int column = -1; ///< index in the table's columns ("deleted" for deletion against edit)
    Value localValue;
    Value remoteValue;
    QString winnerOffice; ///< updated_by_office of the record whose value was kept
    bool remoteWins = false;
};

enum class Outcome {
    KeepLocal, ///< the local record stays as it is
    TakeRemote, ///< the remote record replaces it whole, meta columns included
    Merged, ///< a new record made of both; version above both
};

/// Columns merge() treats specially, as indexes into the table's columns (see syncpackage::SyncTable).
struct ColumnRules
{
    /// Determined by other records and computed afresh after the merge: when both
    /// sides changed one, the newer side's value is kept for now, without a conflict.
    QList<int> derived;
    /// Integer quantities both sides move: with a known base, both changes are
    /// applied (local + remote − base) and nothing is lost, so there is no conflict.
    QList<int> counters;
    /// Resolved together: when both sides changed any of them, or groupFromRemote
    /// names a side, every one comes from one side, and each value the other
    /// side changed and loses is a conflict.
    QList<int> group;
    /// The side `group` comes from whenever the sides' groups differ: true remote,
    /// false local; nullopt: the newer change, and only when both changed it.
    std::optional<bool> groupFromRemote;

    /// The rules of `table` for its `columns`.
    static ColumnRules of(const syncpackage::SyncTable &table, const QStringList &columns);
};

struct MergeResult
{
    Outcome outcome = Outcome::KeepLocal;
    Values values; ///< the record to keep, all columns
    QList<FieldConflict> conflicts;
    bool groupDiffers = false; ///< the sides hold different values in the rules' group
};

/// True when the remote record is the newer change: later updated_at, then the
/// greater office id, then the higher version, then the greater content.
bool remoteIsNewer(const syncpackage::MetaColumns &meta, const Values &local, const Values &remote);

/// Three-way merge of the local and remote states of one record against
/// `base`, the last state both offices are known to have had (nullopt: none
/// known, so every differing field counts as changed on both sides).
/// A field only one side changed takes that side's value; a field both changed
/// to different values is a conflict that the newer change wins. A deletion
/// against edits the deleting side did not have is a conflict of the same kind;
/// a winning deletion keeps the deleting side's record whole.
/// `rules` name the columns that follow other rules (derived values, counters,
/// a group resolved together).
/// A merged record keeps the id, takes the newer side's updated_at and office
/// and gets version max(local, remote) + 1.
MergeResult merge(const QStringList &columns, const syncpackage::MetaColumns &meta, const Values &local,
                  const Values &remote, const std::optional<Values> &base, const ColumnRules &rules = {});

} // namespace sb::core::syncmerge
