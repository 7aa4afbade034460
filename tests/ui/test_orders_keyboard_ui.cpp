// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A support specialist's order desk driven from the keyboard alone: every step
// below is a key press sent where the keyboard focus is (or to the open
// completion list), as the window system would. Widgets are only looked up
// and read, never set.
#include "uitestsupport.h"

#include "core/storage/auditlog.h"
#include "core/storage/auditrecordlabels.h"
#include "core/storage/contractreview.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "ui/common/lookupcombo.h"
#include "ui/common/recordtableview.h"
#include "ui/common/workspace.h"
#include "ui/orders/orderdialog.h"
#include "ui/orders/orderlineseditor.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/orders/overridedialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace sb;

namespace {

/// Where a key press goes: the open completion list, else the focused widget.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
    QCoreApplication::processEvents();
}

/// Presses the first key combination bound to a standard key (they differ between platforms).
void press(QKeySequence::StandardKey standard)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(standard);
    REQUIRE_FALSE(bindings.isEmpty());
    const QKeyCombination combination = bindings.first()[0];
    press(combination.key(), combination.keyboardModifiers());
}

void type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = keyTarget();
        REQUIRE(target);
        QTest::keyClick(target, ch.toLatin1());
    }
    QCoreApplication::processEvents();
}

/// True when `widget` has the keyboard focus (itself or through a child editor).
bool hasFocus(const QWidget *widget)
{
    for (const QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == widget)
            return true;
    }
    return false;
}

/// Presses Tab until the focus leaves `from` (a date edit walks its sections first).
void tabOutOf(const QWidget *from)
{
    for (int i = 0; i < 4 && hasFocus(from); ++i)
        press(Qt::Key_Tab);
    REQUIRE_FALSE(hasFocus(from));
}

template<typename T>
T *waitForModal()
{
    T *found = nullptr;
    test::waitUntil([&found] {
        found = qobject_cast<T *>(QApplication::activeModalWidget());
        return found && found->isVisible() && QApplication::activeWindow() == found;
    });
    return found;
}

/// Waits for the dialogs to close and the main window to have the keyboard again.
bool backTo(QWidget *window)
{
    if (!test::waitUntil([] { return QApplication::activeModalWidget() == nullptr; }))
        return false;
    // A window manager hands the activation back to the main window; offscreen we ask for it.
    if (QApplication::activeWindow() != window)
        window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

core::Product addProduct(const core::Database &db, const QString &sku, const QString &name,
                         core::Price4 price, qint64 stock)
{
    core::Product product;
    product.sku = sku;
    product.name = name;
    product.productLine = QStringLiteral("Hydraulics");
    product.unitPrice = price;
    product.unitCost = price / 2;
    product.stockOnHand = stock;
    return core::ProductRepository(db).create(product);
}

QList<core::AuditEntry> orderHistory(const core::Database &db, const QString &orderId)
{
    core::AuditFilter filter;
    filter.recordIds = core::orderRecordIds(db, orderId);
    return core::AuditLog::entries(db, filter);
}

int countEntries(const QList<core::AuditEntry> &entries, const QString &entity, core::AuditAction action,
                 const QString &field = {})
{
    int n = 0;
    for (const core::AuditEntry &e : entries)
        n += e.entity == entity && e.action == action && (field.isEmpty() || e.field == field) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("An order is entered, reviewed, confirmed over a flag and undone from the keyboard alone")
{
    test::clearSettings();
    test::TempWorkspace ws;
    test::addCustomer(*ws.db, QStringLiteral("C-100"), QStringLiteral("Harbour Lights"));
    const core::Customer customer
        = test::addCustomer(*ws.db, QStringLiteral("C-101"), QStringLiteral("Harbour Foods"));
    test::addCustomer(*ws.db, QStringLiteral("C-102"), QStringLiteral("Northwind Trading"));
    const core::Product filter
        = addProduct(*ws.db, QStringLiteral("HY-A100"), QStringLiteral("Hydraulic filter"), 123456, 40);
    const core::Product pump
        = addProduct(*ws.db, QStringLiteral("HY-B200"), QStringLiteral("Servo pump"), 95000, 10);
    ws.db.reset(); // the window takes the workspace lock

    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(ws.path));
    REQUIRE(window.showPage(QStringLiteral("orders")));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *page = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("orders"))); // puts the focus on the order list
    REQUIRE(hasFocus(page->view()));
    const core::Database &db = window.workspace()->database();
    QUndoStack *undo = window.undoStack();

    // New order (Ctrl+N): the customer field has the focus; part of a name finds it.
    press(QKeySequence::New);
    auto *dialog = waitForModal<ui::OrderDialog>();
    REQUIRE(dialog);
    REQUIRE(hasFocus(dialog->customerCombo()));
    type(QStringLiteral("harbour f"));
    REQUIRE(QApplication::activePopupWidget()); // the matching customers are listed
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    CHECK(dialog->isVisible()); // Enter took the customer, it did not save yet
    CHECK(dialog->customerCombo()->currentId() == customer.meta.id);
    CHECK(dialog->customerCombo()->currentText() == QStringLiteral("C-101 Harbour Foods"));

    // Tab walks down the form: opportunity, owner, order date, payment terms, delivery, notes, lines.
    press(Qt::Key_Tab);
    CHECK(hasFocus(dialog->opportunityCombo()));
    press(Qt::Key_Tab);
    CHECK(hasFocus(dialog->ownerCombo()));
    press(Qt::Key_Tab);
    auto *orderDate = dialog->findChild<QDateEdit *>(QStringLiteral("orderDate"));
    CHECK(hasFocus(orderDate));
    tabOutOf(orderDate);
    CHECK(hasFocus(dialog->findChild<QLineEdit *>(QStringLiteral("paymentTerms"))));
    type(QStringLiteral("30 days net"));
    press(Qt::Key_Tab);
    CHECK(hasFocus(dialog->findChild<QComboBox *>(QStringLiteral("deliveryStatus"))));
    press(Qt::Key_Tab);
    CHECK(hasFocus(dialog->findChild<QLineEdit *>(QStringLiteral("orderNotes"))));
    press(Qt::Key_Tab);
    ui::OrderLinesEditor *lines = dialog->linesEditor();
    CHECK(hasFocus(lines));

    // Insert adds a line with the product picker focused; the SKU finds the product and fills its price.
    press(Qt::Key_Insert);
    REQUIRE(lines->rowCount() == 1);
    CHECK(hasFocus(lines->cellWidget(0, ui::OrderLinesEditor::Product)));
    type(QStringLiteral("hy-a1"));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    CHECK(hasFocus(lines->cellWidget(0, ui::OrderLinesEditor::Quantity)));
    type(QStringLiteral("3"));
    press(Qt::Key_Tab);
    auto *firstPrice = qobject_cast<QLineEdit *>(lines->cellWidget(0, ui::OrderLinesEditor::UnitPrice));
    REQUIRE(firstPrice);
    CHECK(hasFocus(firstPrice));
    CHECK(firstPrice->text() == QStringLiteral("12.3456"));
    press(Qt::Key_Tab);
    CHECK(hasFocus(lines->cellWidget(0, ui::OrderLinesEditor::Discount)));
    type(QStringLiteral("10"));
    // After the last field of a line, Tab reaches "Add line"; Space presses it.
    press(Qt::Key_Tab);
    CHECK(hasFocus(dialog->findChild<QPushButton *>(QStringLiteral("addLine"))));
    press(Qt::Key_Space);
    REQUIRE(lines->rowCount() == 2);
    CHECK(hasFocus(lines->cellWidget(1, ui::OrderLinesEditor::Product)));
    type(QStringLiteral("servo"));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    type(QStringLiteral("2"));
    press(Qt::Key_Tab);
    type(QStringLiteral("10.005")); // a negotiated price replaces the list price
    press(Qt::Key_Tab);
    type(QStringLiteral("50"));

    // Ctrl+Enter saves.
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(backTo(&window));
    const QList<core::Order> stored = core::OrderRepository(db).list();
    REQUIRE(stored.size() == 1);
    const core::Order order = *core::OrderRepository(db).findById(stored.first().meta.id);
    CHECK(order.customerId == customer.meta.id);
    CHECK(order.paymentTerms == QStringLiteral("30 days net"));
    CHECK(order.status == core::OrderStatus::Draft);
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines.at(0).lineNo == 1);
    CHECK(order.lines.at(0).productId == filter.meta.id);
    CHECK(order.lines.at(0).quantity == 3);
    CHECK(order.lines.at(0).unitPrice == 123456);
    CHECK(order.lines.at(0).discount == 1000);
    // 3 × 12.3456 × (1 − 10 %) = 33.33312 → 33.33
    CHECK(order.lines.at(0).amount == 3333);
    CHECK(order.lines.at(1).productId == pump.meta.id);
    CHECK(order.lines.at(1).quantity == 2);
    CHECK(order.lines.at(1).unitPrice == 100050);
    CHECK(order.lines.at(1).discount == 5000);
    // 2 × 10.0050 × (1 − 50 %) = 10.005 → 10.01, half away from zero
    CHECK(order.lines.at(1).amount == 1001);
    CHECK(order.amount == 4334);
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("Add order %1").arg(order.number));
    // The list shows the new order as the current one, in the review queue (once the list,
    // read again on a worker thread, has arrived).
    REQUIRE(test::waitUntil([page] { return !page->isLoading(); }));
    CHECK(page->currentId() == order.meta.id);
    CHECK(hasFocus(page->view()));

    // Ctrl+R opens its contract checklist with the first point focused; C confirms, F flags.
    press(Qt::Key_R, Qt::ControlModifier);
    dialog = waitForModal<ui::OrderDialog>();
    REQUIRE(dialog);
    CHECK(dialog->tabs()->currentIndex() == 1);
    CHECK(hasFocus(dialog->pointState(core::ContractPoint::PaymentTerms)));
    for (core::ContractPoint point : core::contractpoint::all()) {
        REQUIRE(hasFocus(dialog->pointState(point)));
        if (point == core::ContractPoint::Liability) {
            type(QStringLiteral("f"));
            press(Qt::Key_Tab);
            type(QStringLiteral("No liability cap"));
            press(Qt::Key_Tab);
        } else if (point != core::ContractPoint::Termination) {
            type(QStringLiteral("c"));
            press(Qt::Key_Tab);
            press(Qt::Key_Tab);
        } else {
            type(QStringLiteral("c")); // the last point: stay on it
        }
    }
    CHECK(dialog->reviewSummary()->text().contains(QStringLiteral("1 flagged, 4 confirmed, 0 to check")));
    CHECK(dialog->reviewSummary()->text().contains(QStringLiteral("No liability cap")));
    // A plain Enter saves too.
    press(Qt::Key_Return);
    REQUIRE(backTo(&window));
    const QList<core::ContractCheck> checklist = core::ContractReview(db).checklist(order.meta.id);
    for (const core::ContractCheck &check : checklist) {
        INFO(core::contractpoint::key(check.point).toStdString());
        if (check.point == core::ContractPoint::Liability) {
            CHECK(check.state == core::CheckState::Flagged);
            CHECK(check.note == QStringLiteral("No liability cap"));
        } else {
            CHECK(check.state == core::CheckState::Confirmed);
        }
        CHECK(check.checkedBy == core::Database::userName());
    }
    CHECK(undo->count() == 2);
    CHECK(undo->undoText() == QStringLiteral("Contract review of order %1").arg(order.number));

    // Ctrl+Shift+O confirms; the flag asks for an override with a reason, and Enter gives it.
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto *override = waitForModal<ui::OverrideDialog>();
    REQUIRE(override);
    REQUIRE(hasFocus(override->reasonField()));
    press(Qt::Key_Return); // no reason, no confirmation
    CHECK(override->isVisible());
    type(QStringLiteral("Approved by the sales director"));
    press(Qt::Key_Return);
    REQUIRE(backTo(&window));
    CHECK(core::OrderRepository(db).findById(order.meta.id)->status == core::OrderStatus::Confirmed);
    CHECK(undo->count() == 3);

    // Everything is in the audit log: the order, its two lines, five checklist points and the override.
    QList<core::AuditEntry> history = orderHistory(db, order.meta.id);
    CHECK(countEntries(history, QStringLiteral("order"), core::AuditAction::Create, QStringLiteral("number"))
          == 1);
    CHECK(countEntries(history, QStringLiteral("order_line"), core::AuditAction::Create,
                       QStringLiteral("amount"))
          == 2);
    CHECK(countEntries(history, QStringLiteral("contract_check"), core::AuditAction::Create,
                       QStringLiteral("state"))
          == 5);
    CHECK(countEntries(history, QStringLiteral("order"), core::AuditAction::Update, QStringLiteral("status"))
          == 1);
    REQUIRE(countEntries(history, QStringLiteral("order"), core::AuditAction::Override) == 1);
    for (const core::AuditEntry &e : history) {
        if (e.action != core::AuditAction::Override)
            continue;
        CHECK(e.field == QStringLiteral("contract_review"));
        CHECK(e.oldValue == std::optional<QString>(QStringLiteral("liability")));
        CHECK(e.newValue == std::optional<QString>(QStringLiteral("Approved by the sales director")));
        CHECK(e.user == core::Database::userName());
    }

    // Ctrl+Z takes back the confirmation: draft again, and the withdrawn override is logged.
    CHECK(undo->undoText()
          == QStringLiteral("Confirm order %1 over flagged contract points").arg(order.number));
    press(QKeySequence::Undo);
    CHECK(core::OrderRepository(db).findById(order.meta.id)->status == core::OrderStatus::Draft);
    history = orderHistory(db, order.meta.id);
    REQUIRE(countEntries(history, QStringLiteral("order"), core::AuditAction::Override) == 2);
    CHECK(history.last().action == core::AuditAction::Override);
    CHECK(history.last().oldValue
          == std::optional<QString>(QStringLiteral("Approved by the sales director")));
    CHECK_FALSE(history.last().newValue.has_value());
    CHECK(countEntries(history, QStringLiteral("order"), core::AuditAction::Update, QStringLiteral("status"))
          == 2);

    // Again: the checklist is as it was before the review, and the change is audited.
    press(QKeySequence::Undo);
    for (const core::ContractCheck &check : core::ContractReview(db).checklist(order.meta.id)) {
        CHECK(check.state == core::CheckState::Unchecked);
        CHECK(check.note.isEmpty());
        CHECK(check.checkedBy.isEmpty());
    }
    history = orderHistory(db, order.meta.id);
    CHECK(countEntries(history, QStringLiteral("contract_check"), core::AuditAction::Update,
                       QStringLiteral("state"))
          == 5);

    // And the order itself goes; redo brings it back with its lines.
    press(QKeySequence::Undo);
    CHECK(core::OrderRepository(db).count() == 0);
    REQUIRE(test::waitUntil([page] { return !page->isLoading(); }));
    CHECK(page->model()->rowCount() == 0);
    CHECK(countEntries(orderHistory(db, order.meta.id), QStringLiteral("order"), core::AuditAction::Delete)
          == 1);
    press(QKeySequence::Redo);
    const std::optional<core::Order> back = core::OrderRepository(db).findById(order.meta.id);
    REQUIRE(back);
    CHECK(back->lines.size() == 2);
    CHECK(back->amount == 4334);
}
