// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/syncchangescan.h"
#include "core/storage/syncconflictstore.h"
#include "core/storage/syncderivedstore.h"
#include "core/storage/syncledgerstore.h"
#include "core/storage/syncrecordkeys.h"
#include "core/storage/syncrecordtable.h"
#include "core/storage/syncshadowstore.h"
#include "core/storage/syncvalues.h"

// The storage classes behind office sync (core/exchange/sync*), on a fresh workspace.

using namespace sb::core;

namespace {

// A customer row in table order: every column NULL except those given.
SyncValues customer(const QStringList &columns, const QString &id, const QString &code, qint64 version = 1)
{
    SyncValues row(columns.size());
    auto set = [&](const char *column, const SyncValue &value) {
        row[int(columns.indexOf(QString::fromLatin1(column)))] = value;
    };
    for (const char *column : {"industry", "size_band", "region", "city", "decision_maker",
                               "decision_maker_title", "phone", "email", "source", "customer_type", "notes"})
        set(column, QStringLiteral(""));
    set("id", id);
    set("code", code);
    set("name", QStringLiteral("Name ") + code);
    set("lifecycle_stage", QStringLiteral("acquisition"));
    set("created_at", QStringLiteral("2025-01-01T00:00:00.000Z"));
    set("updated_at", QStringLiteral("2025-01-01T00:00:00.000Z"));
    set("updated_by_office", QStringLiteral("HQ"));
    set("version", QString::number(version));
    set("deleted", QStringLiteral("0"));
    return row;
}

QStringList scannedIds(const Database &db, const QStringList &columns, const QString &peer, bool full)
{
    SyncChangeScan scan(db, QStringLiteral("customers"), columns, peer, full);
    QStringList ids;
    while (scan.next())
        ids.append(scan.row().first().value_or(QString()));
    return ids;
}

} // namespace

TEST_CASE("SyncRecordTable reads, inserts and updates whole records by id")
{
    sb::test::TempWorkspace ws;
    const QStringList columns = syncvalues::columnsOf(*ws.db, QStringLiteral("customers"));
    REQUIRE(columns.first() == QStringLiteral("id"));
    SyncRecordTable table(*ws.db, QStringLiteral("customers"), columns);

    CHECK_FALSE(table.find(QStringLiteral("c1")));
    SyncValues row = customer(columns, QStringLiteral("c1"), QStringLiteral("C1"));
    table.insert(row);
    std::optional<SyncValues> read = table.find(QStringLiteral("c1"));
    REQUIRE(read);
    CHECK(*read == row); // NULL stays NULL, '' stays ''

    row[int(columns.indexOf(QStringLiteral("name")))] = QStringLiteral("Renamed");
    row[int(columns.indexOf(QStringLiteral("notes")))] = QStringLiteral("\\ a backslash, \"quotes\"");
    table.update(row);
    CHECK(table.find(QStringLiteral("c1")) == row);

    // A constraint refusal is a data error, for the caller to explain.
    try {
        table.insert(row);
        FAIL("a second record with the same id was stored");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
    }
    CHECK(SyncRecordKeys(*ws.db).key(QStringLiteral("customers"), {QStringLiteral("code")},
                                     QStringLiteral("c1"))
          == QStringLiteral("C1"));
    CHECK(SyncRecordKeys(*ws.db)
              .key(QStringLiteral("customers"), {QStringLiteral("code")}, QStringLiteral("nope"))
              .isEmpty());
}

TEST_CASE("SyncChangeScan lists what a peer was not sent, and markSent remembers it")
{
    sb::test::TempWorkspace ws;
    const Database &db = *ws.db;
    const QStringList columns = syncvalues::columnsOf(db, QStringLiteral("customers"));
    SyncRecordTable table(db, QStringLiteral("customers"), columns);
    table.insert(customer(columns, QStringLiteral("c2"), QStringLiteral("C2")));
    table.insert(customer(columns, QStringLiteral("c1"), QStringLiteral("C1")));

    {
        SyncChangeScan scan(db, QStringLiteral("customers"), columns, QStringLiteral("B"), false);
        REQUIRE(scan.next());
        CHECK(scan.row().first() == QStringLiteral("c1")); // by id
        CHECK(scan.isInteger(int(columns.indexOf(QStringLiteral("version")))));
        CHECK_FALSE(scan.isInteger(int(columns.indexOf(QStringLiteral("code")))));
        CHECK_FALSE(scan.base());
        REQUIRE(scan.next());
        CHECK_FALSE(scan.next());
        scan.markSent();
    }
    CHECK(scannedIds(db, columns, QStringLiteral("B"), false).isEmpty());
    CHECK(scannedIds(db, columns, QStringLiteral("B"), true).size() == 2);
    CHECK(scannedIds(db, columns, QStringLiteral("C"), false).size() == 2); // another peer

    // A changed stamp is sent again; tombstones come first.
    SyncValues changed = customer(columns, QStringLiteral("c2"), QStringLiteral("C2"), 2);
    changed[int(columns.indexOf(QStringLiteral("deleted")))] = QStringLiteral("1");
    table.update(changed);
    table.insert(customer(columns, QStringLiteral("c0"), QStringLiteral("C0")));
    CHECK(scannedIds(db, columns, QStringLiteral("B"), false)
          == QStringList{QStringLiteral("c2"), QStringLiteral("c0")});
}

TEST_CASE("SyncShadowStore remembers what a peer sent, which becomes the base of the next scan")
{
    sb::test::TempWorkspace ws;
    const Database &db = *ws.db;
    const QStringList columns = syncvalues::columnsOf(db, QStringLiteral("customers"));
    SyncRecordTable(db, QStringLiteral("customers"), columns)
        .insert(customer(columns, QStringLiteral("c1"), QStringLiteral("C1")));

    SyncShadowStore shadow(db, QStringLiteral("customers"), QStringLiteral("B"));
    CHECK_FALSE(shadow.received(QStringLiteral("c1")));
    const QString json = QStringLiteral("{\"id\":\"c1\"}");
    // The peer has our record with the stamp it sent: nothing to send back.
    shadow.setReceived(QStringLiteral("c1"), json, QStringLiteral("1"),
                       QStringLiteral("2025-01-01T00:00:00.000Z"), QStringLiteral("HQ"));
    CHECK(shadow.received(QStringLiteral("c1")) == json);
    CHECK(scannedIds(db, columns, QStringLiteral("B"), false).isEmpty());

    SyncChangeScan scan(db, QStringLiteral("customers"), columns, QStringLiteral("B"), true);
    REQUIRE(scan.next());
    CHECK(scan.base() == json);
    CHECK_FALSE(
        SyncShadowStore(db, QStringLiteral("customers"), QStringLiteral("C")).received(QStringLiteral("c1")));
}

TEST_CASE("SyncLedgerStore keeps the package numbers exchanged with each office")
{
    sb::test::TempWorkspace ws;
    const SyncLedgerStore ledger(*ws.db);
    CHECK(ledger.lastSent(QStringLiteral("B")) == 0);
    CHECK(ledger.lastReceived(QStringLiteral("B")) == 0);
    ledger.saveSent(QStringLiteral("B"), 3, QStringLiteral("2025-01-01T00:00:00.000Z"));
    ledger.saveLastReceived(QStringLiteral("B"), 7, QStringLiteral("2025-01-02T00:00:00.000Z"));
    ledger.saveSent(QStringLiteral(""), 4, QStringLiteral("2025-01-03T00:00:00.000Z"));
    CHECK(ledger.lastSent(QStringLiteral("B")) == 3);
    CHECK(ledger.lastReceived(QStringLiteral("B")) == 7);

    const QList<SyncPeer> peers = ledger.peers();
    REQUIRE(peers.size() == 2);
    CHECK(peers[0].officeId.isEmpty());
    CHECK(peers[0].lastSentSeq == 4);
    CHECK(peers[1].officeId == QStringLiteral("B"));
    CHECK(peers[1].lastSentAt == QStringLiteral("2025-01-01T00:00:00.000Z"));
    CHECK(peers[1].lastReceivedSeq == 7);
    CHECK(peers[1].lastReceivedAt == QStringLiteral("2025-01-02T00:00:00.000Z"));

    CHECK_FALSE(ledger.received(QStringLiteral("B"), 1));
    ledger.saveReceived(QStringLiteral("B"), 1, QString(), QStringLiteral("t1")); // older package: no id
    ledger.saveReceived(QStringLiteral("B"), 2, QStringLiteral("p2"), QStringLiteral("t2"));
    ledger.saveReceived(QStringLiteral("B"), 3, QStringLiteral("p3"), QStringLiteral("t3"));
    REQUIRE(ledger.received(QStringLiteral("B"), 1));
    CHECK(ledger.received(QStringLiteral("B"), 1)->packageId == QStringLiteral(""));
    CHECK(ledger.received(QStringLiteral("B"), 2)->receivedAt == QStringLiteral("t2"));
    ledger.forgetReceivedAfter(QStringLiteral("B"), 2);
    CHECK(ledger.received(QStringLiteral("B"), 2));
    CHECK_FALSE(ledger.received(QStringLiteral("B"), 3));
}

TEST_CASE("SyncConflictStore stores, finds and marks conflicts")
{
    sb::test::TempWorkspace ws;
    SyncConflictStore store(*ws.db);
    SyncConflict c;
    c.detectedAt = QStringLiteral("2025-01-01T00:00:00.000Z");
    c.entity = QStringLiteral("customer");
    c.recordId = QStringLiteral("c1");
    c.field = QStringLiteral("name");
    c.localValue = QStringLiteral("Ours");
    c.remoteValue = std::nullopt;
    c.winnerOffice = QStringLiteral("B");
    c.package = QStringLiteral("B#1");
    CHECK_FALSE(store.contains(c));
    const qint64 first = store.add(c);
    CHECK(first > 0);
    CHECK(store.contains(c));
    SyncConflict other = c;
    other.remoteValue = QStringLiteral("");
    CHECK_FALSE(store.contains(other)); // NULL and '' differ
    const qint64 second = store.add(other);
    CHECK(second > first);

    const QList<SyncConflict> all = store.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].seq == first);
    CHECK(all[0].localValue == QStringLiteral("Ours"));
    CHECK_FALSE(all[0].remoteValue);
    CHECK(all[1].remoteValue == QStringLiteral(""));
    CHECK(all[0].package == QStringLiteral("B#1"));
    CHECK_FALSE(all[0].reviewed);
    CHECK(store.listAfter(first).size() == 1);

    CHECK(store.markReviewed({first}) == 1);
    CHECK(store.markReviewed({first}) == 0);
    CHECK(store.list(true).size() == 1);
    CHECK(store.markAllReviewed() == 1);
    CHECK(store.list(true).isEmpty());
    CHECK(store.list().size() == 2);
}

TEST_CASE("SyncDerivedStore answers for a workspace without orders or stage changes")
{
    sb::test::TempWorkspace ws;
    SyncDerivedStore store(*ws.db);
    CHECK(store.latestStages(QStringLiteral("o1")).isEmpty());
    CHECK_FALSE(store.liveOrderTotals(QStringLiteral("o1")));
    CHECK_FALSE(store.lineNumberTaken(QStringLiteral("o1"), 1, QStringLiteral("l1")));
    CHECK(store.liveLines(QStringLiteral("o1")).isEmpty());
}
