// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/storage/auditlog.h"
#include "core/storage/contractreview.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "ui/common/columnchooser.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/lookupcombo.h"
#include "ui/common/recordtableview.h"
#include "ui/common/workspace.h"
#include "ui/history/historydialog.h"
#include "ui/inventory/productspage.h"
#include "ui/orders/orderdialog.h"
#include "ui/orders/orderfilterproxymodel.h"
#include "ui/orders/orderlineseditor.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/orders/overridedialog.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
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

    PageFixture() : workspace(std::move(ws.db)), page(ui::PageContext{&workspace, &undo})
    {
        test::clearSettings();
        settle();
    }
    /// The page reads its list on a worker thread: waits until the newest read is shown.
    void settle()
    {
        REQUIRE(test::waitUntil([this] { return !page.isLoading(); }));
    }
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
    const core::Customer customer
        = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"));
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
    const core::Order second = orders.create(order);
    const core::ContractReview review(*ws.db);
    review.setPoint(first.meta.id, core::ContractPoint::Liability, core::CheckState::Flagged,
                    QStringLiteral("Unlimited liability"));
    // A draft with every point confirmed has nothing left to review.
    for (core::ContractPoint point : core::contractpoint::all())
        review.setPoint(second.meta.id, point, core::CheckState::Confirmed);
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

TEST_CASE("An order with two lines entered in the form is saved with the total of its line amounts and can "
          "be undone")
{
    PageFixture f;
    const core::Customer customer
        = test::addCustomer(f.db(), QStringLiteral("C-010"), QStringLiteral("Harbour"));
    const core::Product a = addProduct(f.db(), QStringLiteral("P-A"), 123456, 40);
    const core::Product b = addProduct(f.db(), QStringLiteral("P-B"), 99999, 10);

    ui::OrderDialog *dialog = f.page.openNewForm();
    REQUIRE(dialog);
    selectData(dialog->customerCombo(), customer.meta.id);
    ui::OrderLinesEditor *lines = dialog->linesEditor();
    lines->setLine(lines->addLine(), a.meta.id, 3, QStringLiteral("12.3456"), 10.0);
    lines->setLine(lines->addLine(), b.meta.id, 7, QStringLiteral("9.9999"), 0.0);
    const core::Money expected
        = core::money::lineAmount(3, 123456, 1000) + core::money::lineAmount(7, 99999, 0);
    CHECK(lines->total() == expected);
    CHECK(dialog->totalLabel()->text().contains(QLocale().toString(double(expected) / 100.0, 'f', 2)));
    dialog->setPoint(core::ContractPoint::Liability, core::CheckState::Flagged, QStringLiteral("No cap"));
    dialog->accept();
    f.settle();

    const QList<core::Order> stored = core::OrderRepository(f.db()).list();
    REQUIRE(stored.size() == 1);
    const core::Order order = *core::OrderRepository(f.db()).findById(stored.first().meta.id);
    CHECK(order.lines.size() == 2);
    CHECK(order.amount == expected);
    CHECK(order.customerId == customer.meta.id);
    REQUIRE(f.page.model()->rowCount() == 1);
    CHECK(f.page.model()->rows().first().flagged == 1);

    f.undo.undo();
    f.settle();
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

TEST_CASE(
    "Confirming an order with a flagged risk point is refused without an override and allowed with a reason")
{
    PageFixture f;
    const core::Customer customer
        = test::addCustomer(f.db(), QStringLiteral("C-020"), QStringLiteral("Risky"));
    core::Order order;
    order.number = core::OrderRepository(f.db()).nextNumber();
    order.customerId = customer.meta.id;
    order.orderDate = QDate(2025, 2, 1);
    order.contractAmount = 5000;
    order = core::OrderRepository(f.db()).create(order);
    core::ContractReview(f.db()).setPoint(order.meta.id, core::ContractPoint::PaymentTerms,
                                          core::CheckState::Flagged, QStringLiteral("120 days"));
    f.page.reload();
    f.settle();
    f.page.view()->setCurrentIndex(f.page.proxy()->index(0, 0));
    CHECK(f.page.statusAction(core::OrderStatus::Confirmed)->isEnabled());
    CHECK_FALSE(f.page.statusAction(core::OrderStatus::Delivered)->isEnabled());

    QString error;
    CHECK_FALSE(f.page.confirmOrder(order.meta.id, false, {}, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(core::OrderRepository(f.db()).findById(order.meta.id)->status == core::OrderStatus::Draft);

    REQUIRE(f.page.confirmOrder(order.meta.id, true, QStringLiteral("Approved by the director"), &error));
    f.settle();
    CHECK(core::OrderRepository(f.db()).findById(order.meta.id)->status == core::OrderStatus::Confirmed);
    CHECK(f.page.statusAction(core::OrderStatus::Delivered)->isEnabled());
    CHECK_FALSE(f.page.statusAction(core::OrderStatus::Confirmed)->isEnabled());

    ui::HistoryDialog history(f.db(), QStringLiteral("order"), order.meta.id);
    bool overrideShown = false;
    for (int row = 0; row < history.model()->rowCount(); ++row)
        overrideShown = overrideShown
            || (history.model()->item(row, ui::HistoryDialog::Action)->text() == QStringLiteral("Override")
                && history.model()->item(row, ui::HistoryDialog::NewValue)->text()
                    == QStringLiteral("Approved by the director"));
    CHECK(overrideShown);
}

TEST_CASE("Delivering, closing and cancelling are one undo step each; undoing a delivery puts the stock back")
{
    PageFixture f;
    const core::Customer customer
        = test::addCustomer(f.db(), QStringLiteral("C-030"), QStringLiteral("Depot"));
    const core::Product product = addProduct(f.db(), QStringLiteral("P-S"), 50000, 40);
    const core::OrderRepository orders(f.db());
    core::Order order;
    order.number = orders.nextNumber();
    order.customerId = customer.meta.id;
    order.orderDate = QDate(2025, 4, 1);
    core::OrderLine line;
    line.productId = product.meta.id;
    line.quantity = 5;
    line.unitPrice = 50000;
    order.lines = {line};
    order = orders.create(order);
    orders.setStatus(order.meta.id, core::OrderStatus::Confirmed);
    f.page.reload();
    f.settle();
    const auto stock = [&] { return core::ProductRepository(f.db()).findById(product.meta.id)->stockOnHand; };

    REQUIRE(f.page.moveOrder(order.meta.id, core::OrderStatus::Delivered));
    CHECK(orders.findById(order.meta.id)->status == core::OrderStatus::Delivered);
    CHECK(stock() == 35);
    CHECK(f.undo.count() == 1);
    CHECK(f.undo.undoText() == QStringLiteral("Deliver order %1").arg(order.number));
    f.undo.undo();
    CHECK(orders.findById(order.meta.id)->status == core::OrderStatus::Confirmed);
    CHECK(stock() == 40);
    core::AuditFilter productHistory;
    productHistory.recordId = product.meta.id;
    int stockChanges = 0;
    for (const core::AuditEntry &e : core::AuditLog::entries(f.db(), productHistory))
        stockChanges
            += e.action == core::AuditAction::Update && e.field == QStringLiteral("stock_on_hand") ? 1 : 0;
    CHECK(stockChanges == 2);
    f.undo.redo();
    CHECK(stock() == 35);

    REQUIRE(f.page.moveOrder(order.meta.id, core::OrderStatus::Closed));
    CHECK(f.undo.undoText() == QStringLiteral("Close order %1").arg(order.number));
    f.undo.undo();
    CHECK(orders.findById(order.meta.id)->status == core::OrderStatus::Delivered);
    CHECK(stock() == 35);

    // An illegal move is refused before it becomes an undo step.
    QString error;
    CHECK_FALSE(f.page.moveOrder(order.meta.id, core::OrderStatus::Cancelled, &error));
    CHECK(error.contains(order.number));
    CHECK(f.undo.index() == 1);

    core::Order draft = order;
    draft.meta = {};
    draft.number = orders.nextNumber();
    draft.lines.clear();
    draft.contractAmount = 1000;
    draft.status = core::OrderStatus::Draft;
    draft = orders.create(draft);
    f.page.reload();
    f.settle();
    REQUIRE(f.page.moveOrder(draft.meta.id, core::OrderStatus::Cancelled));
    CHECK(f.undo.undoText() == QStringLiteral("Cancel order %1").arg(draft.number));
    f.undo.undo();
    CHECK(orders.findById(draft.meta.id)->status == core::OrderStatus::Draft);
}

TEST_CASE("Editing an order and its checklist in the form is one undo step that restores both")
{
    PageFixture f;
    const core::Customer customer
        = test::addCustomer(f.db(), QStringLiteral("C-040"), QStringLiteral("Review"));
    const core::OrderRepository orders(f.db());
    core::Order order;
    order.number = orders.nextNumber();
    order.customerId = customer.meta.id;
    order.orderDate = QDate(2025, 5, 1);
    order.contractAmount = 80000;
    order.paymentTerms = QStringLiteral("Prepaid");
    order = orders.create(order);
    const core::ContractReview review(f.db());
    const core::ContractCheck before
        = review.setPoint(order.meta.id, core::ContractPoint::PaymentTerms, core::CheckState::Confirmed,
                          QStringLiteral("prepaid"));
    f.page.reload();
    f.settle();

    ui::OrderDialog *dialog = f.page.openEditForm(order.meta.id);
    REQUIRE(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("paymentTerms"))->setText(QStringLiteral("60 days net"));
    dialog->setPoint(core::ContractPoint::PaymentTerms, core::CheckState::Flagged, QStringLiteral("60 days"));
    dialog->setPoint(core::ContractPoint::Termination, core::CheckState::Confirmed, {});
    dialog->accept();
    CHECK(f.undo.count() == 1);
    CHECK(f.undo.undoText() == QStringLiteral("Edit order %1").arg(order.number));
    CHECK(orders.findById(order.meta.id)->paymentTerms == QStringLiteral("60 days net"));
    CHECK(review.checklist(order.meta.id).first().state == core::CheckState::Flagged);
    f.settle();
    CHECK(f.page.model()->rows().first().flagged == 1);

    f.undo.undo();
    CHECK(orders.findById(order.meta.id)->paymentTerms == QStringLiteral("Prepaid"));
    const QList<core::ContractCheck> restored = review.checklist(order.meta.id);
    CHECK(restored.first().state == core::CheckState::Confirmed);
    CHECK(restored.first().note == QStringLiteral("prepaid"));
    CHECK(restored.first().checkedAt == before.checkedAt);
    CHECK(restored.last().state == core::CheckState::Unchecked);
    f.settle();
    CHECK(f.page.model()->rows().first().flagged == 0);

    // Opening and saving the form unchanged adds nothing to undo.
    dialog = f.page.openEditForm(order.meta.id);
    REQUIRE(dialog);
    dialog->accept();
    CHECK(f.undo.index() == 0);
}

TEST_CASE("The columns chosen on the orders page are remembered for the next time")
{
    test::TempWorkspace ws;
    ui::Workspace workspace(std::move(ws.db));
    QUndoStack undo;
    test::clearSettings();
    {
        ui::OrdersPage page(ui::PageContext{&workspace, &undo});
        CHECK_FALSE(page.view()->horizontalHeader()->isSectionHidden(ui::OrderTableModel::Owner));
        page.columnChooser()->setColumnVisible(ui::OrderTableModel::Owner, false);
        page.columnChooser()->setColumnVisible(ui::OrderTableModel::Delivery, false);
    }
    ui::OrdersPage again(ui::PageContext{&workspace, &undo});
    CHECK(again.view()->horizontalHeader()->isSectionHidden(ui::OrderTableModel::Owner));
    CHECK(again.view()->horizontalHeader()->isSectionHidden(ui::OrderTableModel::Delivery));
    CHECK_FALSE(again.view()->horizontalHeader()->isSectionHidden(ui::OrderTableModel::Number));
}

// Not run by default: `test_orders_ui "[screenshot]"` with SB_SCREENSHOT_DIR set writes
// order-form, order-review, order-override, review-queue, inventory and history, each -en and -zh_CN.
TEST_CASE("The order desk renders for the documentation screenshots", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    const auto save = [&folder](QWidget *widget, const QString &name, const QString &language) {
        QCoreApplication::processEvents();
        test::waitUntil([] { return false; }, 200);
        CHECK(widget->grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
    };
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const bool chinese = language == QStringLiteral("zh_CN");
        REQUIRE(ui::Language::install(*qApp, language));
        test::clearSettings();
        test::TempWorkspace ws;
        core::DemoOptions options;
        options.today = QDate::currentDate();
        core::generateDemo(*ws.db, options);
        const QList<core::Product> products = core::ProductRepository(*ws.db).list();
        REQUIRE(products.size() >= 2);
        ws.db.reset();

        ui::MainWindow window;
        window.setInteractive(false);
        window.setPersistState(false);
        window.resize(1280, 800);
        REQUIRE(window.openWorkspace(ws.path));
        REQUIRE(window.showPage(QStringLiteral("orders")));
        window.show();
        auto *page = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
        REQUIRE(page);

        // The form of a new order with two lines and a flagged risk.
        ui::OrderDialog *dialog = page->openNewForm();
        REQUIRE(dialog);
        ui::LookupCombo *customers = dialog->customerCombo();
        customers->setCurrentIndex(qMin(37, customers->count() - 1));
        dialog->findChild<QLineEdit *>(QStringLiteral("paymentTerms"))
            ->setText(chinese ? QStringLiteral("月结60天") : QStringLiteral("60 days net"));
        ui::OrderLinesEditor *lines = dialog->linesEditor();
        lines->setLine(lines->addLine(), products.at(0).meta.id, 12,
                       core::money::price4ToString(products.at(0).unitPrice), 5.0);
        lines->setLine(lines->addLine(), products.at(1).meta.id, 3,
                       core::money::price4ToString(products.at(1).unitPrice), 0.0);
        for (core::ContractPoint point :
             {core::ContractPoint::PaymentTerms, core::ContractPoint::DeliveryAcceptance,
              core::ContractPoint::IpOwnership})
            dialog->setPoint(point, core::CheckState::Confirmed, {});
        dialog->setPoint(core::ContractPoint::Liability, core::CheckState::Flagged,
                         chinese ? QStringLiteral("未约定责任上限")
                                 : QStringLiteral("No liability cap agreed"));
        dialog->resize(940, 560);
        save(dialog, QStringLiteral("order-form"), language);
        dialog->showReviewTab();
        save(dialog, QStringLiteral("order-review"), language);
        {
            // The question a confirmation over the flag asks.
            ui::OverrideDialog question(dialog->order().number,
                                        {dialog->checklist().at(int(core::ContractPoint::Liability))},
                                        &window);
            question.show();
            save(&question, QStringLiteral("order-override"), language);
        }
        dialog->accept();
        const QString id = page->currentId();
        REQUIRE_FALSE(id.isEmpty());
        REQUIRE(page->confirmOrder(id, true,
                                   chinese ? QStringLiteral("销售总监已批准")
                                           : QStringLiteral("Approved by the sales director")));

        // The review queue: flagged orders first, then drafts with points to check.
        page->reviewQueueFilter()->setChecked(true);
        page->view()->sortByColumn(ui::OrderTableModel::Flags, Qt::DescendingOrder);
        page->view()->setCurrentIndex(page->proxy()->index(0, 0));
        save(&window, QStringLiteral("review-queue"), language);

        // The change history of the workspace.
        ui::HistoryDialog *history = window.showHistory();
        REQUIRE(history);
        save(history, QStringLiteral("history"), language);
        history->close();

        // Inventory turnover and the reorder list.
        REQUIRE(window.showPage(QStringLiteral("products")));
        auto *productsPage = qobject_cast<ui::ProductsPage *>(window.page(QStringLiteral("products")));
        REQUIRE(productsPage);
        auto *tabs = productsPage->findChild<QTabWidget *>();
        REQUIRE(tabs);
        tabs->setCurrentIndex(1);
        save(&window, QStringLiteral("inventory"), language);
    }
    REQUIRE(ui::Language::install(*qApp, QStringLiteral("en")));
}
