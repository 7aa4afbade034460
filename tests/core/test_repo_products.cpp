// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/productrepository.h"

#include <functional>

using namespace sb::core;

namespace {
QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

Product sample(const QString &sku)
{
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("温度传感器 T-100");
    p.productLine = QStringLiteral("sensors");
    p.unitPrice = 1234567; // 123.4567
    p.unitCost = 805001; // 80.5001
    p.stockOnHand = -3; // backorder
    p.safetyStock = 20;
    p.leadTimeDays = 14;
    return p;
}
} // namespace

TEST_CASE("products keep four-decimal prices and stock figures across reopening", "[repo][product]")
{
    sb::test::TempWorkspace ws;
    const Product created = ProductRepository(*ws.db).create(sample(QStringLiteral("T-100")));
    ws.reopen();
    ProductRepository repo(*ws.db);
    const auto back = repo.findBySku(QStringLiteral("T-100"));
    REQUIRE(back);
    CHECK(back->meta.id == created.meta.id);
    CHECK(back->name == QStringLiteral("温度传感器 T-100"));
    CHECK(back->productLine == QStringLiteral("sensors"));
    CHECK(back->unitPrice == 1234567);
    CHECK(back->unitCost == 805001);
    CHECK(back->stockOnHand == -3);
    CHECK(back->safetyStock == 20);
    CHECK(back->leadTimeDays == 14);
    CHECK(repo.count() == 1);
}

TEST_CASE("a SKU with inner spaces is stored and found as written", "[repo][product]")
{
    sb::test::TempWorkspace ws;
    ProductRepository repo(*ws.db);
    const Product created = repo.create(sample(QStringLiteral("BANK CHARGES")));
    const auto back = repo.findBySku(QStringLiteral("BANK CHARGES"));
    REQUIRE(back);
    CHECK(back->meta.id == created.meta.id);
    CHECK(back->sku == QStringLiteral("BANK CHARGES"));
    CHECK(errorOf([&] { repo.create(sample(QStringLiteral("BANK\tCHARGES"))); }).contains(u"SKU"));
    CHECK(repo.count() == 1);
}

TEST_CASE("products update, delete and restore with version bumps", "[repo][product]")
{
    sb::test::TempWorkspace ws;
    ProductRepository repo(*ws.db);
    Product p = repo.create(sample(QStringLiteral("T-100")));
    p.unitPrice = 1300000;
    CHECK(repo.update(p).meta.version == 2);
    CHECK(repo.findById(p.meta.id)->unitPrice == 1300000);
    repo.remove(p.meta.id);
    CHECK(repo.list().isEmpty());
    CHECK_FALSE(repo.findBySku(QStringLiteral("T-100")));
    repo.restore(p.meta.id);
    const auto back = repo.findById(p.meta.id);
    REQUIRE(back);
    CHECK(back->meta.version == 4);
    CHECK(
        errorOf([&] { repo.update(sample(QStringLiteral("X"))); }).startsWith(QStringLiteral("No product")));
}

TEST_CASE("a duplicate SKU or a negative price is refused by name and value", "[repo][product]")
{
    sb::test::TempWorkspace ws;
    ProductRepository repo(*ws.db);
    repo.create(sample(QStringLiteral("T-100")));
    CHECK(errorOf([&] { repo.create(sample(QStringLiteral("T-100"))); })
          == QStringLiteral("Product SKU T-100 already exists."));
    Product bad = sample(QStringLiteral("T-200"));
    bad.unitPrice = -1;
    bad.leadTimeDays = -2;
    const QString message = errorOf([&] { repo.create(bad); });
    CHECK(message.contains(QStringLiteral("unit_price \"-1\"")));
    CHECK(message.contains(QStringLiteral("lead_time_days \"-2\"")));
    CHECK(repo.count() == 1);
    CHECK(validateProduct(sample(QStringLiteral("OK"))).isEmpty());
}

TEST_CASE("product price changes are audited old to new", "[repo][product][audit]")
{
    sb::test::TempWorkspace ws;
    ProductRepository repo(*ws.db);
    Product p = repo.create(sample(QStringLiteral("T-100")));
    p.unitPrice = 1300000;
    p.name = QStringLiteral("Temperature sensor T-100");
    repo.update(p);
    AuditFilter filter;
    filter.recordId = p.meta.id;
    QStringList updates;
    for (const AuditEntry &e : AuditLog::entries(*ws.db, filter)) {
        CHECK(e.entity == QStringLiteral("product"));
        if (e.action == AuditAction::Update)
            updates.append(e.field + u'=' + e.oldValue.value_or(QStringLiteral("∅")) + QStringLiteral("→")
                           + e.newValue.value_or(QStringLiteral("∅")));
    }
    CHECK(updates
          == (QStringList{QStringLiteral("name=温度传感器 T-100→Temperature sensor T-100"),
                          QStringLiteral("unit_price=1234567→1300000")}));
}
