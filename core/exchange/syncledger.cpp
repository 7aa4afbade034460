// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncledger.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/syncledgerstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace sb::core::syncledger {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

using Range = std::pair<qint64, qint64>;

QString missingKey(const QString &office)
{
    return QStringLiteral("sync_missing:") + office;
}

// "2-5,9-9" ↔ ranges; anything unreadable is dropped.
QList<Range> missing(const Database &db, const QString &office)
{
    QList<Range> ranges;
    const QStringList parts = db.setting(missingKey(office)).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList ends = part.split(u'-');
        if (ends.size() == 2 && ends[0].toLongLong() > 0 && ends[0].toLongLong() <= ends[1].toLongLong())
            ranges.append({ends[0].toLongLong(), ends[1].toLongLong()});
    }
    return ranges;
}

void saveMissing(Database &db, const QString &office, const QList<Range> &ranges)
{
    QStringList parts;
    for (const Range &r : ranges)
        parts.append(QString::number(r.first) + u'-' + QString::number(r.second));
    // A null QString would be bound as NULL.
    db.setSetting(missingKey(office), parts.isEmpty() ? QStringLiteral("") : parts.join(u','));
}

} // namespace

qint64 lastSent(const Database &db, const QString &peer)
{
    return SyncLedgerStore(db).lastSent(peer);
}

void saveSent(const Database &db, const QString &peer, qint64 sequence, const QString &at)
{
    SyncLedgerStore(db).saveSent(peer, sequence, at);
}

Arrival classify(const Database &db, const QString &office, qint64 sequence, qint64 previous,
                 const QString &packageId, bool full)
{
    const SyncLedgerStore ledger(db);
    Arrival arrival;
    arrival.lastReceived = ledger.lastReceived(office);
    if (sequence - arrival.lastReceived > MaxSequenceJump
        || previous - arrival.lastReceived > MaxSequenceJump)
        throw Error(Error::Kind::Data,
                    SyncText::tr("Package %1 from office %2 is numbered far ahead of the last package "
                                 "imported from that office (%3): the manifest is damaged or was edited. "
                                 "Nothing was changed; ask office %2 for a new full package "
                                 "(sync-export --full).")
                        .arg(sequence)
                        .arg(office)
                        .arg(arrival.lastReceived));
    if (sequence > arrival.lastReceived) {
        if (previous > arrival.lastReceived) {
            arrival.gapFrom = arrival.lastReceived + 1;
            arrival.gapTo = previous;
        }
        return arrival;
    }
    // A number imported before (or a missing one): is it the same package?
    const std::optional<SyncReceivedPackage> known = ledger.received(office, sequence);
    const QString knownId = known ? known->packageId : QString();
    const QString receivedAt = known ? known->receivedAt : QString();
    const bool different = known && !knownId.isEmpty() && knownId != packageId;
    // Only a full package under a number taken by another package starts over; an older
    // full package that simply arrives late is applied as late (later states win).
    if (full && different) {
        arrival.kind = Arrival::Kind::Resync;
        return arrival;
    }
    if (different)
        throw Error(
            Error::Kind::Data,
            SyncText::tr("Package %1 from office %2 is not the package %1 imported here on %3: office "
                         "%2 numbered a different package the same, which happens when it restored a "
                         "backup or copied its workspace. Nothing was changed. Ask office %2 for a full "
                         "package (sync-export --full), which sends every record it holds again.")
                .arg(sequence)
                .arg(office, receivedAt));
    const QList<Range> ranges = missing(db, office);
    const bool wasMissing = std::any_of(ranges.cbegin(), ranges.cend(), [sequence](const Range &r) {
        return r.first <= sequence && sequence <= r.second;
    });
    arrival.kind = wasMissing ? Arrival::Kind::Late : Arrival::Kind::AlreadyImported;
    return arrival;
}

void saveReceived(Database &db, const QString &office, qint64 sequence, qint64 previous,
                  const QString &packageId, bool resync)
{
    const SyncLedgerStore ledger(db);
    ledger.saveReceived(office, sequence, packageId, Database::nowUtc());
    if (resync) {
        // The sender's history after this package is gone: start over from it.
        ledger.forgetReceivedAfter(office, sequence);
        ledger.saveLastReceived(office, sequence, Database::nowUtc());
        if (!db.setting(missingKey(office)).isEmpty())
            saveMissing(db, office, {});
        return;
    }
    const qint64 last = ledger.lastReceived(office);
    QList<Range> ranges = missing(db, office);
    if (sequence > last) {
        if (previous > last)
            ranges.append({last + 1, previous});
        ledger.saveLastReceived(office, sequence, Database::nowUtc());
    } else {
        // A late package fills its place in a missing range.
        QList<Range> rest;
        for (const Range &r : std::as_const(ranges)) {
            if (sequence < r.first || sequence > r.second) {
                rest.append(r);
                continue;
            }
            if (r.first < sequence)
                rest.append({r.first, sequence - 1});
            if (sequence < r.second)
                rest.append({sequence + 1, r.second});
        }
        ranges = rest;
    }
    if (!ranges.isEmpty() || !db.setting(missingKey(office)).isEmpty())
        saveMissing(db, office, ranges);
}

} // namespace sb::core::syncledger
