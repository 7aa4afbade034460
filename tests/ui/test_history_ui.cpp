// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "ui/common/workspace.h"
#include "ui/history/historydialog.h"
#include "ui/orders/orderspage.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QSet>
#include <QStandardItemModel>
#include <QTest>

using namespace sb;
using ui::HistoryDialog;

namespace {

/// One write of each kind of record the support desk changes, under the test's user name.
struct Writes
{
    core::Customer customer;
    core::Opportunity opportunity;
    core::Product product;
    core::Order order;

    explicit Writes(const core::Database &db)
    {
        customer = test::addCustomer(db, QStringLiteral("C-500"), QStringLiteral("Harbour Foods"));
        customer.phone = QStringLiteral("021-5555");
        customer = core::CustomerRepository(db).update(customer);
        opportunity.code = QStringLiteral("OP-9");
        opportunity.customerId = customer.meta.id;
        opportunity.title = QStringLiteral("Cold store retrofit");
        opportunity.amount = 5000000;
        opportunity.createdOn = QDate(2025, 2, 3);
        opportunity.expectedClose = QDate(2025, 6, 30);
        opportunity = core::OpportunityRepository(db).create(opportunity);
        product.sku = QStringLiteral("CS-77");
        product.name = QStringLiteral("Door seal");
        product.unitPrice = 125000;
        product = core::ProductRepository(db).create(product);
        order.number = QStringLiteral("SO-500");
        order.customerId = customer.meta.id;
        order.orderDate = QDate(2025, 3, 1);
        core::OrderLine line;
        line.productId = product.meta.id;
        line.quantity = 4;
        line.unitPrice = 125000;
        order.lines = {line};
        order = core::OrderRepository(db).create(order);
    }
};

QSet<QString> columnValues(const QStandardItemModel *model, int column)
{
    QSet<QString> values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.insert(model->item(row, column)->text());
    return values;
}

} // namespace

TEST_CASE(
    "View → Change history (Ctrl+Shift+H) lists the writes to customers, opportunities, orders and products")
{
    test::clearSettings();
    test::TempWorkspace ws;
    const Writes writes(*ws.db);
    ws.db.reset();
    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(ws.path));
    REQUIRE(window.showPage(QStringLiteral("orders")));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    HistoryDialog *history = nullptr;
    REQUIRE(test::waitUntil([&history, &window] {
        history = window.findChild<HistoryDialog *>();
        return history && history->isVisible();
    }));
    const QStandardItemModel *model = history->model();
    const QSet<QString> kinds = columnValues(model, HistoryDialog::Entity);
    for (const QString &kind :
         {QStringLiteral("Customers"), QStringLiteral("Opportunities"), QStringLiteral("Orders"),
          QStringLiteral("Order lines"), QStringLiteral("Products")})
        CHECK(kinds.contains(kind));
    // Records are named as users know them, newest change first.
    const QSet<QString> records = columnValues(model, HistoryDialog::Record);
    CHECK(records.contains(QStringLiteral("C-500 Harbour Foods")));
    CHECK(records.contains(QStringLiteral("OP-9 Cold store retrofit")));
    CHECK(records.contains(QStringLiteral("CS-77 Door seal")));
    CHECK(records.contains(QStringLiteral("SO-500")));
    CHECK(records.contains(QStringLiteral("SO-500 line 1")));
    CHECK(model->item(0, HistoryDialog::Record)->text().startsWith(QStringLiteral("SO-500")));
    CHECK(columnValues(model, HistoryDialog::User) == QSet<QString>{core::Database::userName()});
    bool phoneChange = false;
    for (int row = 0; row < model->rowCount(); ++row)
        phoneChange = phoneChange
            || (model->item(row, HistoryDialog::Field)->text() == QStringLiteral("phone")
                && model->item(row, HistoryDialog::Action)->text() == QStringLiteral("Changed")
                && model->item(row, HistoryDialog::NewValue)->text() == QStringLiteral("021-5555"));
    CHECK(phoneChange);
    const int all = model->rowCount();

    // Filters: the kind of record …
    history->entityFilter()->setCurrentIndex(history->entityFilter()->findData(QStringLiteral("product")));
    REQUIRE(model->rowCount() > 0);
    CHECK(columnValues(model, HistoryDialog::Entity) == QSet<QString>{QStringLiteral("Products")});
    history->entityFilter()->setCurrentIndex(0);
    CHECK(model->rowCount() == all);
    // … the text, where an order number finds the order and its lines …
    QTest::keyClicks(history->textFilter(), QStringLiteral("SO-500"));
    QTest::keyClick(history->textFilter(), Qt::Key_Return);
    CHECK(columnValues(model, HistoryDialog::Entity)
          == QSet<QString>{QStringLiteral("Orders"), QStringLiteral("Order lines")});
    history->textFilter()->clear();
    history->refresh();
    // … the user …
    REQUIRE(history->userFilter()->count() == 2);
    history->userFilter()->setCurrentIndex(1);
    CHECK(model->rowCount() == all);
    // … and the date range (today's changes only, in UTC).
    history->dateFilter()->setChecked(true);
    CHECK(model->rowCount() == all);

    const QString path = ws.dir.filePath(QStringLiteral("history.csv"));
    REQUIRE(history->exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.count(QLatin1Char('\n')) == all + 1);
    CHECK(csv.contains(QStringLiteral("C-500 Harbour Foods")));

    // Another Ctrl+Shift+H brings the same window back rather than a second one.
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.findChildren<HistoryDialog *>().size() == 1);
}

TEST_CASE("Orders → History (Ctrl+H) shows the selected order's own changes, and closes with the workspace")
{
    test::clearSettings();
    test::TempWorkspace ws;
    const Writes writes(*ws.db);
    ws.db.reset();
    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(ws.path));
    REQUIRE(window.showPage(QStringLiteral("orders")));
    auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
    REQUIRE(orders);
    REQUIRE(test::waitUntil([orders] { return !orders->isLoading(); }));
    orders->selectOrder(writes.order.meta.id);

    QAction *historyAction = nullptr;
    for (QAction *action : orders->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H))
            historyAction = action;
    }
    REQUIRE(historyAction);
    REQUIRE(historyAction->isEnabled());
    historyAction->trigger();

    HistoryDialog *history = nullptr;
    REQUIRE(test::waitUntil([&history, &window] {
        history = window.findChild<HistoryDialog *>();
        return history && history->isVisible();
    }));
    // Only the order and its lines: not the customer, deal or product written before it.
    CHECK(columnValues(history->model(), HistoryDialog::Entity)
          == QSet<QString>{QStringLiteral("Orders"), QStringLiteral("Order lines")});
    CHECK(columnValues(history->model(), HistoryDialog::Record)
          == QSet<QString>{QStringLiteral("SO-500"), QStringLiteral("SO-500 line 1")});

    // It reads the workspace: closing the workspace closes it too.
    const QPointer<HistoryDialog> guard(history);
    window.setWorkspace(nullptr);
    CHECK(guard.isNull());
}
