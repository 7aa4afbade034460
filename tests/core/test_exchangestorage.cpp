// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The storage classes under the import and export paths, on their own.
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/exporter.h"
#include "core/storage/exportrows.h"
#include "core/storage/idsequence.h"
#include "core/storage/importrecords.h"
#include "core/storage/importrunstore.h"
#include "core/storage/importundostore.h"
#include "core/storage/orderlineswriter.h"
#include "core/storage/sqlite/sqliteimportschema.h"

using namespace sb::core;

TEST_CASE("every exportable entity has a query with its export's columns")
{
    CHECK(ExportRows::entities() == exportableEntities());
    for (const QString &entity : exportableEntities())
        CHECK(ExportRows::columnCount(entity) == exportColumns(entity).size());
    CHECK(ExportRows::columnCount(QStringLiteral("nope")) == 0);
}

TEST_CASE("export rows stream live records by natural key, values as stored")
{
    sb::test::TempWorkspace ws;
    const Database &db = *ws.db;
    {
        Database::Transaction tx(db);
        OrderLinesWriter writer(db, "2025-01-01T00:00:00.000Z", db.officeId().toUtf8());
        IdSequence ids;
        const QByteArray c = ids.next(), p = ids.next(), o = ids.next();
        writer.insertCustomer(c, QStringLiteral("C2"), QStringLiteral("Beta"));
        writer.insertProduct(p, QStringLiteral("SKU-1"), QStringLiteral("Widget"), 12345);
        writer.insertLine(ids.next(), o, 1, {p, 2, 12345, 1000, 2222});
        writer.insertOrder(
            {o, QStringLiteral("SO-1"), c, QStringLiteral("2025-01-02"), QStringLiteral("draft"), 2222});
        tx.commit();
    }
    ExportRows rows(db, QStringLiteral("order-lines"));
    REQUIRE(rows.next());
    CHECK(rows.text(1) == u"SO-1");
    CHECK(rows.integer(2) == 1);
    CHECK(rows.utf8(3) == QByteArrayView("SKU-1"));
    CHECK(rows.integer(5) == 12345);
    CHECK(rows.integer(6) == 1000);
    CHECK(rows.integer(7) == 2222);
    CHECK_FALSE(rows.isNull(0));
    CHECK_FALSE(rows.next());

    CHECK_THROWS_AS(ExportRows(db, QStringLiteral("nope")), Error);
}

TEST_CASE("the order-lines writer finds, updates and totals what it wrote")
{
    sb::test::TempWorkspace ws;
    const Database &db = *ws.db;
    Database::Transaction tx(db);
    OrderLinesWriter writer(db, "2025-01-01T00:00:00.000Z", db.officeId().toUtf8());
    IdSequence ids;
    const QByteArray c = ids.next(), o = ids.next(), line = ids.next();
    CHECK_FALSE(writer.findCustomer(QStringLiteral("C1")));
    writer.insertCustomer(c, QStringLiteral("C1"), QStringLiteral("Acme"));
    CHECK(writer.findCustomer(QStringLiteral("C1")) == c);
    writer.insertOrder(
        {o, QStringLiteral("SO-9"), c, QStringLiteral("2025-01-02"), QStringLiteral("draft"), 500});
    const auto order = writer.findOrder(QStringLiteral("SO-9"));
    REQUIRE(order);
    CHECK(order->id == o);
    CHECK(order->customerCode == u"C1");
    writer.insertLine(line, o, 1, {{}, 1, 50000, 0, 500});
    CHECK(writer.hasLine(o, 1));
    CHECK_FALSE(writer.hasLine(o, 2));
    writer.updateLine(QString::fromUtf8(line), {{}, 3, 50000, 0, 1500});
    const auto stored = writer.findLine(o, 1);
    REQUIRE(stored);
    CHECK(stored->productId.isEmpty());
    CHECK(stored->quantity == 3);
    CHECK(stored->version == 2);
    writer.recomputeOrderAmount(o);
    CHECK(writer.orderAmountAndVersion(o) == std::pair<qint64, qint64>(1500, 2));
    writer.setOrderAmount(o, 7);
    CHECK(writer.orderAmountAndVersion(o).first == 7);
    CHECK(
        importrecords::findId(db, QStringLiteral("orders"), QStringLiteral("number"), QStringLiteral("SO-9"))
        == QString::fromUtf8(o));
    CHECK(importrecords::findIdByKey(db, QStringLiteral("order_lines"),
                                     {QStringLiteral("order_id"), QStringLiteral("line_no")},
                                     {QString::fromUtf8(o), 1})
          == QString::fromUtf8(line));
}

TEST_CASE("the import log keeps runs and changes, and undo reads them back")
{
    sb::test::TempWorkspace ws;
    const Database &db = *ws.db;
    CHECK_FALSE(importlog::latestRun(db, false));
    const qint64 seq = importlog::startRun(db, QStringLiteral("customers"), QStringLiteral("c.csv"));
    ImportChangeLog log(db, seq);
    log.record(QStringLiteral("customers"), QStringLiteral("id-1"), QStringLiteral("insert"), QString());
    log.record(QStringLiteral("customers"), QStringLiteral("id-2"), QStringLiteral("update"),
               QStringLiteral("{\"name\":\"Old\"}"));
    importlog::finishRun(db, seq, 1, 1, 0);

    const auto run = importlog::latestRun(db, true);
    REQUIRE(run);
    CHECK(run->seq == seq);
    CHECK(run->fileName == u"c.csv");
    CHECK(run->inserted == 1);
    CHECK(run->updated == 1);

    ImportUndoStore store(db);
    const QList<LoggedImportChange> changes = store.changes(seq);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].id == u"id-2"); // newest first
    CHECK(changes[0].previous == u"{\"name\":\"Old\"}");
    CHECK(changes[1].action == u"insert");
    CHECK(changes[1].afterStamp.isNull());
    CHECK_FALSE(store.current(QStringLiteral("customers"), QStringLiteral("id-1")).exists);

    importlog::markUndone(db, seq);
    CHECK_FALSE(importlog::latestRun(db, true));
    CHECK(importlog::latestRun(db, false)->undone);
}

TEST_CASE("the schema names the business tables' references")
{
    sb::test::TempWorkspace ws;
    CHECK(sqliteschema::columns(*ws.db, QStringLiteral("orders")).contains(QStringLiteral("customer_id")));
    bool found = false;
    for (const SchemaReference &ref : sqliteschema::businessReferences(*ws.db))
        found = found
            || (ref.childTable == u"order_lines" && ref.childColumn == u"order_id"
                && ref.parentTable == u"orders");
    CHECK(found);
}
