// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncmerge.h"

#include <algorithm>

namespace sb::core::syncmerge {

using syncpackage::MetaColumns;

namespace {

QString textOf(const Value &value)
{
    return value.value_or(QString());
}

bool isTrue(const Value &value)
{
    return value && *value == u"1";
}

// Everything but the stamp columns (id, times, office, version) is content.
bool sameContent(const MetaColumns &meta, const Values &a, const Values &b)
{
    for (int i = 0; i < int(a.size()); ++i) {
        if (!meta.isStamp(i) && a[i] != b[i])
            return false;
    }
    return true;
}

// local + remote − base for integer counters; nullopt when one of them is not an integer.
std::optional<QString> addedChanges(const Value &local, const Value &remote, const Value &base)
{
    bool okLocal = false;
    bool okRemote = false;
    bool okBase = false;
    const qint64 l = textOf(local).toLongLong(&okLocal);
    const qint64 r = textOf(remote).toLongLong(&okRemote);
    const qint64 b = textOf(base).toLongLong(&okBase);
    if (!okLocal || !okRemote || !okBase)
        return std::nullopt;
    return QString::number(l + r - b);
}

QList<int> indexesOf(const QStringList &names, const QStringList &columns)
{
    QList<int> indexes;
    for (const QString &name : names) {
        const auto i = int(columns.indexOf(name));
        if (i >= 0)
            indexes.append(i);
    }
    return indexes;
}

} // namespace

ColumnRules ColumnRules::of(const syncpackage::SyncTable &table, const QStringList &columns)
{
    ColumnRules rules;
    rules.derived = indexesOf(table.derivedColumns, columns);
    rules.counters = indexesOf(table.counterColumns, columns);
    rules.group = indexesOf(table.groupColumns, columns);
    return rules;
}

bool remoteIsNewer(const MetaColumns &meta, const Values &local, const Values &remote)
{
    if (const int c = QString::compare(textOf(remote[meta.updatedAt]), textOf(local[meta.updatedAt])))
        return c > 0;
    if (const int c = QString::compare(textOf(remote[meta.office]), textOf(local[meta.office])))
        return c > 0;
    const qint64 remoteVersion = textOf(remote[meta.version]).toLongLong();
    const qint64 localVersion = textOf(local[meta.version]).toLongLong();
    if (remoteVersion != localVersion)
        return remoteVersion > localVersion;
    // Same stamp, different content: only a total order keeps both offices agreeing.
    for (int i = 0; i < int(local.size()); ++i) {
        if (local[i] == remote[i])
            continue;
        if (!local[i] || !remote[i])
            return !local[i];
        return QString::compare(*remote[i], *local[i]) > 0;
    }
    return false;
}

MergeResult merge(const QStringList &columns, const MetaColumns &meta, const Values &local,
                  const Values &remote, const std::optional<Values> &base, const ColumnRules &rules)
{
    Q_ASSERT(local.size() == columns.size() && remote.size() == columns.size());
    Q_ASSERT(!base || base->size() == columns.size());
    const bool remoteNewer = remoteIsNewer(meta, local, remote);
    const Values &winner = remoteNewer ? remote : local;
    const QString winnerOffice = textOf(winner[meta.office]);
    // Without a known common state every difference counts as a change on both sides.
    auto changed
        = [&](const Values &side, int i) { return base ? side[i] != (*base)[i] : local[i] != remote[i]; };

    MergeResult result;
    Values merged = local;
    bool localEdits = false; // fields the local side changed that the remote side does not have
    bool remoteEdits = false;
    for (int i = 0; i < int(columns.size()); ++i) {
        if (meta.isStamp(i) || i == meta.deleted || local[i] == remote[i])
            continue;
        const bool localChanged = changed(local, i);
        const bool remoteChanged = changed(remote, i);
        localEdits = localEdits || localChanged;
        remoteEdits = remoteEdits || remoteChanged;
        if (!remoteChanged)
            continue;
        if (!localChanged) {
            merged[i] = remote[i];
            continue;
        }
        if (rules.group.contains(i))
            continue; // below, with the rest of its group
        if (rules.derived.contains(i)) {
            merged[i] = winner[i]; // computed afresh by the caller
            continue;
        }
        if (base && rules.counters.contains(i)) {
            if (const std::optional<QString> sum = addedChanges(local[i], remote[i], (*base)[i])) {
                merged[i] = *sum;
                continue;
            }
        }
        merged[i] = winner[i];
        result.conflicts.append({i, local[i], remote[i], winnerOffice, remoteNewer});
    }

    // A group both sides changed, or one the caller assigns to a side, comes whole from
    // one side; whatever the other side changed in it is lost and listed.
    auto groupChanged = [&](const Values &side) {
        return std::any_of(rules.group.cbegin(), rules.group.cend(),
                           [&](int i) { return local[i] != remote[i] && changed(side, i); });
    };
    result.groupDiffers
        = std::any_of(rules.group.cbegin(), rules.group.cend(), [&](int i) { return local[i] != remote[i]; });
    if (result.groupDiffers && (rules.groupFromRemote || (groupChanged(local) && groupChanged(remote)))) {
        const bool fromRemote = rules.groupFromRemote.value_or(remoteNewer);
        const Values &kept = fromRemote ? remote : local;
        const Values &lost = fromRemote ? local : remote;
        for (const int i : rules.group) {
            if (local[i] == remote[i])
                continue;
            merged[i] = kept[i];
            if (changed(lost, i))
                result.conflicts.append({i, local[i], remote[i], textOf(kept[meta.office]), fromRemote});
        }
    }

    const bool localDeleted = isTrue(local[meta.deleted]);
    const bool remoteDeleted = isTrue(remote[meta.deleted]);
    bool deleted = localDeleted;
    if (localDeleted != remoteDeleted) {
        const bool localToggled = changed(local, meta.deleted);
        const bool remoteToggled = changed(remote, meta.deleted);
        bool conflict = true;
        if (remoteToggled && !localToggled) {
            deleted = remoteDeleted;
            conflict = localEdits;
        } else if (localToggled && !remoteToggled) {
            conflict = remoteEdits;
        }
        if (conflict) {
            deleted = remoteNewer ? remoteDeleted : localDeleted;
            result.conflicts.append(
                {meta.deleted, local[meta.deleted], remote[meta.deleted], winnerOffice, remoteNewer});
        }
        if (deleted && conflict) {
            // The deletion won: the deleting side's record stays whole; the edits it
            // did not have are lost and listed.
            const Values &tombstone = remoteDeleted ? remote : local;
            const Values &edited = remoteDeleted ? local : remote;
            for (int i = 0; i < int(columns.size()); ++i) {
                if (meta.isStamp(i) || i == meta.deleted || edited[i] == tombstone[i] || !changed(edited, i))
                    continue;
                const bool listed = std::any_of(result.conflicts.cbegin(), result.conflicts.cend(),
                                                [i](const FieldConflict &c) { return c.column == i; });
                if (!listed)
                    result.conflicts.append({i, local[i], remote[i], winnerOffice, remoteNewer});
                merged[i] = tombstone[i];
            }
        }
    }
    merged[meta.deleted] = deleted ? QStringLiteral("1") : QStringLiteral("0");

    const bool likeLocal = sameContent(meta, merged, local);
    const bool likeRemote = sameContent(meta, merged, remote);
    if (likeLocal && likeRemote) {
        // Same content, different stamps: both offices keep the newer stamp.
        result.outcome = remoteNewer ? Outcome::TakeRemote : Outcome::KeepLocal;
        result.values = remoteNewer ? remote : local;
    } else if (likeRemote) {
        result.outcome = Outcome::TakeRemote;
        result.values = remote;
    } else if (likeLocal) {
        result.outcome = Outcome::KeepLocal;
        result.values = local;
    } else {
        result.outcome = Outcome::Merged;
        merged[meta.id] = local[meta.id];
        merged[meta.createdAt] = textOf(remote[meta.createdAt]) < textOf(local[meta.createdAt])
            ? remote[meta.createdAt]
            : local[meta.createdAt];
        merged[meta.updatedAt] = winner[meta.updatedAt];
        merged[meta.office] = winner[meta.office];
        const qint64 version
            = std::max(textOf(local[meta.version]).toLongLong(), textOf(remote[meta.version]).toLongLong())
            + 1;
        merged[meta.version] = QString::number(version);
        result.values = merged;
    }
    return result;
}

} // namespace sb::core::syncmerge
