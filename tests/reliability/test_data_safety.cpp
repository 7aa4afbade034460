// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// R9 of quality.md: ordinary commands in unlucky orders, through salesbench-cli as a
// user runs them. Restore of a file that is not a workspace, undo-import after the
// records changed or were synced, restore at the sending office then sync, backup and
// restore through symlinks onto the live file, leftovers, empty or stale lock files,
// package files that are devices or pipes. Nothing may be lost or silently overwritten,
// and offices never drift apart without a message.
#include "support/clirunner.h"
#include "support/testsupport.h"

#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using sb::core::Database;
using sb::test::ProcessResult;
using sb::test::runCli;

namespace {

QString text(const ProcessResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.exitCode).arg(r.out, r.err);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// A folder with workspaces (offices) and the files between them.
struct Place
{
    QTemporaryDir dir;
    int packages = 0;

    QString path(const QString &name) const { return dir.filePath(name); }

    ProcessResult cli(const QString &db, const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }

    void ok(const QString &db, const QStringList &args) const
    {
        const ProcessResult r = cli(db, args);
        INFO(args.join(u' ') << "\n" << text(r).toStdString());
        REQUIRE(r.exitCode == 0);
    }

    /// A workspace with the customers of `csv` (header code,name,email).
    QString office(const QString &name, const QByteArray &csv = {})
    {
        const QString db = path(name + QStringLiteral(".salesbench"));
        ok(db, {QStringLiteral("init")});
        if (!csv.isEmpty()) {
            const QString file = path(name + QStringLiteral("-seed.csv"));
            writeFile(file, csv);
            ok(db, {QStringLiteral("import"), QStringLiteral("customers"), file});
        }
        return db;
    }

    QString officeId(const QString &db) const
    {
        return Database::open(db, Database::Mode::ReadOnly)->officeId();
    }

    QString send(const QString &from, const QString &to, const QStringList &extra = {})
    {
        const QString folder = path(QStringLiteral("package-%1").arg(++packages));
        ok(from,
           QStringList{QStringLiteral("sync-export"), folder, QStringLiteral("--to"), officeId(to)} + extra);
        return folder;
    }

    QString importFile(const QString &db, const QString &entity, const QByteArray &csv)
    {
        const QString file = path(QStringLiteral("import-%1.csv").arg(++packages));
        writeFile(file, csv);
        ok(db, {QStringLiteral("import"), entity, file});
        return file;
    }

    /// The first value of a query on a workspace (opened read-only, closed again).
    QString value(const QString &db, const QString &sql, const QVariantList &binds = {}) const
    {
        const auto workspace = Database::open(db, Database::Mode::ReadOnly);
        QSqlQuery q = workspace->prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        Database::exec(q, QStringLiteral("test query"));
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    QString email(const QString &db, const QString &code) const
    {
        return value(db, QStringLiteral("SELECT email FROM customers WHERE code = ? AND deleted = 0"),
                     {code});
    }

    QString liveCount(const QString &db, const QString &code) const
    {
        return value(db, QStringLiteral("SELECT count(*) FROM customers WHERE code = ? AND deleted = 0"),
                     {code});
    }

    QString dump(const QString &db) const
    {
        const auto workspace = Database::open(db, Database::Mode::ReadOnly);
        return sb::test::dumpTables(*workspace);
    }
};

const QByteArray Seed = "code,name,email\n"
                        "C00001,Alpha Trading,alpha@example.com\n"
                        "C00005,Epsilon Foods,eps@example.com\n"
                        "C00009,Iota Parts,iota@example.com\n";

void editEmail(const QString &db, const QString &code, const QString &email)
{
    const auto workspace = Database::open(db);
    QSqlQuery q = workspace->prepare(QStringLiteral("UPDATE customers SET email = ?, version = version + 1, "
                                                    "updated_at = ?, updated_by_office = ? WHERE code = ?"));
    q.addBindValue(email);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(workspace->officeId());
    q.addBindValue(code);
    Database::exec(q, QStringLiteral("edit"));
    QThread::msleep(3);
}

} // namespace

TEST_CASE("restore refuses a file that is not a workspace and changes nothing", "[reliability][restore]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    const QString before = p.dump(w);
    const QString other = p.path(QStringLiteral("other.db"));
    {
        // sqlite3 other.db "create table t(x); pragma user_version=3;"
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    const ProcessResult r = p.cli(w, {QStringLiteral("restore"), other});
    INFO(text(r).toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("not a SalesBench workspace")));
    CHECK(p.dump(w) == before);
    CHECK(p.value(w, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 't'")) == u"0");
    // No copy, staged file or journal of the refused restore is left beside the workspace.
    const QStringList files = QDir(p.dir.path())
                                  .entryList({QStringLiteral("w.*restor*"), QStringLiteral("w.*partial*")},
                                             QDir::Files | QDir::Hidden);
    CHECK(files.isEmpty());

    // A text file, an empty file and a file from another program are refused the same way.
    writeFile(p.path(QStringLiteral("notes.txt")), "hello");
    writeFile(p.path(QStringLiteral("empty.db")), "");
    for (const QString &name : {QStringLiteral("notes.txt"), QStringLiteral("empty.db")}) {
        const ProcessResult bad = p.cli(w, {QStringLiteral("restore"), p.path(name)});
        INFO(text(bad).toStdString());
        CHECK(bad.exitCode == 2);
        CHECK(p.dump(w) == before);
    }
}

TEST_CASE("restore keeps the replaced workspace, and restoring that copy undoes it", "[reliability][restore]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    const QString backup = p.path(QStringLiteral("w-backup.salesbench"));
    p.ok(w, {QStringLiteral("backup"), backup});
    editEmail(w, QStringLiteral("C00005"), QStringLiteral("after-backup@example.com"));
    const QString edited = p.dump(w);

    const ProcessResult r = p.cli(w, {QStringLiteral("restore"), backup});
    INFO(text(r).toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(p.email(w, QStringLiteral("C00005")) == u"eps@example.com");
    const QStringList kept
        = QDir(p.dir.path()).entryList({QStringLiteral("w.before-restore-*.salesbench")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(r.out.contains(kept.first()));
    CHECK((QFileInfo(p.path(kept.first())).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
          == 0);

    // Undo the restore: the edit made after the backup is back.
    p.ok(w, {QStringLiteral("restore"), p.path(kept.first())});
    CHECK(p.email(w, QStringLiteral("C00005")) == u"after-backup@example.com");
    // The data is what it was (settings differ: the restore stamps and sync counters).
    CHECK(p.value(w, QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0")) == u"3");
    CHECK(!edited.isEmpty());
}

TEST_CASE("undo-import leaves records changed or synced since alone and says so", "[reliability][undo][sync]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    REQUIRE(p.email(b, QStringLiteral("C00005")) == u"eps@example.com");

    // B imports a file that renames C00005 and inserts NEW1.
    p.importFile(b, QStringLiteral("customers"), "code,name\nC00005,Epsilon Foods Renamed\nNEW1,New One\n");
    // A changes C00005's e-mail and syncs it to B.
    editEmail(a, QStringLiteral("C00005"), QStringLiteral("newer@example.com"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    REQUIRE(p.email(b, QStringLiteral("C00005")) == u"newer@example.com");
    // NEW1 is edited again at B.
    editEmail(b, QStringLiteral("NEW1"), QStringLiteral("new1@example.com"));
    const QString beforeUndo = p.dump(b);

    const ProcessResult refused = p.cli(b, {QStringLiteral("undo-import")});
    INFO(text(refused).toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("C00005")));
    CHECK(refused.err.contains(QStringLiteral("NEW1")));
    CHECK(p.dump(b) == beforeUndo);

    const ProcessResult forced = p.cli(b, {QStringLiteral("undo-import"), QStringLiteral("--force")});
    INFO(text(forced).toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("C00005")));
    CHECK(p.email(b, QStringLiteral("C00005")) == u"newer@example.com");
    CHECK(p.email(b, QStringLiteral("NEW1")) == u"new1@example.com");

    // B's next package does not take A's newer e-mail back.
    p.ok(a, {QStringLiteral("sync-import"), p.send(b, a)});
    CHECK(p.email(a, QStringLiteral("C00005")) == u"newer@example.com");
}

TEST_CASE("undo-import deletes through tombstones that sync carries", "[reliability][undo][sync]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});

    p.importFile(a, QStringLiteral("customers"), "code,name\nNEW2,New Two\n");
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    REQUIRE(p.liveCount(b, QStringLiteral("NEW2")) == u"1");

    p.ok(a, {QStringLiteral("undo-import")});
    CHECK(p.liveCount(a, QStringLiteral("NEW2")) == u"0");
    const QString package = p.send(a, b);
    const ProcessResult applied = p.cli(b, {QStringLiteral("sync-import"), package});
    INFO(text(applied).toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(p.liveCount(b, QStringLiteral("NEW2")) == u"0");

    // Imported again (a new record under the same code): B takes it.
    p.importFile(a, QStringLiteral("customers"), "code,name\nNEW2,New Two again\n");
    const ProcessResult again = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b)});
    INFO(text(again).toStdString());
    CHECK(again.exitCode == 0);
    CHECK(p.liveCount(b, QStringLiteral("NEW2")) == u"1");

    // Undone and imported again before the next package: the tombstone goes first.
    p.ok(a, {QStringLiteral("undo-import")});
    p.importFile(a, QStringLiteral("customers"), "code,name\nNEW2,New Two third\n");
    const ProcessResult both = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b)});
    INFO(text(both).toStdString());
    CHECK(both.exitCode == 0);
    CHECK(p.value(b, QStringLiteral("SELECT name FROM customers WHERE code = 'NEW2' AND deleted = 0"))
          == u"New Two third");
}

TEST_CASE("undo-import goes back one import at a time", "[reliability][undo]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    p.importFile(w, QStringLiteral("customers"), "code,name,email\nC00001,Alpha Trading,first@example.com\n");
    p.importFile(w, QStringLiteral("customers"),
                 "code,name,email\nC00001,Alpha Trading,second@example.com\n");
    REQUIRE(p.email(w, QStringLiteral("C00001")) == u"second@example.com");
    p.ok(w, {QStringLiteral("undo-import")});
    CHECK(p.email(w, QStringLiteral("C00001")) == u"first@example.com");
    p.ok(w, {QStringLiteral("undo-import")});
    CHECK(p.email(w, QStringLiteral("C00001")) == u"alpha@example.com");
    // And the seed import itself.
    p.ok(w, {QStringLiteral("undo-import")});
    CHECK(p.liveCount(w, QStringLiteral("C00001")) == u"0");
    const ProcessResult none = p.cli(w, {QStringLiteral("undo-import")});
    CHECK(none.exitCode == 2);
}

TEST_CASE("package numbers never repeat after a restore at the sending office",
          "[reliability][sync][restore]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    const QString backup = p.path(QStringLiteral("a-backup.salesbench"));
    p.ok(a, {QStringLiteral("backup"), backup});
    editEmail(a, QStringLiteral("C00009"), QStringLiteral("lost@example.com"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)}); // package 3
    p.ok(a, {QStringLiteral("restore"), backup});
    editEmail(a, QStringLiteral("C00001"), QStringLiteral("after-restore@example.com"));
    const ProcessResult r = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b)});
    INFO(text(r).toStdString());
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(QStringLiteral("imported before")));
    CHECK(p.email(b, QStringLiteral("C00001")) == u"after-restore@example.com");
    // The restored state reaches B too: both offices hold the same customers.
    CHECK(p.email(b, QStringLiteral("C00009")) == p.email(a, QStringLiteral("C00009")));
}

TEST_CASE("a different package under a known number is reported, and a full package resynchronises",
          "[reliability][sync]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    // A's file copied aside and put back by hand (not through restore): its counters go back.
    const QString copy = p.path(QStringLiteral("a-copy.salesbench"));
    REQUIRE(QFile::copy(a, copy));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)}); // package 2
    REQUIRE(QFile::remove(a));
    REQUIRE(QFile::copy(copy, a));
    editEmail(a, QStringLiteral("C00001"), QStringLiteral("diverged@example.com"));
    const QString before = p.dump(b);
    const ProcessResult r = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b)}); // package 2 again
    INFO(text(r).toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--full")));
    CHECK(p.dump(b) == before);

    const ProcessResult full
        = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b, {QStringLiteral("--full")})});
    INFO(text(full).toStdString());
    CHECK(full.exitCode == 0);
    CHECK(p.email(b, QStringLiteral("C00001")) == u"diverged@example.com");
    // And the packages after it are ordinary again.
    editEmail(a, QStringLiteral("C00005"), QStringLiteral("later@example.com"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    CHECK(p.email(b, QStringLiteral("C00005")) == u"later@example.com");
}

TEST_CASE("a forged package number far ahead is refused and blocks nothing", "[reliability][sync]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    const QString package = p.send(a, b);
    const QString manifestPath = QDir(package).filePath(QStringLiteral("manifest.json"));
    QFile manifest(manifestPath);
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QByteArray json = manifest.readAll();
    manifest.close();
    json.replace("\"sequence\": 1", "\"sequence\": 9223372036854775807");
    writeFile(manifestPath, json);
    const ProcessResult forged = p.cli(b, {QStringLiteral("sync-import"), package});
    INFO(text(forged).toStdString());
    CHECK(forged.exitCode == 2);
    CHECK(forged.err.contains(QStringLiteral("far ahead")));
    // The real next package still goes in.
    const ProcessResult real
        = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b, {QStringLiteral("--full")})});
    INFO(text(real).toStdString());
    CHECK(real.exitCode == 0);
    CHECK(p.liveCount(b, QStringLiteral("C00005")) == u"1");
}

TEST_CASE("backup and restore see through symlinks to the live workspace", "[reliability][paths]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    const QString before = p.dump(w);
    // A folder symlink to the workspace's folder: the backup would land on the live file.
    const QString linkDir = p.path(QStringLiteral("link"));
    REQUIRE(QFile::link(p.dir.path(), linkDir));
    const QString viaLink = linkDir + QStringLiteral("/w.salesbench");
    const ProcessResult r = p.cli(w, {QStringLiteral("backup"), viaLink});
    INFO(text(r).toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("workspace itself")));
    CHECK(p.dump(w) == before);
    p.ok(w, {QStringLiteral("check")});

    // A hard link is the same file as well.
    const QString hard = p.path(QStringLiteral("hard.salesbench"));
    REQUIRE(::link(QFile::encodeName(w).constData(), QFile::encodeName(hard).constData()) == 0);
    CHECK(p.cli(w, {QStringLiteral("backup"), hard}).exitCode == 1);
    CHECK(p.cli(w, {QStringLiteral("restore"), hard}).exitCode == 1);
    CHECK(p.dump(w) == before);

    // A workspace reached through a file symlink is locked as the real file.
    const QString fileLink = p.path(QStringLiteral("alias.salesbench"));
    REQUIRE(QFile::link(w, fileLink));
    {
        const auto held = Database::open(w);
        const ProcessResult locked = p.cli(fileLink, {QStringLiteral("init")});
        INFO(text(locked).toStdString());
        CHECK(locked.exitCode == 3);
    }
    // Restore through the symlink replaces the real file and leaves the link a link.
    const QString backup = p.path(QStringLiteral("b.salesbench"));
    p.ok(w, {QStringLiteral("backup"), backup});
    editEmail(w, QStringLiteral("C00001"), QStringLiteral("changed@example.com"));
    p.ok(fileLink, {QStringLiteral("restore"), backup});
    CHECK(QFileInfo(fileLink).isSymLink());
    CHECK(p.email(w, QStringLiteral("C00001")) == u"alpha@example.com");
}

TEST_CASE("leftovers of killed backups and restores are removed, odd lock files taken over",
          "[reliability][leftovers]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    // A process id no running process has (pid_max is at most 2^22 on Linux).
    const QString dead = QStringLiteral("4999999");
    const QStringList leftovers
        = {w + QStringLiteral(".partial-") + dead + QStringLiteral("-0badf00d"),
           w + QStringLiteral(".partial-") + dead + QStringLiteral("-0badf00d-journal"),
           w + QStringLiteral(".restoring-") + dead + QStringLiteral("-12345678"),
           w + QStringLiteral(".restoring")};
    for (const QString &file : leftovers)
        writeFile(file, "personal data");
    // One of a process that runs (this one) stays.
    const QString alive = w + QStringLiteral(".partial-%1-abcdef01").arg(::getpid());
    writeFile(alive, "in progress");

    // A read-only command removes the files of dead processes…
    const ProcessResult r = p.cli(w, {QStringLiteral("check")});
    INFO(text(r).toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("Removed 3")));
    for (const QString &file : leftovers.mid(0, 3))
        CHECK_FALSE(QFileInfo::exists(file));
    // …and one that takes the lock also the unnamed staged file older versions left.
    CHECK(QFileInfo::exists(leftovers.last()));
    p.ok(w, {QStringLiteral("init")});
    CHECK_FALSE(QFileInfo::exists(leftovers.last()));
    CHECK(QFileInfo::exists(alive));

    // An empty lock file (power cut while it was written) and a garbage one are taken over.
    for (const QByteArray &lock : {QByteArray(), QByteArray("\x01\x02garbage\n\n")}) {
        writeFile(w + QStringLiteral(".lock"), lock);
        const ProcessResult taken = p.cli(w, {QStringLiteral("init")});
        INFO(text(taken).toStdString());
        CHECK(taken.exitCode == 0);
        CHECK(taken.err.contains(QStringLiteral("taken over")));
    }
}

TEST_CASE("package and restore inputs that are devices or pipes are refused at once", "[reliability][inputs]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    const QString before = p.dump(b);

    const QString package = p.send(a, b);
    const QString manifest = QDir(package).filePath(QStringLiteral("manifest.json"));
    REQUIRE(QFile::rename(manifest, manifest + QStringLiteral(".orig")));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), manifest));
    const ProcessResult zeroManifest
        = runCli({QStringLiteral("--db"), b, QStringLiteral("sync-import"), package}, 60000);
    INFO(text(zeroManifest).toStdString());
    CHECK(zeroManifest.exitCode == 2);
    CHECK(zeroManifest.err.contains(QStringLiteral("not a regular file")));
    REQUIRE(QFile::remove(manifest));
    REQUIRE(QFile::rename(manifest + QStringLiteral(".orig"), manifest));

    const QString customers = QDir(package).filePath(QStringLiteral("customers.csv"));
    REQUIRE(QFile::remove(customers));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), customers));
    const ProcessResult zeroCsv
        = runCli({QStringLiteral("--db"), b, QStringLiteral("sync-import"), package}, 60000);
    INFO(text(zeroCsv).toStdString());
    CHECK(zeroCsv.exitCode == 2);
    CHECK(p.dump(b) == before);

    const QString fifo = p.path(QStringLiteral("pipe.salesbench"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const ProcessResult fromFifo
        = runCli({QStringLiteral("--db"), b, QStringLiteral("restore"), fifo}, 60000);
    INFO(text(fromFifo).toStdString());
    CHECK(fromFifo.exitCode == 2);
    CHECK(p.dump(b) == before);
}

TEST_CASE("an import whose report cannot be written is refused before it commits", "[reliability][import]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    const QString before = p.dump(w);
    const QString file = p.path(QStringLiteral("more.csv"));
    writeFile(file, "code,name\nNEW9,New Nine\n");
    // A report inside a regular file's "folder" cannot be created, root or not.
    const QString report = file + QStringLiteral("/report.csv");
    const ProcessResult r = p.cli(
        w, {QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--report"), report});
    INFO(text(r).toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("report")));
    CHECK(p.dump(w) == before);
}

TEST_CASE("exports, reports and conflict lists are never written over the workspace", "[reliability][paths]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    const QString before = p.dump(w);
    const QString hard = p.path(QStringLiteral("hard.salesbench"));
    REQUIRE(::link(QFile::encodeName(w).constData(), QFile::encodeName(hard).constData()) == 0);
    for (const QString &target :
         QStringList{w, hard, w + QStringLiteral("-wal"), w + QStringLiteral(".lock")}) {
        const ProcessResult exported
            = p.cli(w, {QStringLiteral("export"), QStringLiteral("customers"), target});
        INFO(target.toStdString() << "\n" << text(exported).toStdString());
        CHECK(exported.exitCode == 1);
        CHECK(exported.err.contains(QStringLiteral("one of its own files")));
    }
    const QString csv = p.path(QStringLiteral("more.csv"));
    writeFile(csv, "code,name\nNEW7,New Seven\n");
    const ProcessResult report = p.cli(
        w, {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--report"), w});
    INFO(text(report).toStdString());
    CHECK(report.exitCode == 1);
    p.ok(w, {QStringLiteral("check")});
    CHECK(p.dump(w) == before);
    // A device is not replaced by a report either.
    const QString fifo = p.path(QStringLiteral("report.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const ProcessResult toFifo = p.cli(
        w, {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--report"), fifo});
    CHECK(toFifo.exitCode == 1);
    CHECK_FALSE(QFileInfo(fifo).isFile());
    CHECK(p.dump(w) == before);
}

TEST_CASE("a backup is not written over another workspace in use", "[reliability][paths]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    const QString other = p.office(QStringLiteral("other"), Seed);
    const auto held = Database::open(other);
    const ProcessResult r = p.cli(w, {QStringLiteral("backup"), other});
    INFO(text(r).toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("in use")));
}

TEST_CASE("an older full package that arrives late does not roll the office back", "[reliability][sync]")
{
    Place p;
    const QString a = p.office(QStringLiteral("a"), Seed);
    const QString b = p.office(QStringLiteral("b"));
    p.ok(b, {QStringLiteral("sync-import"), p.send(a, b)});
    const QString full = p.send(a, b, {QStringLiteral("--full")});
    editEmail(a, QStringLiteral("C00001"), QStringLiteral("newer@example.com"));
    const QString later = p.send(a, b);
    p.ok(b, {QStringLiteral("sync-import"), later});
    const ProcessResult late = p.cli(b, {QStringLiteral("sync-import"), full});
    INFO(text(late).toStdString());
    CHECK(late.exitCode == 0);
    CHECK(p.email(b, QStringLiteral("C00001")) == u"newer@example.com");
    // The ledger still knows the later package: the next one reports no gap.
    editEmail(a, QStringLiteral("C00005"), QStringLiteral("next@example.com"));
    const ProcessResult next = p.cli(b, {QStringLiteral("sync-import"), p.send(a, b)});
    INFO(text(next).toStdString());
    CHECK(next.exitCode == 0);
    CHECK_FALSE(QString(next.out + next.err).contains(QStringLiteral("missing")));
}

TEST_CASE("undo-import covers every entity and keeps records other tables use", "[reliability][undo]")
{
    Place p;
    const QString w = p.office(QStringLiteral("w"), Seed);
    // Commission plans were missing from the undo: the import blocked every undo before it.
    p.importFile(w, QStringLiteral("commission-plans"), "code,name\nPLAN-X,Plan X\n");
    p.ok(w, {QStringLiteral("undo-import")});
    CHECK(
        p.value(w,
                QStringLiteral("SELECT count(*) FROM commission_plans WHERE code = 'PLAN-X' AND deleted = 0"))
        == u"0");

    // A product imported, then put into a promotion (as the app would): the undo keeps it.
    p.importFile(w, QStringLiteral("products"), "sku,name\nNEW-SKU,New product\n");
    {
        const auto db = Database::open(w);
        const QString now = Database::nowUtc();
        QSqlQuery promo = db->prepare(QStringLiteral(
            "INSERT INTO promotions (id, code, name, type, start_date, end_date, created_at, updated_at, "
            "updated_by_office) VALUES ('P1', 'PROMO', 'Spring', 'price_cut', '2025-03-01', '2025-03-31', ?, "
            "?, ?)"));
        promo.addBindValue(now);
        promo.addBindValue(now);
        promo.addBindValue(db->officeId());
        Database::exec(promo, QStringLiteral("test"));
        QSqlQuery link = db->prepare(
            QStringLiteral("INSERT INTO promotion_products (id, promotion_id, product_id, created_at, "
                           "updated_at, updated_by_office) "
                           "SELECT 'PP1', 'P1', id, ?, ?, ? FROM products WHERE sku = 'NEW-SKU'"));
        link.addBindValue(now);
        link.addBindValue(now);
        link.addBindValue(db->officeId());
        Database::exec(link, QStringLiteral("test"));
    }
    const ProcessResult refused = p.cli(w, {QStringLiteral("undo-import")});
    INFO(text(refused).toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("promotion_products")));
    p.ok(w, {QStringLiteral("check")});
}
