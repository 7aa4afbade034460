// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using sb::core::Database;
using sb::test::runCli;

namespace {

const QStringList commandNames
    = {QStringLiteral("init"),        QStringLiteral("demo"),        QStringLiteral("check"),
       QStringLiteral("backup"),      QStringLiteral("restore"),     QStringLiteral("import"),
       QStringLiteral("import-log"),  QStringLiteral("undo-import"), QStringLiteral("export"),
       QStringLiteral("sync-export"), QStringLiteral("sync-import"), QStringLiteral("abc"),
       QStringLiteral("funnel"),      QStringLiteral("inventory")};

// A workspace path inside a fresh temporary folder; the file does not exist yet.
struct TempPath
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("workspace.salesbench"));
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

QStringList withDb(const QString &path, QStringList args)
{
    return QStringList{QStringLiteral("--db"), path} + args;
}

void execute(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    Database::exec(q, QStringLiteral("run a test statement"));
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Bookkeeping values every business row needs.
QVariantList meta()
{
    return {QStringLiteral("2025-01-01T00:00:00.000Z"), QStringLiteral("2025-01-01T00:00:00.000Z"),
            QStringLiteral("TEST")};
}

void addCustomer(const Database &db, const QString &id, const QString &code)
{
    execute(
        db,
        QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        QVariantList{id, code, code} + meta());
}

} // namespace

TEST_CASE("init creates a workspace and prints its path, schema version and office id", "[cli]")
{
    TempPath t;
    const auto result = runCli(withDb(t.path, {QStringLiteral("init")}));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    REQUIRE(QFileInfo::exists(t.path));
    const auto db = Database::open(t.path);
    CHECK(result.out.contains(db->officeId()));
    CHECK(result.out.contains(db->path()));
    CHECK(result.out.contains(QStringLiteral("Schema version: %1").arg(db->schemaVersion())));
}

TEST_CASE("init on an existing workspace keeps its data and office id", "[cli]")
{
    TempPath t;
    REQUIRE(runCli(withDb(t.path, {QStringLiteral("init")})).exitCode == 0);
    QString office;
    {
        const auto db = Database::open(t.path);
        office = db->officeId();
        addCustomer(*db, QStringLiteral("c1"), QStringLiteral("C001"));
    }
    const auto again = runCli(
        withDb(t.path, {QStringLiteral("init"), QStringLiteral("--format"), QStringLiteral("json")}));
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("office_id")).toString() == office);
    CHECK(json.value(QStringLiteral("created")).toBool() == false);
    const auto db = Database::open(t.path);
    CHECK(count(*db, QStringLiteral("customers")) == 1);
}

TEST_CASE("SALESBENCH_DB names the workspace when --db is not given", "[cli]")
{
    TempPath t;
    qputenv("SALESBENCH_DB", t.path.toUtf8());
    const auto result = runCli({QStringLiteral("init")});
    qunsetenv("SALESBENCH_DB");
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK(QFileInfo::exists(t.path));
}

TEST_CASE("help on the program (--help) lists every command and exits 0", "[cli][help]")
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const auto result = runCli({flag});
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        for (const QString &name : commandNames)
            CHECK(result.out.contains(QStringLiteral("\n  ") + name + u' '));
    }
    const auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("salesbench-cli ") + QStringLiteral(SALESBENCH_VERSION));
}

TEST_CASE("help on each command (--help) exits 0 and shows that command's usage", "[cli][help]")
{
    for (const QString &name : commandNames) {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const auto result = runCli({name, flag});
            INFO(name.toStdString() + " " + flag.toStdString());
            CHECK(result.exitCode == 0);
            CHECK(result.out.startsWith(QStringLiteral("Usage: salesbench-cli [--db FILE] ") + name));
            CHECK(result.out.contains(QStringLiteral("--db")));
        }
    }
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--help")}).out.contains(QStringLiteral("--scale")));
}

TEST_CASE("an unknown command exits 1 with the usage on stderr", "[cli][usage]")
{
    for (const QString &name :
         {QStringLiteral("frobnicate"), QStringLiteral("imports"), QStringLiteral("ABC")}) {
        const auto result = runCli({name});
        INFO(name);
        CHECK(result.exitCode == 1);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(QStringLiteral("Unknown command '%1'").arg(name)));
        CHECK(result.err.contains(QStringLiteral("Usage: salesbench-cli")));
    }
    const auto none = runCli({});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("Usage: salesbench-cli")));
}

TEST_CASE("an unknown or malformed option exits 1 and writes nothing", "[cli][usage]")
{
    TempPath t;
    const auto global = runCli({QStringLiteral("--bogus"), QStringLiteral("init")});
    CHECK(global.exitCode == 1);
    CHECK(global.err.contains(QStringLiteral("bogus")));

    const auto local = runCli(withDb(t.path, {QStringLiteral("init"), QStringLiteral("--bogus")}));
    CHECK(local.exitCode == 1);
    CHECK(local.err.contains(QStringLiteral("bogus")));
    CHECK(local.err.contains(QStringLiteral("Usage: salesbench-cli [--db FILE] init")));

    const auto scale
        = runCli(withDb(t.path, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("huge")}));
    CHECK(scale.exitCode == 1);
    CHECK(scale.err.contains(QStringLiteral("huge")));
    const auto today = runCli(
        withDb(t.path, {QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2025-13-01")}));
    CHECK(today.exitCode == 1);
    const auto extra = runCli(withDb(t.path, {QStringLiteral("check"), QStringLiteral("extra")}));
    CHECK(extra.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(t.path));
}

TEST_CASE("a workspace path that cannot be written exits 3 and names the path", "[cli][errors]")
{
    const QString path = QStringLiteral("/proc/nope/x.salesbench");
    const auto result = runCli(withDb(path, {QStringLiteral("init")}));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(path));
    CHECK(result.err.count(u'\n') == 1);

    TempPath t;
    const auto missing = runCli(withDb(t.path, {QStringLiteral("check")}));
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(t.path));
    CHECK_FALSE(QFileInfo::exists(t.path)); // check never creates a workspace
}

TEST_CASE("a workspace held by another process is refused with exit 3 naming the holder", "[cli][lock]")
{
    TempPath t;
    const auto held = Database::open(t.path); // this test process holds the lock
    const auto result = runCli(withDb(t.path, {QStringLiteral("init")}));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(result.err.contains(QFileInfo(QCoreApplication::applicationFilePath()).fileName()));

    // Reading commands do not need the lock; replacing the file does.
    const QString backup = t.file("held.bak");
    CHECK(runCli(withDb(t.path, {QStringLiteral("check")})).exitCode == 0);
    REQUIRE(runCli(withDb(t.path, {QStringLiteral("backup"), backup})).exitCode == 0);
    const auto restore = runCli(withDb(t.path, {QStringLiteral("restore"), backup}));
    CHECK(restore.exitCode == 3);
    CHECK(restore.err.contains(QString::number(QCoreApplication::applicationPid())));
}

TEST_CASE("check names the order and the opportunity that break the rules", "[cli][check]")
{
    TempPath t;
    REQUIRE(runCli(withDb(t.path, {QStringLiteral("init")})).exitCode == 0);
    {
        const auto db = Database::open(t.path);
        addCustomer(*db, QStringLiteral("c1"), QStringLiteral("C001"));
        execute(
            *db,
            QStringLiteral("INSERT INTO orders (id, number, customer_id, order_date, amount, status, "
                           "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{QStringLiteral("o1"), QStringLiteral("SO-BAD-1"), QStringLiteral("c1"),
                         QStringLiteral("2025-03-01"), 99999, QStringLiteral("confirmed")}
                + meta());
        execute(
            *db,
            QStringLiteral(
                "INSERT INTO order_lines (id, order_id, line_no, quantity, unit_price, discount_bp, "
                "amount, created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{QStringLiteral("l1"), QStringLiteral("o1"), 1, 2, 5000000, 0, 100000} + meta());
        execute(
            *db,
            QStringLiteral("INSERT INTO opportunities (id, code, customer_id, title, created_on, stage, "
                           "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{QStringLiteral("p1"), QStringLiteral("OPP-BAD-9"), QStringLiteral("c1"),
                         QStringLiteral("Deal"), QStringLiteral("2025-01-01"), QStringLiteral("negotiation")}
                + meta());
        execute(
            *db,
            QStringLiteral("INSERT INTO stage_history (id, opportunity_id, to_stage, changed_at, changed_on, "
                           "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{QStringLiteral("h1"), QStringLiteral("p1"), QStringLiteral("initial_contact"),
                         QStringLiteral("2025-01-01T08:00:00.000Z"), QStringLiteral("2025-01-01")}
                + meta());
    }
    const auto result = runCli(withDb(t.path, {QStringLiteral("check")}));
    INFO(result.out.toStdString() + result.err.toStdString());
    CHECK(result.exitCode == 2);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 2);
    CHECK(result.out.contains(QStringLiteral("orders SO-BAD-1: amount 999.99 differs from 1000.00")));
    CHECK(result.out.contains(QStringLiteral("opportunities OPP-BAD-9: stage is negotiation")));
    CHECK(result.err.contains(QStringLiteral("2 problem")));

    const auto json = runCli(
        withDb(t.path, {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(json.exitCode == 2);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("ok")).toBool(true) == false);
    CHECK(root.value(QStringLiteral("problems")).toArray().size() == 2);
}

TEST_CASE("backup then restore brings the workspace back to the backup", "[cli][backup]")
{
    TempPath t;
    REQUIRE(runCli(withDb(t.path, {QStringLiteral("init")})).exitCode == 0);
    {
        const auto db = Database::open(t.path);
        addCustomer(*db, QStringLiteral("c1"), QStringLiteral("BEFORE"));
    }
    const QString backup = t.file("saved.bak");
    const auto saved = runCli(withDb(t.path, {QStringLiteral("backup"), backup}));
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    REQUIRE(QFileInfo::exists(backup));
    QString before;
    {
        const auto db = Database::open(t.path);
        // Settings differ by design: the restore stamp and the sync counters carried over.
        before = sb::test::dumpTables(*db, {QStringLiteral("settings")});
        addCustomer(*db, QStringLiteral("c2"), QStringLiteral("AFTER"));
        CHECK(count(*db, QStringLiteral("customers")) == 2);
    }
    const auto restored = runCli(withDb(t.path, {QStringLiteral("restore"), backup}));
    INFO(restored.err);
    REQUIRE(restored.exitCode == 0);
    const auto db = Database::open(t.path);
    CHECK(sb::test::dumpTables(*db, {QStringLiteral("settings")}) == before);
    CHECK(count(*db, QStringLiteral("customers")) == 1);
    CHECK(db->setting(QStringLiteral("office_id"))
          == Database::open(backup, Database::Mode::ReadOnly)->officeId());
}

TEST_CASE("restore from a missing or damaged backup exits 2 and leaves the workspace alone", "[cli][backup]")
{
    TempPath t;
    REQUIRE(runCli(withDb(t.path, {QStringLiteral("init")})).exitCode == 0);
    QString before;
    {
        const auto db = Database::open(t.path);
        addCustomer(*db, QStringLiteral("c1"), QStringLiteral("KEEP"));
        before = sb::test::dumpTables(*db);
    }
    const auto missing = runCli(withDb(t.path, {QStringLiteral("restore"), t.file("nope.bak")}));
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("nope.bak")));

    QFile junk(t.file("junk.bak"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database");
    junk.close();
    const auto damaged = runCli(withDb(t.path, {QStringLiteral("restore"), junk.fileName()}));
    CHECK(damaged.exitCode == 2);

    const auto db = Database::open(t.path);
    CHECK(sb::test::dumpTables(*db) == before);
}

TEST_CASE("demo small fills a workspace that then passes check", "[cli][demo]")
{
    TempPath t;
    const auto demo
        = runCli(withDb(t.path,
                        {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small"),
                         QStringLiteral("--today"), QStringLiteral("2025-06-30"), QStringLiteral("--format"),
                         QStringLiteral("json")}));
    INFO(demo.err);
    REQUIRE(demo.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    {
        const auto db = Database::open(t.path);
        CHECK(summary.value(QStringLiteral("customers")).toInteger()
              == count(*db, QStringLiteral("customers")));
        CHECK(summary.value(QStringLiteral("orders")).toInteger() == count(*db, QStringLiteral("orders")));
        CHECK(count(*db, QStringLiteral("customers")) > 0);
        CHECK(count(*db, QStringLiteral("order_lines")) > 0);
    }
    CHECK(demo.err.contains(QStringLiteral("Generating demo data"))); // progress on stderr

    const auto check = runCli(withDb(t.path, {QStringLiteral("check")}));
    INFO(check.out.left(2000));
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("OK")));
}

TEST_CASE("demo on a workspace that holds data exits 2 and writes nothing", "[cli][demo]")
{
    TempPath t;
    REQUIRE(
        runCli(withDb(t.path, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}))
            .exitCode
        == 0);
    QString before;
    {
        const auto db = Database::open(t.path);
        before = sb::test::dumpTables(*db);
    }
    const auto again = runCli(
        withDb(t.path, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}));
    CHECK(again.exitCode == 2);
    CHECK_FALSE(again.err.isEmpty());
    const auto db = Database::open(t.path);
    CHECK(sb::test::dumpTables(*db) == before);
}
