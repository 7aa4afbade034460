// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/exporter.h"
#include "core/exchange/importer.h"
#include "core/storage/consistencycheck.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

ImportOptions options(const char *entity)
{
    ImportOptions o;
    o.entity = QString::fromLatin1(entity);
    o.backup = false;
    return o;
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q, QStringLiteral("test query"));
    return q.next() ? q.value(0) : QVariant();
}

// Workspace dumps without the import log, which a committed import adds to.
QString dataDump(const Database &db)
{
    return sb::test::dumpTables(
        db, {QStringLiteral("import_runs"), QStringLiteral("import_changes"), QStringLiteral("audit_log")});
}

const QByteArray Customers = "code,name,industry,phone,lifecycle_stage\r\n"
                             "C001,Acme,制造业,+86 13800000000,acquisition\r\n"
                             "C002,\"Beta, Ltd\",零售,,retention\r\n";

} // namespace

TEST_CASE("importing customers inserts them, a second import of the same file changes nothing", "[import]")
{
    sb::test::TempWorkspace ws;
    const QString file = writeFile(ws.dir, QStringLiteral("c.csv"), Customers);
    ImportResult r = runImport(*ws.db, file, options("customers"));
    CHECK(r.committed);
    CHECK(r.inserted == 2);
    CHECK(r.errors == 0);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'C002'")).toString()
          == QStringLiteral("Beta, Ltd"));
    CHECK(
        scalar(*ws.db, QStringLiteral("SELECT lifecycle_stage FROM customers WHERE code = 'C002'")).toString()
        == QStringLiteral("retention"));

    const QString before = dataDump(*ws.db);
    r = runImport(*ws.db, file, options("customers"));
    CHECK(r.unchanged == 2);
    CHECK(r.inserted == 0);
    CHECK(r.updated == 0);
    CHECK(dataDump(*ws.db) == before);
}

TEST_CASE("an update lists the fields that change with old and new values", "[import]")
{
    sb::test::TempWorkspace ws;
    runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"));
    const QString changed
        = writeFile(ws.dir, QStringLiteral("c2.csv"), "客户编码,客户名称,行业\nC001,Acme,物流\n");
    ImportOptions o = options("customers");
    o.dryRun = true;
    const ImportResult preview = runImport(*ws.db, changed, o);
    REQUIRE(preview.updated == 1);
    CHECK_FALSE(preview.committed);
    const RowOutcome &row = preview.details.first();
    CHECK(row.action == RowAction::Update);
    CHECK(row.key == QStringLiteral("C001"));
    REQUIRE(row.changes.size() == 1);
    CHECK(row.changes[0].field == QStringLiteral("industry"));
    CHECK(row.changes[0].oldValue == QStringLiteral("制造业"));
    CHECK(row.changes[0].newValue == QStringLiteral("物流"));
    // The dry run wrote nothing; the phone the first file had is kept by the real run.
    CHECK(scalar(*ws.db, QStringLiteral("SELECT industry FROM customers WHERE code = 'C001'")).toString()
          == QStringLiteral("制造业"));
    runImport(*ws.db, changed, options("customers"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT industry FROM customers WHERE code = 'C001'")).toString()
          == QStringLiteral("物流"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT phone FROM customers WHERE code = 'C001'")).toString()
          == QStringLiteral("+86 13800000000"));
}

TEST_CASE("one bad row aborts the whole import and names the row and column", "[import]")
{
    sb::test::TempWorkspace ws;
    const QString before = dataDump(*ws.db);
    const QString file = writeFile(ws.dir, QStringLiteral("bad.csv"),
                                   "code,name,email\nC1,Good,a@b.cn\nC2,Bad,not-an-email\nC3,Fine,\n");
    const ImportResult r = runImport(*ws.db, file, options("customers"));
    CHECK_FALSE(r.committed);
    CHECK(r.errors == 1);
    CHECK(r.firstErrorText().contains(QStringLiteral("Row 3")));
    CHECK(r.firstErrorText().contains(QStringLiteral("column 3")));
    CHECK(r.firstErrorText().contains(QStringLiteral("email")));
    CHECK(dataDump(*ws.db) == before);
}

TEST_CASE("a key with inner spaces and padded ends updates the record stored under the trimmed key",
          "[import][keys]")
{
    sb::test::TempWorkspace ws;
    ImportResult r = runImport(
        *ws.db,
        writeFile(ws.dir, QStringLiteral("a.csv"), "code,name,industry\nAcme Corporation,Acme,制造业\n"),
        options("customers"));
    REQUIRE(r.committed);
    CHECK(r.inserted == 1);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'Acme Corporation'"))
              .toString()
          == QStringLiteral("Acme"));

    r = runImport(
        *ws.db,
        writeFile(ws.dir, QStringLiteral("b.csv"), "code,name,industry\n\"  Acme Corporation \",Acme,物流\n"),
        options("customers"));
    INFO(r.firstErrorText().toStdString());
    REQUIRE(r.committed);
    CHECK(r.inserted == 0);
    CHECK(r.updated == 1);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt() == 1);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT industry FROM customers WHERE code = 'Acme Corporation'"))
              .toString()
          == QStringLiteral("物流"));
}

TEST_CASE("a key with a tab inside is refused naming the row and column", "[import][keys]")
{
    sb::test::TempWorkspace ws;
    const ImportResult r
        = runImport(*ws.db, writeFile(ws.dir, QStringLiteral("t.csv"), "name,code\nAcme,\"Acme\tCorp\"\n"),
                    options("customers"));
    CHECK_FALSE(r.committed);
    CHECK(r.errors == 1);
    CHECK(r.firstErrorText().contains(QStringLiteral("Row 2")));
    CHECK(r.firstErrorText().contains(QStringLiteral("column 2")));
    CHECK(r.firstErrorText().contains(QStringLiteral("control characters")));
}

TEST_CASE("with skip, good rows are written and bad rows are reported in the report file", "[import]")
{
    sb::test::TempWorkspace ws;
    const QString file
        = writeFile(ws.dir, QStringLiteral("mixed.csv"), "code,name\nC1,One\nC2,\nC3,Three\nC1,Again\n");
    ImportOptions o = options("customers");
    o.onError = OnError::Skip;
    o.reportPath = ws.dir.filePath(QStringLiteral("report.csv"));
    const ImportResult r = runImport(*ws.db, file, o);
    CHECK(r.committed);
    CHECK(r.inserted == 2);
    CHECK(r.errors == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 2);
    const QString report = QString::fromUtf8(readAll(o.reportPath));
    CHECK(report.contains(QStringLiteral("3,\"error\"")));
    CHECK(report.contains(QStringLiteral("Duplicate key C1: row 2")));
}

TEST_CASE("a missing required column is refused before anything is read", "[import]")
{
    sb::test::TempWorkspace ws;
    const QString file = writeFile(ws.dir, QStringLiteral("nocode.csv"), "name\nAcme\n");
    try {
        runImport(*ws.db, file, options("customers"));
        FAIL("imported without a code column");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        CHECK(e.message().contains(QStringLiteral("\"code\"")));
    }
}

TEST_CASE("ambiguous slash dates are settled by the rest of the file or refused", "[import][date]")
{
    sb::test::TempWorkspace ws;
    runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"));
    // 3/4/2025 alone is ambiguous; 25/4/2025 later in the file settles day/month.
    const QString settled = writeFile(ws.dir, QStringLiteral("o.csv"),
                                      "order_number,customer_code,order_date,contract_amount\nSO1,C001,3/4/"
                                      "2025,100\nSO2,C001,25/4/2025,50\n");
    ImportResult r = runImport(*ws.db, settled, options("orders"));
    CHECK(r.committed);
    CHECK(r.dateOrder == parse::DateOrder::DayFirst);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT order_date FROM orders WHERE number = 'SO1'")).toString()
          == QStringLiteral("2025-04-03"));

    const QString unsettled
        = writeFile(ws.dir, QStringLiteral("o2.csv"),
                    "order_number,customer_code,order_date,contract_amount\nSO3,C001,3/4/2025,100\n");
    r = runImport(*ws.db, unsettled, options("orders"));
    CHECK_FALSE(r.committed);
    CHECK(r.errors == 1);
    CHECK(r.details.first().ambiguousDate);
    CHECK(r.firstErrorText().contains(QStringLiteral("day/month")));

    ImportOptions o = options("orders");
    o.dateOrder = parse::DateOrder::MonthFirst;
    r = runImport(*ws.db, unsettled, o);
    CHECK(r.committed);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT order_date FROM orders WHERE number = 'SO3'")).toString()
          == QStringLiteral("2025-03-04"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT amount FROM orders WHERE number = 'SO3'")).toLongLong()
          == 10000);
}

TEST_CASE("a GB18030 file with Chinese headers imports in a Chinese locale", "[import][encoding]")
{
    sb::test::TempWorkspace ws;
    QStringEncoder gb("GB18030");
    const QString file = writeFile(
        ws.dir, QStringLiteral("gb.csv"),
        gb.encode(QStringLiteral(
            "客户编码,客户名称,联系电话,区域\r\nK1,华东精密机械有限公司,021-5555 0000,华东\r\n")));
    ImportOptions o = options("customers");
    o.locale = QLocale(QLocale::Chinese, QLocale::China);
    const ImportResult r = runImport(*ws.db, file, o);
    CHECK(r.encoding == TextEncoding::Gb18030);
    CHECK(r.committed);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'K1'")).toString()
          == QStringLiteral("华东精密机械有限公司"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT region FROM customers WHERE code = 'K1'")).toString()
          == QStringLiteral("华东"));
}

TEST_CASE("a flat order-lines file creates orders with their lines and totals, and re-import is idempotent",
          "[import][orders]")
{
    sb::test::TempWorkspace ws;
    const QString file = writeFile(ws.dir, QStringLiteral("lines.csv"),
                                   "order_number,customer_code,customer_name,order_date,sku,product_name,"
                                   "quantity,unit_price,discount_pct,status\n"
                                   "A1,CX,Xiamen Tea,2025-03-01,TEA-1,Oolong,3,19.99,,confirmed\n"
                                   "A1,CX,Xiamen Tea,2025-03-01,TEA-2,Pu-erh,1,100.005,10,confirmed\n"
                                   "A1,CX,Xiamen Tea,2025-03-01,TEA-1,Oolong,3,19.99,,confirmed\n"
                                   "A2,CY,Yunnan,2025-03-02,TEA-2,Pu-erh,2,50,,confirmed\n");
    ImportOptions o = options("order-lines");
    ImportResult r = runImport(*ws.db, file, o);
    CHECK_FALSE(r.committed); // customers and products do not exist yet
    CHECK(r.firstErrorText().contains(QStringLiteral("Unknown customer")));

    o.createMissing = {QStringLiteral("customers"), QStringLiteral("products")};
    r = runImport(*ws.db, file, o);
    REQUIRE(r.committed);
    CHECK(r.inserted == 4);
    // 3 × 19.99 = 59.97; 1 × 100.005 × 0.9 = 90.0045 → 90.00; two identical lines stay two lines.
    CHECK(scalar(*ws.db, QStringLiteral("SELECT amount FROM orders WHERE number = 'A1'")).toLongLong()
          == 5997 + 9000 + 5997);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM order_lines")).toInt() == 4);
    CHECK(scalar(*ws.db,
                 QStringLiteral("SELECT max(line_no) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                "WHERE o.number = 'A1'"))
              .toInt()
          == 3);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'CX'")).toString()
          == QStringLiteral("Xiamen Tea"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT status FROM orders WHERE number = 'A2'")).toString()
          == QStringLiteral("confirmed"));

    const QString before = dataDump(*ws.db);
    r = runImport(*ws.db, file, o);
    CHECK(r.unchanged == 4);
    CHECK(dataDump(*ws.db) == before);
}

TEST_CASE("a line amount that does not match quantity × price × discount is refused", "[import][orders]")
{
    sb::test::TempWorkspace ws;
    ImportOptions o = options("order-lines");
    o.createMissing = {QStringLiteral("customers")};
    const QString file = writeFile(
        ws.dir, QStringLiteral("lines.csv"),
        "order_number,customer_code,order_date,quantity,unit_price,amount\nA1,CX,2025-03-01,2,10,25.00\n");
    const ImportResult r = runImport(*ws.db, file, o);
    CHECK_FALSE(r.committed);
    CHECK(r.firstErrorText().contains(QStringLiteral("20.00")));
    CHECK(r.firstErrorText().contains(QStringLiteral("column 6")));
}

TEST_CASE("an imported won or lost deal enters that stage on its closing date", "[import][opportunities]")
{
    sb::test::TempWorkspace ws;
    REQUIRE(runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"))
                .committed);
    // O1 names its closing date; O2 has none, so it closes on its expected date; O3 is open.
    const QByteArray deals
        = "code,customer_code,title,created_on,expected_close,stage,lost_reason,closed_on\r\n"
          "O1,C001,Line A,2025-01-10,2025-03-31,won,,2025-03-05\r\n"
          "O2,C001,Line B,2025-01-12,2025-02-28,lost,价格,\r\n"
          "O3,C002,Line C,2025-01-15,2025-04-30,proposal,,\r\n";
    ImportResult r
        = runImport(*ws.db, writeFile(ws.dir, QStringLiteral("o.csv"), deals), options("opportunities"));
    REQUIRE(r.committed);
    REQUIRE(r.inserted == 3);
    auto history = [&ws](const char *code) {
        QSqlQuery q = ws.db->prepare(
            QStringLiteral("SELECT coalesce(h.from_stage, ''), h.to_stage, h.changed_on FROM stage_history h"
                           " JOIN opportunities o ON o.id = h.opportunity_id WHERE o.code = ? AND h.deleted "
                           "= 0 ORDER BY h.changed_at"));
        q.addBindValue(QString::fromLatin1(code));
        Database::exec(q, QStringLiteral("read the history"));
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString() + u'>' + q.value(1).toString() + u'@' + q.value(2).toString());
        return rows;
    };
    CHECK(history("O1") == QStringList{QStringLiteral(">won@2025-03-05")});
    CHECK(scalar(*ws.db, QStringLiteral("SELECT closed_on FROM opportunities WHERE code = 'O2'")).toString()
          == QStringLiteral("2025-02-28"));
    CHECK(history("O2") == QStringList{QStringLiteral(">lost@2025-02-28")});
    CHECK(history("O3") == QStringList{QStringLiteral(">proposal@2025-01-15")});
    CHECK(findConsistencyProblems(*ws.db).isEmpty());

    // A later file closes O3: the move is dated its closing date, not the day of the import.
    const QByteArray closing
        = "code,customer_code,title,created_on,expected_close,stage,lost_reason,closed_on\r\n"
          "O3,C002,Line C,2025-01-15,2025-04-30,won,,2025-04-20\r\n";
    r = runImport(*ws.db, writeFile(ws.dir, QStringLiteral("o2.csv"), closing), options("opportunities"));
    REQUIRE(r.committed);
    CHECK(r.updated == 1);
    CHECK(
        history("O3")
        == QStringList({QStringLiteral(">proposal@2025-01-15"), QStringLiteral("proposal>won@2025-04-20")}));
    CHECK(findConsistencyProblems(*ws.db).isEmpty());
}

TEST_CASE("lead scores import when given, stay empty otherwise, and must lie within 0–100",
          "[import][opportunities]")
{
    sb::test::TempWorkspace ws;
    REQUIRE(runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"))
                .committed);
    const QByteArray deals = "code,customer_code,title,created_on,stage,lead_need_score,lead_intent_score\r\n"
                             "O1,C001,Line A,2025-01-10,proposal,80,\r\n";
    REQUIRE(runImport(*ws.db, writeFile(ws.dir, QStringLiteral("o.csv"), deals), options("opportunities"))
                .committed);
    CHECK(
        scalar(*ws.db, QStringLiteral("SELECT lead_need_score FROM opportunities WHERE code = 'O1'")).toInt()
        == 80);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT lead_intent_score FROM opportunities WHERE code = 'O1'"))
              .isNull());
    CHECK(scalar(*ws.db, QStringLiteral("SELECT lead_budget_score FROM opportunities WHERE code = 'O1'"))
              .isNull());

    const QByteArray wrong = "code,customer_code,title,created_on,stage,lead_budget_score\r\n"
                             "O2,C001,Line B,2025-01-10,proposal,120\r\n";
    const ImportResult r
        = runImport(*ws.db, writeFile(ws.dir, QStringLiteral("w.csv"), wrong), options("opportunities"));
    CHECK_FALSE(r.committed);
    CHECK(r.errors == 1);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM opportunities")).toInt() == 1);
}

TEST_CASE("undo of the last import removes what it created and restores what it changed", "[import][undo]")
{
    sb::test::TempWorkspace ws;
    runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"));
    const QString afterFirst = dataDump(*ws.db);
    const QString second
        = writeFile(ws.dir, QStringLiteral("c2.csv"), "code,name\nC001,Acme Renamed\nC003,Gamma\n");
    const ImportResult r = runImport(*ws.db, second, options("customers"));
    REQUIRE(r.committed);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 3);

    ws.reopen(); // undo works after a restart
    const UndoImportResult undone = undoLastImport(*ws.db);
    CHECK(undone.run.entity == QStringLiteral("customers"));
    CHECK(undone.removed == 1);
    CHECK(undone.restored == 1);
    CHECK(undone.kept.isEmpty());
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0")).toInt() == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'C001'")).toString()
          == QStringLiteral("Acme"));
    // Only the version and change stamps differ from before the second import.
    CHECK(scalar(*ws.db, QStringLiteral("SELECT version FROM customers WHERE code = 'C001'")).toInt() == 3);
    // The record the import created is a tombstone, which office sync carries.
    CHECK(scalar(*ws.db, QStringLiteral("SELECT deleted FROM customers WHERE code = 'C003'")).toInt() == 1);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM customers WHERE code = 'C003' AND deleted = 0"))
              .toInt()
          == 0);

    // The next undo takes the import before back, then there is nothing left to undo.
    const UndoImportResult first = undoLastImport(*ws.db);
    CHECK(first.removed == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0")).toInt() == 0);
    CHECK_THROWS_AS(undoLastImport(*ws.db), Error);
    CHECK_FALSE(afterFirst.isEmpty());
}

TEST_CASE("undo of an import refuses to overwrite a record changed since, unless forced", "[import][undo]")
{
    sb::test::TempWorkspace ws;
    runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"));
    runImport(*ws.db,
              writeFile(ws.dir, QStringLiteral("c2.csv"), "code,name\nC001,Acme Renamed\nC002,Beta New\n"),
              options("customers"));
    // C001 is edited after the import (as the app or a sync would).
    QSqlQuery edit = ws.db->prepare(QStringLiteral("UPDATE customers SET name = 'Acme Edited', version = "
                                                   "version + 1, updated_at = ? WHERE code = 'C001'"));
    edit.addBindValue(Database::nowUtc());
    Database::exec(edit, QStringLiteral("edit"));

    const QList<UndoKeptRecord> obstacles = undoObstacles(*ws.db);
    REQUIRE(obstacles.size() == 1);
    CHECK(obstacles.first().key == QStringLiteral("C001"));
    const QString before = dataDump(*ws.db);
    CHECK_THROWS_AS(undoLastImport(*ws.db), Error);
    CHECK(dataDump(*ws.db) == before);

    UndoImportOptions force;
    force.force = true;
    const UndoImportResult r = undoLastImport(*ws.db, force);
    CHECK(r.restored == 1);
    REQUIRE(r.kept.size() == 1);
    CHECK(r.kept.first().key == QStringLiteral("C001"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'C001'")).toString()
          == QStringLiteral("Acme Edited"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT name FROM customers WHERE code = 'C002'")).toString()
          == QStringLiteral("Beta, Ltd"));
}

TEST_CASE("undo of an import leaves a created record that later records use", "[import][undo]")
{
    sb::test::TempWorkspace ws;
    runImport(*ws.db, writeFile(ws.dir, QStringLiteral("c.csv"), Customers), options("customers"));
    // A contact added afterwards for C002.
    runImport(*ws.db, writeFile(ws.dir, QStringLiteral("k.csv"), "code,customer_code,name\nK1,C002,Li Lei\n"),
              options("contacts"));
    // Undoing the contacts import is fine; mark it undone, then the customers import has a user.
    QSqlQuery undoneFlag
        = ws.db->prepare(QStringLiteral("UPDATE import_runs SET undone = 1 WHERE entity = 'contacts'"));
    Database::exec(undoneFlag, QStringLiteral("test"));
    const QList<UndoKeptRecord> obstacles = undoObstacles(*ws.db);
    REQUIRE(obstacles.size() == 1);
    CHECK(obstacles.first().key == QStringLiteral("C002"));
    CHECK(obstacles.first().reason.contains(QStringLiteral("contacts")));
    CHECK_THROWS_AS(undoLastImport(*ws.db), Error);
}

TEST_CASE("undo of an order-lines import removes the orders with their lines", "[import][undo]")
{
    sb::test::TempWorkspace ws;
    ImportOptions o = options("order-lines");
    o.createMissing = {QStringLiteral("customers"), QStringLiteral("products")};
    runImport(*ws.db,
              writeFile(ws.dir, QStringLiteral("l.csv"),
                        "order_number,customer_code,order_date,sku,quantity,unit_price\nA1,CX,2025-03-01,S1,"
                        "1,5\nA1,CX,2025-03-01,S2,2,5\n"),
              o);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM order_lines")).toInt() == 2);
    undoLastImport(*ws.db);
    for (const char *table : {"orders", "order_lines", "customers", "products"})
        CHECK(scalar(*ws.db,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
                  .toInt()
              == 0);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM order_lines WHERE deleted = 1")).toInt() == 2);
}

TEST_CASE("export then import into an empty workspace then export is byte-identical", "[import][roundtrip]")
{
    sb::test::TempWorkspace source;
    const QString hostile
        = QStringLiteral("\"quotes\", '); DROP TABLE customers;-- 😀 =1+1 ") + QString(10000, u'长');
    const ImportResult loaded = runImport(
        *source.db,
        writeFile(source.dir, QStringLiteral("c.csv"),
                  QByteArray("code,name,phone,notes\nC1,Acme,+86 138 0000 0000,\"")
                      + hostile.toUtf8().replace("\"", "\"\"") + "\"\nC2,@Beta,,\"=cmd|' /C calc'!A0\"\n"),
        options("customers"));
    REQUIRE(loaded.committed);
    const QString first = source.dir.filePath(QStringLiteral("first.csv"));
    exportEntity(*source.db, QStringLiteral("customers"), first);

    sb::test::TempWorkspace target;
    const ImportResult r = runImport(*target.db, first, options("customers"));
    REQUIRE(r.committed);
    CHECK(scalar(*target.db, QStringLiteral("SELECT notes FROM customers WHERE code = 'C1'")).toString()
          == hostile);
    CHECK(scalar(*target.db, QStringLiteral("SELECT phone FROM customers WHERE code = 'C1'")).toString()
          == QStringLiteral("+86 138 0000 0000"));
    CHECK(scalar(*target.db, QStringLiteral("SELECT name FROM customers WHERE code = 'C2'")).toString()
          == QStringLiteral("@Beta"));
    const QString second = target.dir.filePath(QStringLiteral("second.csv"));
    exportEntity(*target.db, QStringLiteral("customers"), second);
    CHECK(readAll(first) == readAll(second));
}
