// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/synctestsupport.h"
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/syncexport.h"
#include "core/exchange/syncimport.h"
#include "core/exchange/syncmerge.h"
#include "core/exchange/syncstate.h"
#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "core/storage/teamrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using namespace sb::core;
using sb::test::Offices;

namespace {

// Every table but the per-office ones (sb::test::perOfficeTables()), all columns:
// equal dumps mean the offices hold the same data.
QString syncedDump(const Database &db)
{
    return sb::test::officeDump(db);
}

qint64 rowCount(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Error::Kind errorKind(const std::function<void()> &action, QString *message = nullptr)
{
    try {
        action();
    } catch (const Error &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::Usage;
}

struct Seeded
{
    QString customerX;
    QString customerY;
    QString customerZ;
    QString order;
};

// A small but complete workspace: nested teams (child id sorting before its parent's),
// customers, a product, an order with lines, an opportunity with its history.
Seeded seed(Database &db)
{
    Seeded s;
    Team parent;
    parent.meta.id = QStringLiteral("ffffffff-0000-4000-8000-000000000001");
    parent.code = QStringLiteral("T-NORTH");
    parent.name = QStringLiteral("North");
    Team child;
    child.meta.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    child.code = QStringLiteral("T-NORTH-1");
    child.name = QStringLiteral("North 1");
    child.parentTeamId = TeamRepository(db).create(parent).meta.id;
    TeamRepository(db).create(child);

    CustomerRepository customers(db);
    auto customer = [&](const QString &code, const QString &name) {
        Customer c;
        c.code = code;
        c.name = name;
        c.phone = QStringLiteral("010 1234 5678");
        c.notes = QStringLiteral("said \"hello\", then left\r\nline two; =SUM(A1) \\N \\back 你好 🙂");
        return customers.create(c).meta.id;
    };
    s.customerX = customer(QStringLiteral("C-X"), QStringLiteral("Xavier Ltd"));
    s.customerY = customer(QStringLiteral("C-Y"), QStringLiteral("Yellow Co"));
    s.customerZ = customer(QStringLiteral("C-Z"), QStringLiteral("-Zeta @ Corp"));

    Product p;
    p.sku = QStringLiteral("SKU-1");
    p.name = QStringLiteral("Sensor");
    p.unitPrice = 12345;
    const QString productId = ProductRepository(db).create(p).meta.id;

    Order o;
    o.number = QStringLiteral("SO-1");
    o.customerId = s.customerX;
    o.orderDate = QDate(2025, 3, 1);
    for (int n = 1; n <= 2; ++n) {
        OrderLine line;
        line.lineNo = n;
        line.quantity = n * 3;
        line.unitPrice = 12345;
        line.productId = productId;
        o.lines.append(line);
    }
    s.order = OrderRepository(db).create(o).meta.id;

    Opportunity opp;
    opp.code = QStringLiteral("O-1");
    opp.customerId = s.customerY;
    opp.title = QStringLiteral("Pilot");
    opp.createdOn = QDate(2025, 2, 1);
    OpportunityRepository(db).create(opp);
    return s;
}

void editCustomer(Database &db, const QString &id, const std::function<void(Customer &)> &change)
{
    CustomerRepository repo(db);
    std::optional<Customer> c = repo.findById(id);
    REQUIRE(c.has_value());
    change(*c);
    repo.update(*c);
    QThread::msleep(3); // the next change gets a later updated_at
}

} // namespace

TEST_CASE("A first package brings every synced record to an empty office", "[sync]")
{
    Offices o;
    seed(o.dbA());
    const QString dir = o.packages.filePath(QStringLiteral("first"));
    const SyncExportResult sent = exportSyncPackage(o.dbA(), dir);

    CHECK(sent.sequence == 1);
    CHECK(sent.previousSequence == 0);
    qint64 records = 0;
    for (const syncpackage::SyncTable &table : syncpackage::tables())
        records += rowCount(o.dbA(), table.table);
    CHECK(records > 10);
    CHECK(sent.rows == records);
    CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral(".partial")));
    const QStringList files = QDir(dir).entryList(QDir::Files);
    CHECK(files.contains(QStringLiteral("manifest.json")));
    CHECK(files.contains(QStringLiteral("customers.csv")));
    CHECK(files.contains(QStringLiteral("promotion_products.csv")));

    const SyncImportResult got = importSyncPackage(o.dbB(), dir, false);
    CHECK(got.committed);
    CHECK_FALSE(got.alreadyImported);
    CHECK(got.fromOffice == o.dbA().officeId());
    CHECK(got.inserted == sent.rows);
    CHECK(got.warnings.isEmpty());
    CHECK(got.conflicts.isEmpty());
    CHECK(QFileInfo::exists(got.backupPath));
    CHECK(syncedDump(o.dbB()) == syncedDump(o.dbA()));
    CHECK(o.dbB().integrityProblems().isEmpty());
}

TEST_CASE("Importing the same package twice changes nothing the second time", "[sync]")
{
    Offices o;
    seed(o.dbA());
    const QString dir = o.send(o.dbA(), o.dbB());
    importSyncPackage(o.dbB(), dir, false);
    const QString before = sb::test::dumpTables(o.dbB());

    const SyncImportResult again = importSyncPackage(o.dbB(), dir, false);
    CHECK(again.alreadyImported);
    CHECK_FALSE(again.committed);
    CHECK(again.summary().contains(QStringLiteral("imported before")));
    CHECK(sb::test::dumpTables(o.dbB()) == before);
}

TEST_CASE("Identical records in a new package do not bump versions", "[sync]")
{
    Offices o;
    seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    const QString before = syncedDump(o.dbB());
    // A full package repeats every record unchanged, under a new sequence number.
    SyncExportOptions full;
    full.full = true;
    const SyncImportResult result = importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB(), full), false);
    CHECK_FALSE(result.alreadyImported);
    CHECK(result.rows > 0);
    CHECK(result.unchanged == result.rows);
    CHECK(result.updated == 0);
    CHECK(syncedDump(o.dbB()) == before);
    // Nothing changed in A since, so the next package is empty.
    const QString dir = o.send(o.dbA(), o.dbB());
    CHECK(importSyncPackage(o.dbB(), dir, false).rows == 0);
}

TEST_CASE("Edits to different fields of a record merge in both offices without a conflict", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);

    SECTION("one office after the other")
    {
        editCustomer(o.dbB(), s.customerX, [](Customer &c) { c.phone = QStringLiteral("021 5555 0000"); });
        editCustomer(o.dbA(), s.customerX, [](Customer &c) { c.name = QStringLiteral("Xavier Group"); });
        const SyncImportResult atB = importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
        CHECK(atB.updated == 1);
        const SyncImportResult atA = importSyncPackage(o.dbA(), o.send(o.dbB(), o.dbA()), false);
        CHECK(atA.updated == 1);
        CHECK(atB.conflicts.isEmpty());
        CHECK(atA.conflicts.isEmpty());
    }
    SECTION("both packages written before either is imported")
    {
        editCustomer(o.dbA(), s.customerX, [](Customer &c) { c.name = QStringLiteral("Xavier Group"); });
        editCustomer(o.dbB(), s.customerX, [](Customer &c) { c.phone = QStringLiteral("021 5555 0000"); });
        const QString fromA = o.send(o.dbA(), o.dbB());
        const QString fromB = o.send(o.dbB(), o.dbA());
        CHECK(importSyncPackage(o.dbB(), fromA, false).conflicts.isEmpty());
        CHECK(importSyncPackage(o.dbA(), fromB, false).conflicts.isEmpty());
    }
    for (Database *db : {&o.dbA(), &o.dbB()}) {
        const std::optional<Customer> x = CustomerRepository(*db).findById(s.customerX);
        REQUIRE(x.has_value());
        CHECK(x->name == QStringLiteral("Xavier Group"));
        CHECK(x->phone == QStringLiteral("021 5555 0000"));
        CHECK(syncConflicts(*db).isEmpty());
    }
    CHECK(syncedDump(o.dbA()) == syncedDump(o.dbB()));
}

TEST_CASE("Both offices editing the same field pick the same winner and list the conflict", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);

    editCustomer(o.dbA(), s.customerY, [](Customer &c) { c.name = QStringLiteral("Yellow (A)"); });
    editCustomer(o.dbB(), s.customerY, [](Customer &c) { c.name = QStringLiteral("Yellow (B)"); });
    const QString fromA = o.send(o.dbA(), o.dbB());
    const QString fromB = o.send(o.dbB(), o.dbA());
    importSyncPackage(o.dbB(), fromA, false);
    importSyncPackage(o.dbA(), fromB, false);

    // B's change is the later one, so it wins in both offices.
    for (Database *db : {&o.dbA(), &o.dbB()})
        CHECK(CustomerRepository(*db).findById(s.customerY)->name == QStringLiteral("Yellow (B)"));
    CHECK(syncedDump(o.dbA()) == syncedDump(o.dbB()));

    const QList<SyncConflict> atA = syncConflicts(o.dbA());
    const QList<SyncConflict> atB = syncConflicts(o.dbB());
    REQUIRE(atA.size() == 1);
    REQUIRE(atB.size() == 1);
    CHECK(atA[0].entity == QStringLiteral("customer"));
    CHECK(atA[0].recordKey == QStringLiteral("C-Y"));
    CHECK(atA[0].field == QStringLiteral("name"));
    CHECK(atA[0].localValue == QStringLiteral("Yellow (A)"));
    CHECK(atA[0].remoteValue == QStringLiteral("Yellow (B)"));
    CHECK(atB[0].localValue == QStringLiteral("Yellow (B)"));
    CHECK(atB[0].remoteValue == QStringLiteral("Yellow (A)"));
    CHECK(atA[0].winnerOffice == o.dbB().officeId());
    CHECK(atB[0].winnerOffice == o.dbB().officeId());

    // Another round changes nothing more.
    CHECK(importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false).updated == 0);
    CHECK(importSyncPackage(o.dbA(), o.send(o.dbB(), o.dbA()), false).updated == 0);
    CHECK(syncedDump(o.dbA()) == syncedDump(o.dbB()));
    CHECK(syncConflicts(o.dbA()).size() == 1);
}

TEST_CASE("Random edits in both offices converge once packages went both ways", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    const QStringList ids = {s.customerX, s.customerY, s.customerZ};
    QRandomGenerator random(GENERATE(range(1u, 4u)));
    const bool simultaneous = GENERATE(true, false);
    CAPTURE(simultaneous);

    for (int round = 0; round < 3; ++round) {
        for (int edit = 0; edit < 6; ++edit) {
            Database &db = random.bounded(2) == 0 ? o.dbA() : o.dbB();
            const QString id = ids[random.bounded(int(ids.size()))];
            if (!CustomerRepository(db).findById(id))
                continue;
            const QString value = QStringLiteral("v%1-%2").arg(round).arg(edit);
            switch (random.bounded(5)) {
            case 0:
                editCustomer(db, id, [&](Customer &c) { c.name = value; });
                break;
            case 1:
                editCustomer(db, id, [&](Customer &c) { c.city = value; });
                break;
            case 2:
                editCustomer(db, id, [&](Customer &c) { c.notes = value; });
                break;
            case 3:
                editCustomer(db, id, [&](Customer &c) {
                    c.phone = QStringLiteral("0571 %1").arg(edit * 1111 + 1000);
                });
                break;
            default:
                if (random.bounded(3) == 0) {
                    CustomerRepository(db).remove(id);
                    QThread::msleep(3);
                }
            }
        }
        if (simultaneous) {
            const QString fromA = o.send(o.dbA(), o.dbB());
            const QString fromB = o.send(o.dbB(), o.dbA());
            importSyncPackage(o.dbB(), fromA, false);
            importSyncPackage(o.dbA(), fromB, false);
        } else {
            importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
            importSyncPackage(o.dbA(), o.send(o.dbB(), o.dbA()), false);
        }
    }
    // One more exchange settles whatever the last one merged; after it nothing moves.
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    importSyncPackage(o.dbA(), o.send(o.dbB(), o.dbA()), false);
    CHECK(syncedDump(o.dbA()) == syncedDump(o.dbB()));
    CHECK(importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false).rows == 0);
    CHECK(importSyncPackage(o.dbA(), o.send(o.dbB(), o.dbA()), false).rows == 0);
    CHECK(o.dbA().integrityProblems().isEmpty());
    CHECK(o.dbB().integrityProblems().isEmpty());
}

TEST_CASE("Three offices that edit and pass packages around in any order converge", "[sync]")
{
    sb::test::TempWorkspace a;
    sb::test::TempWorkspace b;
    sb::test::TempWorkspace c;
    QTemporaryDir packages;
    QList<Database *> offices = {a.db.get(), b.db.get(), c.db.get()};
    const Seeded s = seed(*a.db);
    int counter = 0;
    auto send = [&](Database &from, Database &to) {
        const QString dir = packages.filePath(QStringLiteral("p%1").arg(++counter));
        exportSyncPackage(from, dir, to.officeId());
        return dir;
    };
    importSyncPackage(*b.db, send(*a.db, *b.db), false);
    importSyncPackage(*c.db, send(*b.db, *c.db), false);
    const QStringList ids = {s.customerX, s.customerY, s.customerZ};
    QRandomGenerator random(GENERATE(range(1u, 4u)));
    struct Pending
    {
        Database *to;
        QString dir;
    };
    QList<Pending> pending; // written but not yet imported: they arrive late and out of order

    for (int step = 0; step < 30; ++step) {
        Database &db = *offices[random.bounded(3)];
        const QString id = ids[random.bounded(int(ids.size()))];
        const int action = random.bounded(6);
        if (action == 0) {
            Database &to = *offices[random.bounded(3)];
            if (&to != &db)
                pending.append({&to, send(db, to)});
        } else if (action == 1 && !pending.isEmpty()) {
            const Pending p = pending.takeAt(random.bounded(int(pending.size())));
            importSyncPackage(*p.to, p.dir, false);
        } else if (CustomerRepository(db).findById(id)) {
            const QString value = QStringLiteral("s%1").arg(step);
            switch (action) {
            case 2:
                editCustomer(db, id, [&](Customer &x) { x.name = value; });
                break;
            case 3:
                editCustomer(db, id, [&](Customer &x) { x.city = value; });
                break;
            case 4:
                editCustomer(db, id, [&](Customer &x) { x.notes = value; });
                break;
            default:
                if (random.bounded(4) == 0) {
                    CustomerRepository(db).remove(id);
                    QThread::msleep(3);
                }
            }
        }
    }
    while (!pending.isEmpty()) {
        const Pending p = pending.takeAt(random.bounded(int(pending.size())));
        importSyncPackage(*p.to, p.dir, false);
    }
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                if (i != j)
                    importSyncPackage(*offices[j], send(*offices[i], *offices[j]), false);
            }
        }
    }
    CHECK(syncedDump(*a.db) == syncedDump(*b.db));
    CHECK(syncedDump(*b.db) == syncedDump(*c.db));
    for (Database *db : offices)
        CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("A deletion reaches the other office as a tombstone", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    CustomerRepository(o.dbA()).remove(s.customerZ);

    const SyncImportResult result = importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    CHECK(result.deleted == 1);
    CHECK_FALSE(CustomerRepository(o.dbB()).findById(s.customerZ).has_value());
    QSqlQuery q(o.dbB().connection());
    q.prepare(QStringLiteral("SELECT deleted FROM customers WHERE id = ?"));
    q.addBindValue(s.customerZ);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(syncedDump(o.dbA()) == syncedDump(o.dbB()));
}

TEST_CASE("A deletion against an edit in the other office is a conflict the newer change wins", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    CustomerRepository(o.dbA()).remove(s.customerZ);
    QThread::msleep(3);
    editCustomer(o.dbB(), s.customerZ, [](Customer &c) { c.city = QStringLiteral("Hangzhou"); });
    const QString fromA = o.send(o.dbA(), o.dbB());
    const QString fromB = o.send(o.dbB(), o.dbA());
    importSyncPackage(o.dbB(), fromA, false);
    importSyncPackage(o.dbA(), fromB, false);

    for (Database *db : {&o.dbA(), &o.dbB()}) {
        const std::optional<Customer> z = CustomerRepository(*db).findById(s.customerZ);
        REQUIRE(z.has_value()); // the edit was later, so the record lives on
        CHECK(z->city == QStringLiteral("Hangzhou"));
        const QList<SyncConflict> conflicts = syncConflicts(*db);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].field == QStringLiteral("deleted"));
    }
    CHECK(syncedDump(o.dbA()) == syncedDump(o.dbB()));
}

TEST_CASE("A package file changed after it was written is refused and nothing changes", "[sync]")
{
    Offices o;
    seed(o.dbA());
    const QString dir = o.send(o.dbA(), o.dbB());
    QFile file(QDir(dir).filePath(QStringLiteral("customers.csv")));
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("Xavier");
    REQUIRE(at > 0);
    bytes[at] = 'Y';
    file.seek(0);
    file.write(bytes);
    file.close();
    const QString before = sb::test::dumpTables(o.dbB());

    QString message;
    CHECK(errorKind([&] { importSyncPackage(o.dbB(), dir, false); }, &message) == Error::Kind::Data);
    CHECK(message.contains(QStringLiteral("customers.csv")));
    CHECK(message.contains(QStringLiteral("ordinary CSV import")));
    CHECK(sb::test::dumpTables(o.dbB()) == before);
}

TEST_CASE("A gap in the package sequence is reported and the missing package still applies later", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    const QString first = o.send(o.dbA(), o.dbB());
    editCustomer(o.dbA(), s.customerX, [](Customer &c) { c.name = QStringLiteral("Xavier Group"); });
    Product p;
    p.sku = QStringLiteral("SKU-2");
    p.name = QStringLiteral("Gateway");
    ProductRepository(o.dbA()).create(p);
    const QString second = o.send(o.dbA(), o.dbB());

    const SyncImportResult result = importSyncPackage(o.dbB(), second, false);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].contains(QStringLiteral("1..1")));
    CHECK(result.warnings[0].contains(o.dbA().officeId()));
    CHECK(ProductRepository(o.dbB()).findBySku(QStringLiteral("SKU-2")).has_value());
    CHECK(CustomerRepository(o.dbB()).findById(s.customerX)->name == QStringLiteral("Xavier Group"));

    // The missing package arrives late: it fills in the rest without undoing the later name.
    const SyncImportResult late = importSyncPackage(o.dbB(), first, false);
    CHECK_FALSE(late.alreadyImported);
    CHECK(CustomerRepository(o.dbB()).findById(s.customerX)->name == QStringLiteral("Xavier Group"));
    CHECK(syncedDump(o.dbB()) == syncedDump(o.dbA()));
    CHECK(importSyncPackage(o.dbB(), first, false).alreadyImported);
}

TEST_CASE("A package from this same office is refused", "[sync]")
{
    Offices o;
    seed(o.dbA());
    const QString dir = o.packages.filePath(QStringLiteral("own"));
    exportSyncPackage(o.dbA(), dir);
    const QString before = sb::test::dumpTables(o.dbA());
    QString message;
    CHECK(errorKind([&] { importSyncPackage(o.dbA(), dir, false); }, &message) == Error::Kind::Data);
    CHECK(message.contains(o.dbA().officeId()));
    CHECK(sb::test::dumpTables(o.dbA()) == before);
}

TEST_CASE("A package meant for another office or written with another schema is refused", "[sync]")
{
    Offices o;
    seed(o.dbA());
    sb::test::TempWorkspace c;
    QString message;

    SECTION("another destination")
    {
        const QString dir = o.send(o.dbA(), *c.db);
        CHECK(errorKind([&] { importSyncPackage(o.dbB(), dir, false); }, &message) == Error::Kind::Data);
        CHECK(message.contains(c.db->officeId()));
    }
    SECTION("another schema version")
    {
        const QString dir = o.send(o.dbA(), o.dbB());
        QFile file(QDir(dir).filePath(QStringLiteral("manifest.json")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        manifest.insert(QStringLiteral("schema_version"), o.dbB().schemaVersion() + 1);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
        file.close();
        CHECK(errorKind([&] { importSyncPackage(o.dbB(), dir, false); }, &message) == Error::Kind::Data);
        CHECK(message.contains(QStringLiteral("schema version %1").arg(o.dbB().schemaVersion() + 1)));
    }
    CHECK(rowCount(o.dbB(), QStringLiteral("customers")) == 0);
}

TEST_CASE("A dry run reports what a package would do and writes nothing", "[sync]")
{
    Offices o;
    seed(o.dbA());
    const QString dir = o.send(o.dbA(), o.dbB());
    const QString before = sb::test::dumpTables(o.dbB());
    const SyncImportResult preview = importSyncPackage(o.dbB(), dir, true);
    CHECK(preview.dryRun);
    CHECK_FALSE(preview.committed);
    CHECK(preview.inserted > 0);
    CHECK(sb::test::dumpTables(o.dbB()) == before);
    // The real import afterwards is not mistaken for a repeat.
    CHECK(importSyncPackage(o.dbB(), dir, false).inserted == preview.inserted);
}

TEST_CASE("Export refuses an existing folder and this office as destination", "[sync]")
{
    Offices o;
    CHECK(errorKind([&] { exportSyncPackage(o.dbA(), o.packages.path()); }) == Error::Kind::Usage);
    CHECK(errorKind([&] {
              exportSyncPackage(o.dbA(), o.packages.filePath(QStringLiteral("x")), o.dbA().officeId());
          })
          == Error::Kind::Usage);
    CHECK(o.dbA().setting(QStringLiteral("sync_sequence")).isEmpty());
}

TEST_CASE("Conflicts can be marked reviewed and exported as CSV", "[sync]")
{
    Offices o;
    const Seeded s = seed(o.dbA());
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);
    editCustomer(o.dbA(), s.customerX, [](Customer &c) { c.phone = QStringLiteral("0571 1111 111"); });
    editCustomer(o.dbB(), s.customerX, [](Customer &c) { c.phone = QStringLiteral("0571 2222 222"); });
    importSyncPackage(o.dbB(), o.send(o.dbA(), o.dbB()), false);

    const QList<SyncConflict> open = syncConflicts(o.dbB(), true);
    REQUIRE(open.size() == 1);
    const QString csv = o.packages.filePath(QStringLiteral("conflicts.csv"));
    exportSyncConflicts(o.dbB(), csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("0571 1111 111")));
    CHECK(text.contains(QStringLiteral("0571 2222 222")));
    CHECK(text.contains(QStringLiteral("C-X")));

    CHECK(markSyncConflictsReviewed(o.dbB(), {open[0].seq}) == 1);
    CHECK(syncConflicts(o.dbB(), true).isEmpty());
    CHECK(syncConflicts(o.dbB(), false).size() == 1);
    CHECK(markSyncConflictsReviewed(o.dbB()) == 0);
}

TEST_CASE("The merge rule gives both offices the same result", "[sync]")
{
    const QStringList columns
        = {QStringLiteral("id"),         QStringLiteral("name"),       QStringLiteral("phone"),
           QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("updated_by_office"),
           QStringLiteral("version"),    QStringLiteral("deleted")};
    const auto meta = syncpackage::MetaColumns::of(columns, QStringLiteral("t"));
    auto row = [](const char *name, const char *phone, const char *at, const char *office,
                  const char *version) {
        return syncpackage::Values{QStringLiteral("r1"),       QString::fromUtf8(name),
                                   QString::fromUtf8(phone),   QStringLiteral("2025-01-01T00:00:00.000Z"),
                                   QString::fromUtf8(at),      QString::fromUtf8(office),
                                   QString::fromUtf8(version), QStringLiteral("0")};
    };
    const auto base = row("n", "p", "2025-01-01T00:00:00.000Z", "A", "1");
    const auto inA = row("nA", "p", "2025-01-02T00:00:00.000Z", "A", "2");
    const auto inB = row("n", "pB", "2025-01-02T00:00:00.000Z", "B", "2");

    const auto atA = syncmerge::merge(columns, meta, inA, inB, base);
    const auto atB = syncmerge::merge(columns, meta, inB, inA, base);
    CHECK(atA.outcome == syncmerge::Outcome::Merged);
    CHECK(atA.values == atB.values);
    CHECK(atA.values[1] == QStringLiteral("nA"));
    CHECK(atA.values[2] == QStringLiteral("pB"));
    CHECK(atA.values[meta.version] == QStringLiteral("3"));
    CHECK(atA.values[meta.office] == QStringLiteral("B")); // same time: the greater office id
    CHECK(atA.conflicts.isEmpty());

    // Without a known common state, every difference is a conflict.
    const auto blind = syncmerge::merge(columns, meta, inA, inB, std::nullopt);
    CHECK(blind.conflicts.size() == 2);
    CHECK(blind.values == inB);
}
