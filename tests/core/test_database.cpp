// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using sb::core::Database;
using sb::core::Error;

namespace {
QString pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    REQUIRE(q.next());
    return q.value(0).toString();
}

int tableCount(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a new workspace gets the latest schema, the pragmas and an office id", "[database]")
{
    sb::test::TempWorkspace ws;
    CHECK(ws.db->schemaVersion() == sb::core::migrations::latestVersion());
    CHECK(pragma(*ws.db, "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(*ws.db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*ws.db, "synchronous") == QStringLiteral("2")); // FULL
    CHECK(ws.db->officeId().size() == 8);
    CHECK(ws.db->numberPrefix() == ws.db->officeId().left(4));
    CHECK(tableCount(*ws.db) >= 25);
}

TEST_CASE("reopening a workspace keeps schema, data and office id", "[database]")
{
    sb::test::TempWorkspace ws;
    const QString office = ws.db->officeId();
    ws.db->setSetting(QStringLiteral("probe"), QStringLiteral("值 kept"));
    const int tables = tableCount(*ws.db);
    ws.reopen();
    CHECK(ws.db->officeId() == office);
    CHECK(ws.db->setting(QStringLiteral("probe")) == QStringLiteral("值 kept"));
    CHECK(tableCount(*ws.db) == tables);
}

TEST_CASE("the workspace file is readable by its owner only", "[database]")
{
    sb::test::TempWorkspace ws;
    const auto perms = QFileInfo(ws.path).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
}

TEST_CASE("a held lock refuses a second read-write open and names the holder", "[database][lock]")
{
    sb::test::TempWorkspace ws;
    const QString path = ws.path;
    ws.db.reset();

    // Another process holds the lock: write the lock file QLockFile would write for
    // a live process that is not us (our parent) on another host.
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    const qint64 livePid = qint64(getppid());
    lock.write(QByteArray::number(livePid) + "\nother-app\nother-host\n");
    lock.close();

    try {
        auto second = Database::open(path);
        FAIL("a second open succeeded while the workspace was locked");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Locked);
        CHECK(e.message().contains(QStringLiteral("other-host")));
        CHECK(e.message().contains(QString::number(livePid)));
        CHECK(e.exitCode() == 3);
    }
    auto readOnly = Database::open(path, Database::Mode::ReadOnly);
    CHECK(readOnly->isReadOnly());
    CHECK_THROWS_AS(readOnly->setSetting(QStringLiteral("x"), QStringLiteral("y")), Error);
}

TEST_CASE("backup writes a checked copy and restore brings the data back", "[database][backup]")
{
    sb::test::TempWorkspace ws;
    ws.db->setSetting(QStringLiteral("probe"), QStringLiteral("before"));
    const QString backup = ws.dir.filePath(QStringLiteral("backups/one.salesbench"));
    ws.db->backupTo(backup);
    REQUIRE(QFileInfo::exists(backup));
    CHECK_FALSE(QFileInfo(backup).permissions().testFlag(QFileDevice::ReadOther));
    ws.db->setSetting(QStringLiteral("probe"), QStringLiteral("after"));
    ws.db.reset();

    Database::restore(backup, ws.path);
    ws.db = Database::open(ws.path);
    CHECK(ws.db->setting(QStringLiteral("probe")) == QStringLiteral("before"));
    CHECK(ws.db->integrityProblems().isEmpty());
}

TEST_CASE("restore refuses a file that is not a backup and leaves the workspace alone", "[database][backup]")
{
    sb::test::TempWorkspace ws;
    ws.db->setSetting(QStringLiteral("probe"), QStringLiteral("kept"));
    ws.db.reset();
    const QString junk = ws.dir.filePath(QStringLiteral("junk.bak"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just text");
    f.close();
    CHECK_THROWS_AS(Database::restore(junk, ws.path), Error);
    ws.db = Database::open(ws.path);
    CHECK(ws.db->setting(QStringLiteral("probe")) == QStringLiteral("kept"));
}

TEST_CASE("a file that is not a database is refused with a clear error", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        Database::open(path);
        FAIL("opened a text file as a workspace");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Database);
        CHECK(e.message().contains(QStringLiteral("notes.txt")));
    }
}

TEST_CASE("a failed transaction leaves nothing behind", "[database]")
{
    sb::test::TempWorkspace ws;
    {
        Database::Transaction tx(*ws.db);
        ws.db->setSetting(QStringLiteral("half"), QStringLiteral("written"));
        // no commit: destructor rolls back
    }
    CHECK(ws.db->setting(QStringLiteral("half")).isEmpty());
}

TEST_CASE("constraint violations are reported as data errors", "[database]")
{
    sb::test::TempWorkspace ws;
    QSqlQuery q = ws.db->prepare(QStringLiteral(
        "INSERT INTO products (id, sku, name, created_at, updated_at, updated_by_office, unit_price) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(Database::newId()), QVariant(QStringLiteral("SKU")),
                              QVariant(QStringLiteral("n")), QVariant(Database::nowUtc()),
                              QVariant(Database::nowUtc()), QVariant(QStringLiteral("X")), QVariant(-1)})
        q.addBindValue(v);
    try {
        Database::exec(q, QStringLiteral("insert a product"));
        FAIL("a negative price was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
    }
}

TEST_CASE("a workspace of every earlier schema version migrates forward with its data intact",
          "[database][migration]")
{
    for (int version = 1; version < sb::core::migrations::latestVersion(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.salesbench"));
        {
            // Build the old schema by hand, as that release would have, and put data in it.
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            REQUIRE(old.open());
            sb::core::migrations::migrate(old, version);
            QSqlQuery q(old);
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
            REQUIRE(q.next());
            REQUIRE(q.value(0).toInt() == version);
            REQUIRE(q.exec(QStringLiteral(
                "INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office) "
                "VALUES ('c1', 'C001', '老客户', 't', 't', 'OLD1')")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (id, number, customer_id, order_date, amount, "
                                          "status, created_at, updated_at, "
                                          "updated_by_office) VALUES ('o1', 'SO-1', 'c1', '2025-03-01', "
                                          "12345, 'confirmed', 't', 't', 'OLD1')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto db = Database::open(path);
        CHECK(db->schemaVersion() == sb::core::migrations::latestVersion());
        CHECK(db->integrityProblems().isEmpty());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("老客户"));
        CHECK(q.value(1).toLongLong() == 12345);
        // A backup of the old file was taken before migrating.
        CHECK(QFileInfo::exists(path + QStringLiteral(".before-migration-v%1.bak").arg(version)));
    }
}

TEST_CASE("restore migrates a backup of an older version and keeps what it replaced", "[database][backup]")
{
    sb::test::TempWorkspace ws;
    ws.db->setSetting(QStringLiteral("probe"), QStringLiteral("current"));
    ws.db.reset();
    // A workspace of schema version 5 (before application ids), with an office.
    const QString old = ws.dir.filePath(QStringLiteral("v5.salesbench"));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        conn.setDatabaseName(old);
        REQUIRE(conn.open());
        sb::core::migrations::migrate(conn, 5);
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('office_id', 'OLD00001'), "
                                      "('probe', 'old')")));
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    const Database::RestoreResult r = Database::restore(old, ws.path);
    CHECK(r.backupVersion == 5);
    REQUIRE_FALSE(r.previousCopy.isEmpty());
    ws.db = Database::open(ws.path);
    CHECK(ws.db->schemaVersion() == sb::core::migrations::latestVersion());
    CHECK(ws.db->setting(QStringLiteral("probe")) == QStringLiteral("old"));
    QSqlQuery id = ws.db->prepare(QStringLiteral("PRAGMA application_id"));
    Database::exec(id, QStringLiteral("read"));
    REQUIRE(id.next());
    CHECK(id.value(0).toLongLong() == 0x53425753);
    // The backup itself is untouched (still version 5), the replaced workspace kept.
    ws.db.reset();
    CHECK(Database::open(r.previousCopy)->setting(QStringLiteral("probe")) == QStringLiteral("current"));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5check"));
        conn.setDatabaseName(old);
        REQUIRE(conn.open());
        QSqlQuery v(conn);
        REQUIRE((v.exec(QStringLiteral("PRAGMA user_version")) && v.next()));
        CHECK(v.value(0).toInt() == 5);
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5check"));
}
