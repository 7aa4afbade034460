// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/storage/contractreview.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/orderdialog.h"
#include "ui/language.h"
#include "ui/orders/orderfilterproxymodel.h"
#include "ui/orders/orderlineseditor.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/pages/orderspage.h"
#include "ui/pages/productspage.h"
#include "ui/widgets/fieldmessages.h"
#include "ui/widgets/recordtableview.h"
#include "ui/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QUndoStack>

using namespace sb;

namespace {

core::Product addProduct(const core::Database &db, const QString &sku, core::Price4 price, qint64 stock)
{
    core::Product product;
    product.sku = sku;
    product.name = QStringLiteral("Product ") + sku;
    product.productLine = QStringLiteral("Tools");
    product.unitPrice = price;
    product.unitCost = price / 2;
    product.stockOnHand = stock;
    return core::ProductRepository(db).create(product);
}

/// A page on a workspace of its own; the workspace owns the test's database.
struct PageFixture
{
    test::TempWorkspace ws;
    ui::Workspace workspace;
    QUndoStack undo;
    ui::OrdersPage page;

    PageFixture() : workspace(std::move(ws.db)), page(ui::PageContext{&workspace, &undo}) { test::clearSettings(); }
    core::Database &db() { return workspace.database(); }
};

void selectData(QComboBox *combo, const QVariant &data)
{
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The order table model and its filter proxy pass QAbstractItemModelTester")
{
    test::TempWorkspace ws;
    const core::Customer customer = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"));
    const core::OrderRepository orders(*ws.db);
    core::Order order;
    order.number = orders.nextNumber();
    order.customerId = customer.meta.id;
    order.orderDate = QDate(2025, 3, 1);
    order.contractAmount = 150000;
    const core::Order first = orders.create(order);

    const test::ModelTestWarnings warnings;
    ui::OrderTableModel model;
    ui::OrderFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setRows(ui::OrderTableModel::load(*ws.db));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::OrderTableModel::Customer).data().toString() == QStringLiteral("北京星辰科技"));
    CHECK(model.index(0, ui::OrderTableModel::Number).data().toString() == first.number);

    order.number = orders.nextNumber();
    order.orderDate = QDate(2024, 6, 1);
    orders.create(order);
    core::ContractReview(*ws.db).setPoint(first.meta.id, core::ContractPoint::Liability, core::CheckState::Flagged,
                                          QStringLiteral("Unlimited liability"));
    model.setRows(ui::OrderTableModel::load(*ws.db));
    REQUIRE(model.rowCount() == 2);
    proxy.setReviewQueueOnly(true);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, ui::OrderTableModel::Number).data().toString() == first.number);
    proxy.setReviewQueueOnly(false);
    proxy.setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    CHECK(proxy.rowCount() == 1);
    proxy.setDateRange({}, {});
    proxy.setStatusFilter(core::OrderStatus::Confirmed);
    CHECK(proxy.rowCount() == 0);
    proxy.setStatusFilter(std::nullopt);
    proxy.setSearchText(QStringLiteral("星辰"));
    CHECK(proxy.rowCount() == 2);
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("An order with two lines entered in the form is saved with the total of its line amounts and can be undone")
{
    PageFixture f;
    const core::Customer customer = test::addCustomer(f.db(), QStringLiteral("C-010"), QStringLiteral("Harbour"));
    const core::Product a = addProduct(f.db(), QStringLiteral("P-A"), 123456, 40);
    const core::Product b = addProduct(f.db(), QStringLiteral("P-B"), 99999, 10);

    ui::OrderDialog *dialog = f.page.openNewForm();
    REQUIRE(dialog);
    selectData(dialog->customerCombo(), customer.meta.id);
    ui::OrderLinesEditor *lines = dialog->linesEditor();
    lines->setLine(lines->addLine(), a.meta.id, 3, QStringLiteral("12.3456"), 10.0);
    lines->setLine(lines->addLine(), b.meta.id, 7, QStringLiteral("9.9999"), 0.0);
    const core::Money expected = core::money::lineAmount(3, 123456, 1000) + core::money::lineAmount(7, 99999, 0);
    CHECK(lines->total() == expected);
    CHECK(dialog->totalLabel()->text().contains(QLocale().toString(double(expected) / 100.0, 'f', 2)));
    dialog->setPoint(core::ContractPoint::Liability, core::CheckState::Flagged, QStringLiteral("No cap"));
    dialog->accept();

    const QList<core::Order> stored = core::OrderRepository(f.db()).list();
    REQUIRE(stored.size() == 1);
    const core::Order order = *core::OrderRepository(f.db()).findById(stored.first().meta.id);
    CHECK(order.lines.size() == 2);
    CHECK(order.amount == expected);
    CHECK(order.customerId == customer.meta.id);
    REQUIRE(f.page.model()->rowCount() == 1);
    CHECK(f.page.model()->rows().first().flagged == 1);

    f.undo.undo();
    CHECK(core::OrderRepository(f.db()).count() == 0);
    CHECK(f.page.model()->rowCount() == 0);
    f.undo.redo();
    CHECK(core::OrderRepository(f.db()).count() == 1);
}

TEST_CASE("The order form refuses to save without a customer and says so next to the field")
{
    PageFixture f;
    ui::OrderDialog *dialog = f.page.openNewForm();
    REQUIRE(dialog);
    dialog->linesEditor()->addLine();
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->messages()->message(QStringLiteral("customer_code")).isEmpty());
    CHECK(core::OrderRepository(f.db()).count() == 0);
    dialog->reject();
}

TEST_CASE("Confirming an order with a flagged risk point is refused without an override and allowed with a reason")
{
    PageFixture f;
    const core::Customer customer = test::addCustomer(f.db(), QStringLiteral("C-020"), QStringLiteral("Risky"));
    core::Order order;
    order.number = core::OrderRepository(f.db()).nextNumber();
    order.customerId = customer.meta.id;
    order.orderDate = QDate(2025, 2, 1);
    order.contractAmount = 5000;
    order = core::OrderRepository(f.db()).create(order);
    core::ContractReview(f.db()).setPoint(order.meta.id, core::ContractPoint::PaymentTerms,
                                          core::CheckState::Flagged, QStringLiteral("120 days"));
    f.page.reload();
    f.page.view()->setCurrentIndex(f.page.proxy()->index(0, 0));
    CHECK(f.page.statusAction(core::OrderStatus::Confirmed)->isEnabled());
    CHECK_FALSE(f.page.statusAction(core::OrderStatus::Delivered)->isEnabled());

    QString error;
    CHECK_FALSE(f.page.confirmOrder(order.meta.id, false, {}, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(core::OrderRepository(f.db()).findById(order.meta.id)->status == core::OrderStatus::Draft);

    REQUIRE(f.page.confirmOrder(order.meta.id, true, QStringLiteral("Approved by the director"), &error));
    CHECK(core::OrderRepository(f.db()).findById(order.meta.id)->status == core::OrderStatus::Confirmed);
    CHECK(f.page.statusAction(core::OrderStatus::Delivered)->isEnabled());
    CHECK_FALSE(f.page.statusAction(core::OrderStatus::Confirmed)->isEnabled());

    ui::HistoryDialog history(f.db(), QStringLiteral("order"), order.meta.id);
    bool overrideShown = false;
    for (int row = 0; row < history.model()->rowCount(); ++row)
        overrideShown = overrideShown || history.model()->item(row, 5)->text() == QStringLiteral("override");
    CHECK(overrideShown);
}

TEST_CASE("The products page opens on demo data with turnover rows and a replenishment list it can export")
{
    test::TempWorkspace ws;
    core::DemoOptions options;
    options.seed = 7;
    options.today = QDate(2025, 3, 15);
    core::generateDemo(*ws.db, options);
    const qint64 products = qint64(core::ProductRepository(*ws.db).list().size());
    ui::Workspace workspace(std::move(ws.db));
    QUndoStack undo;
    ui::ProductsPage page(ui::PageContext{&workspace, &undo});
    page.yearField()->setValue(2024);
    CHECK(page.productsModel()->rowCount() == products);
    REQUIRE(page.turnoverModel()->rowCount() >= 2);
    const QString path = ws.dir.filePath(QStringLiteral("reorder.csv"));
    REQUIRE(page.exportReplenishment(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == page.replenishmentModel()->rowCount() + 1);
}

TEST_CASE("Pictures of the order form for the documentation", "[.screenshot]")
{
    // Run by hand: SB_SCREENSHOT=/path/order-form-en.png test_orders_ui "[.screenshot]"
    const QString target = qEnvironmentVariable("SB_SCREENSHOT");
    REQUIRE_FALSE(target.isEmpty());
    if (qEnvironmentVariableIsSet("SB_LANG"))
        ui::Language::install(*qApp, qEnvironmentVariable("SB_LANG"));
    test::TempWorkspace ws;
    core::DemoOptions options;
    options.today = QDate::currentDate();
    core::generateDemo(*ws.db, options);
    ui::Workspace workspace(std::move(ws.db));
    QUndoStack undo;
    ui::OrdersPage page(ui::PageContext{&workspace, &undo});
    QString id;
    for (const ui::OrderRow &row : page.model()->rows())
        if (row.status == core::OrderStatus::Draft)
            id = row.id;
    REQUIRE_FALSE(id.isEmpty());
    ui::OrderDialog *dialog = page.openEditForm(id);
    REQUIRE(dialog);
    dialog->show();
    test::waitUntil([] { return false; }, 300);
    REQUIRE(dialog->grab().save(target));
    dialog->tabs()->setCurrentIndex(1);
    dialog->setPoint(core::ContractPoint::Liability, core::CheckState::Flagged, QStringLiteral("Liability not capped"));

    test::waitUntil([] { return false; }, 300);
    const QString review = QString(target).replace(QStringLiteral("order-form"), QStringLiteral("order-review"));
    REQUIRE(dialog->grab().save(review));
}
