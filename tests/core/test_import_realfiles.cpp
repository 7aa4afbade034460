// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import behaviour that the public data sets in ../shared/data depend on (see
// tests/datasets), pinned down on small files written here.
#include "support/testsupport.h"

#include "core/exchange/importer.h"
#include "core/exchange/importmapping.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

using namespace sb::core;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

ImportOptions options(const char *entity)
{
    ImportOptions o;
    o.entity = QString::fromLatin1(entity);
    o.backup = false;
    return o;
}

QStringList column(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q, QStringLiteral("test query"));
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

} // namespace

TEST_CASE("a timestamp written with a time of day keeps its time, so same-day stage changes stay in order",
          "[import][date]")
{
    sb::test::TempWorkspace ws;
    REQUIRE(runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), "code,name\nA1,Alpha\n"),
                      options("customers"))
                .committed);
    REQUIRE(runImport(*ws.db,
                      writeFile(ws.dir, QStringLiteral("o.csv"),
                                "code,customer_code,title,created_on,stage,lost_reason,closed_on\n"
                                "OP1,A1,Deal,2026-02-24,lost,price,2026-03-07\n"),
                      options("opportunities"))
                .committed);
    // A Salesforce OpportunityHistory export: month/day/year and a 12-hour clock.
    ImportOptions o = options("stage-history");
    o.mapping = ImportMapping::fromJson(R"({ "entity": "stage-history", "date_order": "mdy",
        "columns": { "OpportunityId": "opportunity_code", "StageName": "to_stage",
                     "CreatedDate": ["changed_at", "changed_on"] } })");
    const ImportResult r = runImport(*ws.db,
                                     writeFile(ws.dir, QStringLiteral("h.csv"),
                                               "OpportunityId,StageName,CreatedDate\n"
                                               "OP1,won,02/24/26 02:20 AM\n"
                                               "OP1,initial_contact,02/24/26 02:18 AM\n"
                                               "OP1,lost,03/07/26 12:05 PM\n"),
                                     o);
    REQUIRE(r.committed);
    CHECK(r.errors == 0);
    CHECK(column(*ws.db,
                 QStringLiteral("SELECT changed_at || ' ' || to_stage FROM stage_history "
                                "WHERE deleted = 0 ORDER BY changed_at"))
          == QStringList{QStringLiteral("2026-02-24T02:18:00.000Z initial_contact"),
                         QStringLiteral("2026-02-24T02:20:00.000Z won"),
                         QStringLiteral("2026-03-07T12:05:00.000Z lost")});
    CHECK(column(*ws.db,
                 QStringLiteral("SELECT DISTINCT changed_on FROM stage_history WHERE deleted = 0 "
                                "ORDER BY 1"))
          == QStringList{QStringLiteral("2026-02-24"), QStringLiteral("2026-03-07")});
}

TEST_CASE("a timestamp whose time is not a time of day is refused, not cut to its date", "[import][date]")
{
    sb::test::TempWorkspace ws;
    REQUIRE(runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), "code,name\nA1,Alpha\n"),
                      options("customers"))
                .committed);
    const ImportResult r = runImport(*ws.db,
                                     writeFile(ws.dir, QStringLiteral("t.csv"),
                                               "number,customer_code,opened_at\n"
                                               "T1,A1,2025/3/1 14:30\n"
                                               "T2,A1,2025/3/1 25:10\n"
                                               "T3,A1,2025/3/1 soon\n"),
                                     options("tickets"));
    CHECK_FALSE(r.committed);
    CHECK(r.inserted == 1);
    CHECK(r.errors == 2);
}

TEST_CASE("a timestamp written as a date or with a space before the time is stored in the one sortable form",
          "[import][date]")
{
    sb::test::TempWorkspace ws;
    REQUIRE(runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), "code,name\nA1,Alpha\n"),
                      options("customers"))
                .committed);
    // Spreadsheets write "2025-03-01 14:30"; stored as written it would sort before every
    // "2025-03-01T…" timestamp of the same day, whatever its time.
    const ImportResult r = runImport(*ws.db,
                                     writeFile(ws.dir, QStringLiteral("t.csv"),
                                               "number,customer_code,opened_at,first_response_at\n"
                                               "T1,A1,2025-03-01 14:30,2025-03-01 16:05:30\n"
                                               "T2,A1,2025-03-02,2025-03-02T09:00:00.000Z\n"),
                                     options("tickets"));
    REQUIRE(r.committed);
    CHECK(column(*ws.db,
                 QStringLiteral("SELECT number || ' ' || opened_at || ' ' || first_response_at "
                                "FROM tickets ORDER BY number"))
          == QStringList{QStringLiteral("T1 2025-03-01T14:30:00.000Z 2025-03-01T16:05:30.000Z"),
                         QStringLiteral("T2 2025-03-02T00:00:00.000Z 2025-03-02T09:00:00.000Z")});
}
