// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncledger.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
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

qint64 lastReceived(const Database &db, const QString &office)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT last_received_seq FROM sync_peers WHERE office_id = ?"));
    q.addBindValue(office);
    Database::exec(q, SyncText::tr("read the sync state"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

qint64 lastSent(const Database &db, const QString &peer)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT last_sent_seq FROM sync_peers WHERE office_id = ?"));
    q.addBindValue(peer);
    Database::exec(q, SyncText::tr("read the sync state"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void saveSent(const Database &db, const QString &peer, qint64 sequence, const QString &at)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO sync_peers (office_id, last_sent_seq, last_sent_at) VALUES (?, ?, ?) "
        "ON CONFLICT (office_id) DO UPDATE SET last_sent_seq = excluded.last_sent_seq, "
        "last_sent_at = excluded.last_sent_at"));
    q.addBindValue(peer);
    q.addBindValue(sequence);
    q.addBindValue(at);
    Database::exec(q, SyncText::tr("save the sync state"));
}

Arrival classify(const Database &db, const QString &office, qint64 sequence, qint64 previous)
{
    Arrival arrival;
    arrival.lastReceived = lastReceived(db, office);
    if (sequence > arrival.lastReceived) {
        if (previous > arrival.lastReceived) {
            arrival.gapFrom = arrival.lastReceived + 1;
            arrival.gapTo = previous;
        }
        return arrival;
    }
    const QList<Range> ranges = missing(db, office);
    const bool wasMissing = std::any_of(ranges.cbegin(), ranges.cend(), [sequence](const Range &r) {
        return r.first <= sequence && sequence <= r.second;
    });
    arrival.kind = wasMissing ? Arrival::Kind::Late : Arrival::Kind::AlreadyImported;
    return arrival;
}

void saveReceived(Database &db, const QString &office, qint64 sequence, qint64 previous)
{
    const qint64 last = lastReceived(db, office);
    QList<Range> ranges = missing(db, office);
    if (sequence > last) {
        if (previous > last)
            ranges.append({last + 1, previous});
        QSqlQuery q = db.prepare(QStringLiteral(
            "INSERT INTO sync_peers (office_id, last_received_seq, last_received_at) VALUES (?, ?, ?) "
            "ON CONFLICT (office_id) DO UPDATE SET last_received_seq = excluded.last_received_seq, "
            "last_received_at = excluded.last_received_at"));
        q.addBindValue(office);
        q.addBindValue(sequence);
        q.addBindValue(Database::nowUtc());
        Database::exec(q, SyncText::tr("save the sync state"));
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
