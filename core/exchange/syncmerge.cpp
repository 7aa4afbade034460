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

} // namespace

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
                  const Values &remote, const std::optional<Values> &base)
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
    bool localEdits = false;  // fields the local side changed that the remote side does not have
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
        merged[i] = winner[i];
        result.conflicts.append({i, local[i], remote[i], winnerOffice, remoteNewer});
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
                                     ? remote[meta.createdAt] : local[meta.createdAt];
        merged[meta.updatedAt] = winner[meta.updatedAt];
        merged[meta.office] = winner[meta.office];
        const qint64 version = std::max(textOf(local[meta.version]).toLongLong(),
                                        textOf(remote[meta.version]).toLongLong()) + 1;
        merged[meta.version] = QString::number(version);
        result.values = merged;
    }
    return result;
}

} // namespace sb::core::syncmerge
