// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include "core/domain/money.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using sb::test::ProcessResult;
using sb::test::runCli;
using namespace sb::core;

namespace {

// Two workspaces (offices) in one folder, with the packages between them.
struct TwoOffices
{
    QTemporaryDir dir;
    QString a = dir.filePath(QStringLiteral("a.salesbench"));
    QString b = dir.filePath(QStringLiteral("b.salesbench"));
    int packages = 0;

    ProcessResult cli(const QString &db, const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }

    QString officeOf(const QString &db) const { return Database::open(db)->officeId(); }

    // sync-export from `from` to `to`; returns the package folder.
    QString exportTo(const QString &from, const QString &to)
    {
        const QString folder = dir.filePath(QStringLiteral("package-%1").arg(++packages));
        const ProcessResult r
            = cli(from, {QStringLiteral("sync-export"), folder, QStringLiteral("--to"), officeOf(to)});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return folder;
    }

    ProcessResult importInto(const QString &db, const QString &package, const QStringList &options = {}) const
    {
        return cli(db, QStringList{QStringLiteral("sync-import"), package} + options);
    }

    // Changes a workspace directly, as the app would; closed again before the CLI runs.
    void edit(const QString &db, const std::function<void(Database &)> &change) const
    {
        const auto workspace = Database::open(db);
        change(*workspace);
        QThread::msleep(3); // the next change gets a later updated_at
    }
};

void setLineQuantity(Database &db, int lineNo, qint64 quantity)
{
    OrderRepository repo(db);
    Order o = *repo.findByNumber(QStringLiteral("SO-1"));
    for (OrderLine &line : o.lines) {
        if (line.lineNo == lineNo)
            line.quantity = quantity;
    }
    repo.update(o);
}

void rename(Database &db, const QString &name)
{
    CustomerRepository repo(db);
    Customer c = *repo.findByCode(QStringLiteral("C-1"));
    c.name = name;
    repo.update(c);
}

} // namespace

TEST_CASE("sync-export and sync-import carry edits both ways and check passes in both offices", "[cli][sync]")
{
    TwoOffices o;
    o.edit(o.a, [](Database &db) {
        Customer c;
        c.code = QStringLiteral("C-1");
        c.name = QStringLiteral("Acme");
        const QString customer = CustomerRepository(db).create(c).meta.id;
        Product p;
        p.sku = QStringLiteral("SKU-1");
        p.name = QStringLiteral("Sensor");
        const QString product = ProductRepository(db).create(p).meta.id;
        Order order;
        order.number = QStringLiteral("SO-1");
        order.customerId = customer;
        order.orderDate = QDate(2025, 3, 1);
        for (int n = 1; n <= 2; ++n) {
            OrderLine line;
            line.lineNo = n;
            line.quantity = n;
            line.unitPrice = 12345;
            line.productId = product;
            order.lines.append(line);
        }
        OrderRepository(db).create(order);
    });
    REQUIRE(o.cli(o.b, {QStringLiteral("init")}).exitCode == 0);

    const QString first = o.exportTo(o.a, o.b);
    const ProcessResult imported = o.importInto(o.b, first);
    INFO(imported.err);
    INFO(imported.out);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("5 new")));
    const ProcessResult again = o.importInto(o.b, first);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("imported before")));

    // Each office edits a different line of the same order, and both rename the customer.
    o.edit(o.a, [](Database &db) { setLineQuantity(db, 1, 10); });
    o.edit(o.a, [](Database &db) { rename(db, QStringLiteral("Acme (A)")); });
    o.edit(o.b, [](Database &db) { setLineQuantity(db, 2, 20); });
    o.edit(o.b, [](Database &db) { rename(db, QStringLiteral("Acme (B)")); });

    const QString fromA = o.exportTo(o.a, o.b);
    const QString fromB = o.exportTo(o.b, o.a);
    const QString report = o.dir.filePath(QStringLiteral("conflicts.csv"));
    const ProcessResult atB = o.importInto(o.b, fromA, {QStringLiteral("--conflicts"), report});
    INFO(atB.err);
    INFO(atB.out);
    REQUIRE(atB.exitCode == 0);
    CAPTURE(atB.out);
    CHECK(atB.out.contains(QStringLiteral("conflict: customer C-1, field name")));
    QFile csv(report);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().contains("Acme (A)"));
    REQUIRE(o.importInto(o.a, fromB).exitCode == 0);

    for (const QString &db : {o.a, o.b}) {
        const ProcessResult check = o.cli(db, {QStringLiteral("check")});
        INFO(check.out.toStdString());
        CHECK(check.exitCode == 0);
        const auto workspace = Database::open(db);
        const Order order = *OrderRepository(*workspace).findByNumber(QStringLiteral("SO-1"));
        CHECK(order.amount == money::lineAmount(10, 12345, 0) + money::lineAmount(20, 12345, 0));
        CHECK(CustomerRepository(*workspace).findByCode(QStringLiteral("C-1"))->name
              == QStringLiteral("Acme (B)"));
    }
}

TEST_CASE("codes with inner spaces travel in a sync package and are found by the same code", "[cli][sync]")
{
    TwoOffices o;
    o.edit(o.a, [](Database &db) {
        Customer c;
        c.code = QStringLiteral("Acme Corporation");
        c.name = QStringLiteral("Acme");
        const QString customer = CustomerRepository(db).create(c).meta.id;
        Product p;
        p.sku = QStringLiteral("BANK CHARGES");
        p.name = QStringLiteral("Bank charges");
        const QString product = ProductRepository(db).create(p).meta.id;
        Order order;
        order.number = QStringLiteral("SO 2025 1");
        order.customerId = customer;
        order.orderDate = QDate(2025, 3, 1);
        OrderLine line;
        line.lineNo = 1;
        line.quantity = 1;
        line.unitPrice = 12345;
        line.productId = product;
        order.lines.append(line);
        OrderRepository(db).create(order);
    });
    REQUIRE(o.cli(o.b, {QStringLiteral("init")}).exitCode == 0);
    const ProcessResult imported = o.importInto(o.b, o.exportTo(o.a, o.b));
    INFO(imported.err);
    INFO(imported.out);
    REQUIRE(imported.exitCode == 0);

    o.edit(o.b, [](Database &db) {
        CustomerRepository repo(db);
        Customer c = *repo.findByCode(QStringLiteral("Acme Corporation"));
        c.name = QStringLiteral("Acme Corp. (B)");
        repo.update(c);
    });
    REQUIRE(o.importInto(o.a, o.exportTo(o.b, o.a)).exitCode == 0);
    for (const QString &db : {o.a, o.b}) {
        CHECK(o.cli(db, {QStringLiteral("check")}).exitCode == 0);
        const auto workspace = Database::open(db);
        const auto customer = CustomerRepository(*workspace).findByCode(QStringLiteral("Acme Corporation"));
        REQUIRE(customer);
        CHECK(customer->name == QStringLiteral("Acme Corp. (B)"));
        CHECK(ProductRepository(*workspace).findBySku(QStringLiteral("BANK CHARGES")));
        const auto order = OrderRepository(*workspace).findByNumber(QStringLiteral("SO 2025 1"));
        REQUIRE(order);
        CHECK(order->customerId == customer->meta.id);
    }
}

TEST_CASE("sync-import of an edited package exits 2, names the file and changes nothing", "[cli][sync]")
{
    TwoOffices o;
    o.edit(o.a, [](Database &db) {
        Customer c;
        c.code = QStringLiteral("C-1");
        c.name = QStringLiteral("Acme");
        CustomerRepository(db).create(c);
    });
    REQUIRE(o.cli(o.b, {QStringLiteral("init")}).exitCode == 0);
    const QString package = o.exportTo(o.a, o.b);
    QFile file(QDir(package).filePath(QStringLiteral("customers.csv")));
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace("Acme", "Acne");
    file.seek(0);
    file.write(bytes);
    file.close();
    const QString before = sb::test::dumpTables(*Database::open(o.b));

    for (const bool dryRun : {true, false}) {
        const ProcessResult r
            = o.importInto(o.b, package, dryRun ? QStringList{QStringLiteral("--dry-run")} : QStringList{});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("customers.csv")));
    }
    CHECK(sb::test::dumpTables(*Database::open(o.b)) == before);
}
