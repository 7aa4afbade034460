// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk path of order-lines imports: orders written once with their totals when
// the file moves on, records created only for written lines, reading on a second
// thread, and the time-ordered ids of what an import creates.
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/importer.h"
#include "core/storage/idsequence.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

ImportOptions orderLines(OnError onError = OnError::Abort)
{
    ImportOptions o;
    o.entity = QStringLiteral("order-lines");
    o.backup = false;
    o.onError = onError;
    o.createMissing = {QStringLiteral("customers"), QStringLiteral("products")};
    return o;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q, QStringLiteral("test query"));
    return q.next() ? q.value(0) : QVariant();
}

qint64 count(const Database &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toLongLong();
}

QString dataDump(const Database &db)
{
    return sb::test::dumpTables(
        db, {QStringLiteral("import_runs"), QStringLiteral("import_changes"), QStringLiteral("audit_log")});
}

const QByteArray Header = "order_number,customer_code,order_date,sku,line_no,quantity,unit_price\n";

} // namespace

TEST_CASE("an order whose rows are apart in the file is one order with the total of all its lines",
          "[import][orders]")
{
    sb::test::TempWorkspace ws;
    const QString file = writeFile(ws.dir, QStringLiteral("apart.csv"),
                                   Header
                                       + "A1,C1,2025-03-01,S1,1,2,10\n"
                                         "B1,C2,2025-03-02,S1,1,1,10\n"
                                         "A1,C1,2025-03-01,S2,2,3,5\n"
                                         "B1,C2,2025-03-02,S2,2,1,1.5\n"
                                         "A1,C1,2025-03-01,S1,3,1,0.25\n");
    const ImportResult r = runImport(*ws.db, file, orderLines());
    REQUIRE(r.committed);
    CHECK(r.inserted == 5);
    CHECK(count(*ws.db, "orders") == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT amount FROM orders WHERE number = 'A1'")).toLongLong()
          == 2000 + 1500 + 25);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT amount FROM orders WHERE number = 'B1'")).toLongLong()
          == 1000 + 150);
    CHECK(scalar(*ws.db,
                 QStringLiteral("SELECT count(*) FROM orders o WHERE amount <> (SELECT sum(amount) "
                                "FROM order_lines l WHERE l.order_id = o.id)"))
              .toInt()
          == 0);
    // Each created order is logged once for undo and once in the audit log.
    CHECK(
        scalar(*ws.db, QStringLiteral("SELECT count(*) FROM import_changes WHERE entity = 'orders'")).toInt()
        == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'order'")).toInt()
          == 2);
    CHECK(scalar(*ws.db, QStringLiteral("PRAGMA foreign_key_check")).isNull());

    undoLastImport(*ws.db);
    // Tombstones, which office sync carries: nothing is live any more.
    for (const char *table : {"orders", "order_lines", "customers", "products"})
        CHECK(scalar(*ws.db,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
                  .toLongLong()
              == 0);
}

TEST_CASE("with skip, a refused row creates nothing and later rows of the same new customer still import",
          "[import][orders]")
{
    sb::test::TempWorkspace ws;
    // Row 2 would create customer NEW, order X1 and product "BAD<tab>SKU" but its SKU is not usable.
    const QString file = writeFile(ws.dir, QStringLiteral("skip.csv"),
                                   Header
                                       + "X1,NEW,2025-03-01,BAD\tSKU,1,1,10\n"
                                         "Y1,NEW,2025-03-02,S1,1,2,10\n"
                                         "Z1,ONLY-BAD,2025-03-03,S2,1,0,10\n");
    const ImportResult r = runImport(*ws.db, file, orderLines(OnError::Skip));
    REQUIRE(r.committed);
    CHECK(r.inserted == 1);
    CHECK(r.errors == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT group_concat(number) FROM orders")).toString()
          == QStringLiteral("Y1"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT group_concat(code) FROM customers")).toString()
          == QStringLiteral("NEW"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT group_concat(sku) FROM products")).toString()
          == QStringLiteral("S1"));
    CHECK(scalar(*ws.db, QStringLiteral("SELECT amount FROM orders WHERE number = 'Y1'")).toLongLong()
          == 2000);
    CHECK(scalar(*ws.db, QStringLiteral("PRAGMA foreign_key_check")).isNull());
}

TEST_CASE("a line number used twice in an order the file creates is refused, naming the row and column",
          "[import][orders]")
{
    sb::test::TempWorkspace ws;
    const QString before = dataDump(*ws.db);
    const QString file = writeFile(ws.dir, QStringLiteral("twice.csv"),
                                   Header
                                       + "A1,C1,2025-03-01,S1,1,1,10\n"
                                         "A1,C1,2025-03-01,S1,2,1,10\n"
                                         "A1,C1,2025-03-01,S2,1,1,10\n");
    ImportResult r = runImport(*ws.db, file, orderLines());
    CHECK_FALSE(r.committed);
    CHECK(r.errors == 1);
    CHECK(r.firstErrorText().contains(QStringLiteral("Row 4, column 5")));
    CHECK(r.firstErrorText().contains(QStringLiteral("appears twice")));
    CHECK(dataDump(*ws.db) == before);

    // With skip the two good lines stay, and the total is theirs only.
    r = runImport(*ws.db, file, orderLines(OnError::Skip));
    REQUIRE(r.committed);
    CHECK(count(*ws.db, "order_lines") == 2);
    CHECK(scalar(*ws.db, QStringLiteral("SELECT amount FROM orders WHERE number = 'A1'")).toLongLong()
          == 2000);
}

TEST_CASE("a large file is read on a second thread: every row arrives in order, with progress, and a cancel "
          "writes nothing",
          "[import][orders][reader]")
{
    sb::test::TempWorkspace ws;
    constexpr int Lines = 20000; // many times what the reading queue holds
    QByteArray text = Header;
    for (int i = 0; i < Lines; ++i)
        text += "O" + QByteArray::number(i / 4).rightJustified(6, '0') + ",C"
            + QByteArray::number((i / 4) % 7) + ",2025-01-02,S" + QByteArray::number(i % 5) + ','
            + QByteArray::number(i % 4 + 1) + ',' + QByteArray::number(i % 9 + 1) + ",1.5\n";
    const QString file = writeFile(ws.dir, QStringLiteral("large.csv"), text);
    const QString before = dataDump(*ws.db);

    qint64 calls = 0;
    try {
        runImport(*ws.db, file, orderLines(), [&](qint64, qint64) { return ++calls < 3; });
        FAIL("the import was not cancelled");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
    }
    CHECK(calls == 3);
    CHECK(dataDump(*ws.db) == before);

    QList<qint64> done;
    const ImportResult r = runImport(*ws.db, file, orderLines(), [&](qint64 bytes, qint64 total) {
        done.append(bytes);
        return bytes <= total;
    });
    REQUIRE(r.committed);
    CHECK(r.rows == Lines);
    CHECK(r.inserted == Lines);
    CHECK(done.size() > Lines / 2000);
    CHECK(std::is_sorted(done.cbegin(), done.cend()));
    CHECK(done.last() == QFile(file).size());
    CHECK(count(*ws.db, "orders") == Lines / 4);
    // The details keep the rows in file order, with their line numbers.
    REQUIRE(r.details.size() == ImportResult::DetailLimit);
    CHECK(r.details.first().row == 2);
    CHECK(r.details.last().row == ImportResult::DetailLimit + 1);
    CHECK(r.details.last().key == QStringLiteral("O000499 / 4"));
    const qint64 expected = [] {
        qint64 sum = 0;
        for (int i = 0; i < Lines; ++i)
            sum += (i % 9 + 1) * 150;
        return sum;
    }();
    CHECK(scalar(*ws.db, QStringLiteral("SELECT sum(amount) FROM orders")).toLongLong() == expected);
}

TEST_CASE("ids for bulk inserts are version 7 UUIDs, unique and in ascending order", "[import][ids]")
{
    IdSequence ids;
    static const QRegularExpression uuid7(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QByteArray previous;
    QSet<QByteArray> seen;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray id = ids.next();
        REQUIRE(uuid7.match(QString::fromLatin1(id)).hasMatch());
        REQUIRE(id > previous);
        seen.insert(id);
        previous = id;
    }
    CHECK(seen.size() == 10000);
    // Another sequence starts at a random point: no clash with the first one.
    IdSequence other;
    CHECK_FALSE(seen.contains(other.next()));
}

TEST_CASE("the lines, orders, customers and products an import creates get ids in the order of the file",
          "[import][ids]")
{
    sb::test::TempWorkspace ws;
    const QString file = writeFile(ws.dir, QStringLiteral("ids.csv"),
                                   Header
                                       + "A1,C1,2025-03-01,S1,1,1,10\n"
                                         "A1,C1,2025-03-01,S2,2,1,10\n"
                                         "B1,C2,2025-03-02,S1,1,1,10\n");
    REQUIRE(runImport(*ws.db, file, orderLines()).committed);
    auto ordered = [&](const char *sql) {
        QSqlQuery q = ws.db->prepare(QString::fromLatin1(sql));
        Database::exec(q, QStringLiteral("test query"));
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        QStringList sorted = ids;
        sorted.sort();
        return ids.size() >= 2 && ids == sorted;
    };
    CHECK(ordered(
        "SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id ORDER BY o.number, l.line_no"));
    CHECK(ordered("SELECT id FROM orders ORDER BY number"));
    CHECK(ordered("SELECT id FROM customers ORDER BY code"));
    CHECK(ordered("SELECT id FROM products ORDER BY sku"));
}
