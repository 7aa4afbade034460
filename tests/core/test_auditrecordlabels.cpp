// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/storage/auditlog.h"
#include "core/storage/auditrecordlabels.h"
#include "core/storage/contractreview.h"
#include "core/storage/customerrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"

using namespace sb::core;

TEST_CASE("audit entries are named by what users know the records by, deleted ones included", "[audit]")
{
    sb::test::TempWorkspace ws;
    Customer c;
    c.code = QStringLiteral("C00038");
    c.name = QStringLiteral("恒丰仓储服务股份有限公司");
    c = CustomerRepository(*ws.db).create(c);
    Product p;
    p.sku = QStringLiteral("IA-1001");
    p.name = QStringLiteral("PLC控制器");
    p.unitPrice = 42000000;
    p = ProductRepository(*ws.db).create(p);
    Order o;
    o.number = QStringLiteral("SO-77");
    o.customerId = c.meta.id;
    o.orderDate = QDate(2025, 5, 5);
    OrderLine line;
    line.productId = p.meta.id;
    line.quantity = 2;
    line.unitPrice = 42000000;
    o.lines = {line};
    o = OrderRepository(*ws.db).create(o);
    const ContractCheck check
        = ContractReview(*ws.db).setPoint(o.meta.id, ContractPoint::Liability, CheckState::Flagged);
    OrderRepository(*ws.db).remove(o.meta.id);

    const QList<AuditEntry> entries = AuditLog::entries(*ws.db);
    const QHash<QString, QString> labels = auditRecordLabels(*ws.db, entries);
    CHECK(labels.value(c.meta.id) == QStringLiteral("C00038 恒丰仓储服务股份有限公司"));
    CHECK(labels.value(p.meta.id) == QStringLiteral("IA-1001 PLC控制器"));
    CHECK(labels.value(o.meta.id) == QStringLiteral("SO-77"));
    CHECK(labels.value(o.lines.first().meta.id) == QStringLiteral("SO-77 line 1"));
    CHECK(labels.value(check.meta.id)
          == QStringLiteral("SO-77: ") + contractpoint::displayName(ContractPoint::Liability));

    // The records of an order's history: the order, its line and its checklist row.
    const QStringList ids = orderRecordIds(*ws.db, o.meta.id);
    CHECK(ids.size() == 3);
    CHECK(ids.first() == o.meta.id);
    CHECK(ids.contains(o.lines.first().meta.id));
    CHECK(ids.contains(check.meta.id));
}
