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
        New,             ///< newer than every package imported from that office
        Late,            ///< older, but one that was missing: apply it
        AlreadyImported, ///< imported before: change nothing
    };
    Kind kind = Kind::New;
    qint64 lastReceived = 0;
    qint64 gapFrom = 0; ///< New only: packages gapFrom..gapTo are missing (gapFrom 0: no gap)
    qint64 gapTo = 0;
};

/// Classifies package `sequence` from `office`, which says it follows `previous`.
Arrival classify(const Database &db, const QString &office, qint64 sequence, qint64 previous);
/// Records package `sequence` from `office` as imported (and a gap before it as missing).
void saveReceived(Database &db, const QString &office, qint64 sequence, qint64 previous);

} // namespace sb::core::syncledger
