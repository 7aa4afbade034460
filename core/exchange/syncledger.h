// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace sb::core {
class Database;
}

/// Package numbers exchanged with each other office: sync_peers, plus the
/// ranges of packages found missing (setting "sync_missing:<office>"), so a
/// package that arrives late is still applied once and only once.
namespace sb::core::syncledger {

/// The number of the last package sent to `peer` ('' = without destination), 0 if none.
qint64 lastSent(const Database &db, const QString &peer);
/// Records that package `sequence` was sent to `peer` at `at`.
void saveSent(const Database &db, const QString &peer, qint64 sequence, const QString &at);

/// Where an incoming package stands.
struct Arrival
{
    enum class Kind {
        New, ///< newer than every package imported from that office
        Late, ///< older, but one that was missing: apply it
        AlreadyImported, ///< imported before: change nothing
        Resync, ///< a full package under a number imported before: apply it and start over from it
    };
    Kind kind = Kind::New;
    qint64 lastReceived = 0;
    qint64 gapFrom = 0; ///< New only: packages gapFrom..gapTo are missing (gapFrom 0: no gap)
    qint64 gapTo = 0;
};

/// How far ahead of the last package imported from an office a package number may be.
inline constexpr qint64 MaxSequenceJump = 1000000;

/// Classifies package `sequence` (id `packageId`, empty for older packages) from
/// `office`, which says it follows `previous`. Throws Error::Data for a number far
/// ahead of the last one imported (a damaged or forged manifest) and for a package
/// that is not the one imported before under the same number (the sender restored
/// a backup or copied its workspace), unless it is `full`.
Arrival classify(const Database &db, const QString &office, qint64 sequence, qint64 previous,
                 const QString &packageId, bool full);
/// Records package `sequence` from `office` as imported (and a gap before it as
/// missing). A Resync forgets what came after it from that office.
void saveReceived(Database &db, const QString &office, qint64 sequence, qint64 previous,
                  const QString &packageId, bool resync);

} // namespace sb::core::syncledger
