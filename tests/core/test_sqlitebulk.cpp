// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/demowriter.h"
#include "core/storage/sqlite/sqlitebulkmode.h"
#include "core/storage/sqlite/sqlitebulkstatement.h"

#include <QSqlQuery>
#include <QVariant>

using sb::core::Error;
using sb::core::SqliteBulkStatement;

namespace {

QVariant scalar(const sb::core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

constexpr char kInsertReason[] = "INSERT INTO lost_reasons (id, name, sort_order, created_at, updated_at, "
                                 "updated_by_office) VALUES (?, ?, ?, ?, ?, ?)";

} // namespace

TEST_CASE("a bulk statement binds in order, runs many times and copies its text", "[sqlitebulk]")
{
    sb::test::TempWorkspace ws;
    SqliteBulkStatement st(*ws.db, kInsertReason);
    const char *const names[] = {"Price", "Timing", "Budget"};
    for (int i = 0; i < 3; ++i) {
        QByteArray id = "r" + QByteArray::number(i);
        st.text(id).literal(names[i]).integer(i);
        id.fill('x'); // copied when bound: changing it now changes nothing
        st.stamps(QByteArray("2025-01-01T00:00:00.000Z"), QByteArray("2025-01-02T00:00:00.000Z"), "OFF1")
            .run();
    }
    CHECK(scalar(*ws.db,
                 QStringLiteral("SELECT group_concat(id || '|' || name || '|' || sort_order || '|' || "
                                "updated_by_office, ',') FROM (SELECT * FROM lost_reasons ORDER BY id)"))
              .toString()
          == QStringLiteral("r0|Price|0|OFF1,r1|Timing|1|OFF1,r2|Budget|2|OFF1"));
}

TEST_CASE("a bulk statement binds NULL for a null literal and '' for an empty text", "[sqlitebulk]")
{
    sb::test::TempWorkspace ws;
    SqliteBulkStatement st(*ws.db, "INSERT INTO settings (key, value) VALUES (?, ?)");
    st.literal("a").literal(nullptr);
    CHECK_THROWS_AS(st.run(), Error); // settings.value is NOT NULL
    st.literal("b").text(QByteArray()).run();
    st.literal("c").null();
    CHECK_THROWS_AS(st.run(), Error);
    CHECK(scalar(*ws.db,
                 QStringLiteral("SELECT value IS NOT NULL AND value = '' FROM settings WHERE key = 'b'"))
              .toBool());
}

TEST_CASE("a bulk statement refuses to run with a value missing and names itself", "[sqlitebulk]")
{
    sb::test::TempWorkspace ws;
    SqliteBulkStatement st(*ws.db, kInsertReason, nullptr, "Test statement");
    st.text("r1").literal("Price");
    try {
        st.run();
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Database);
        CHECK(e.message().startsWith(
            QStringLiteral("Test statement bound 2 of 6 values: INSERT INTO lost_reasons")));
    }
}

TEST_CASE("a bulk statement's failures take the wording given", "[sqlitebulk]")
{
    sb::test::TempWorkspace ws;
    const auto wording = [](sb::core::SqliteStatement::Phase phase, const QString &detail) {
        return QStringLiteral("phase %1: %2").arg(int(phase)).arg(detail);
    };
    try {
        SqliteBulkStatement st(*ws.db, "INSERT INTO no_such_table VALUES (?)", wording);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Database);
        CHECK(e.message().startsWith(QStringLiteral("phase 0: no such table")));
    }
    SqliteBulkStatement st(*ws.db, kInsertReason, wording);
    st.text("r1").literal("Price").integer(0).stamps("a", "b", "OFF1").run();
    try {
        st.text("r1").literal("Other").integer(0).stamps("a", "b", "OFF1").run();
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data); // a constraint refused the row
        CHECK(e.message().startsWith(QStringLiteral("phase 2: UNIQUE constraint failed")));
    }
}

TEST_CASE("bulk mode leaves WAL and the cache size for the load and restores them", "[sqlitebulk]")
{
    sb::test::TempWorkspace ws;
    const QString cache = scalar(*ws.db, QStringLiteral("PRAGMA cache_size")).toString();
    REQUIRE(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    {
        const sb::core::SqliteBulkMode bulk(*ws.db);
        CHECK(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
        CHECK(scalar(*ws.db, QStringLiteral("PRAGMA cache_size")).toLongLong() == -262144);
    }
    CHECK(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*ws.db, QStringLiteral("PRAGMA cache_size")).toString() == cache);
}

TEST_CASE("dropped indexes come back as they were", "[sqlitebulk]")
{
    sb::test::TempWorkspace ws;
    const QString indexesOf
        = QStringLiteral("SELECT count(*) || ':' || ifnull(group_concat(sql, ';'), '') FROM "
                         "(SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                         "NULL AND tbl_name IN ('orders', 'order_lines') ORDER BY name)");
    const QString before = scalar(*ws.db, indexesOf).toString();
    REQUIRE(!before.startsWith(u'0'));
    sb::core::Database::Transaction transaction(*ws.db);
    sb::core::SqliteDroppedIndexes dropped(*ws.db, {QStringLiteral("orders"), QStringLiteral("order_lines")});
    CHECK(dropped.size() == before.section(u':', 0, 0).toLongLong());
    CHECK(scalar(*ws.db, indexesOf).toString() == QStringLiteral("0:"));
    qsizetype calls = 0;
    dropped.recreate([&calls] { ++calls; });
    CHECK(calls == dropped.size());
    transaction.commit();
    CHECK(scalar(*ws.db, indexesOf).toString() == before);
}

TEST_CASE("the demo writer sees data in the demo's tables and words its failures as the demo's",
          "[sqlitebulk][demo]")
{
    sb::test::TempWorkspace ws;
    CHECK_FALSE(sb::core::DemoWriter::holdsData(*ws.db));
    CHECK(sb::core::DemoWriter::tables().contains(QStringLiteral("order_lines")));
    sb::core::DemoWriter writer(*ws.db);
    SqliteBulkStatement &reason = writer.row(sb::core::DemoRow::LostReason);
    CHECK(&reason == &writer.row(sb::core::DemoRow::LostReason)); // prepared once
    reason.text("r1").literal("Price").integer(0).stamps("a", "b", "DEMO0001").run();
    CHECK(sb::core::DemoWriter::holdsData(*ws.db));
    try {
        reason.text("r1").literal("Other").integer(0).stamps("a", "b", "DEMO0001").run();
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        CHECK(e.message().startsWith(QStringLiteral("Cannot write demo data: UNIQUE constraint failed")));
    }
    try {
        reason.text("r2").run();
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(
            QStringLiteral("Demo statement bound 1 of 6 values: INSERT INTO lost_reasons")));
    }
}
