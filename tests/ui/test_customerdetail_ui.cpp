// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The customer detail (contacts, activity timeline, lifecycle stage) with undo,
// and the duplicate warning of the new-customer form.
#include "uitestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/storage/activityrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/customerrepository.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/recordtableview.h"
#include "ui/common/workspace.h"
#include "ui/customers/activitydialog.h"
#include "ui/customers/activitytablemodel.h"
#include "ui/customers/contactdialog.h"
#include "ui/customers/contacttablemodel.h"
#include "ui/customers/customerdetaildialog.h"
#include "ui/customers/customerdialog.h"
#include "ui/customers/customerfilterproxymodel.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/shell/language.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace sb;

namespace {

/// A workspace with two customers, opened as the GUI opens one.
struct DetailFixture
{
    test::TempWorkspace ws;
    std::unique_ptr<ui::Workspace> workspace;
    QUndoStack undoStack;
    core::Customer customer;

    DetailFixture()
    {
        test::clearSettings();
        customer = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技有限公司"),
                                     QStringLiteral("华北"), QStringLiteral("010-88886666"),
                                     core::LifecycleStage::Conversion);
        test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("Harbour Foods Co., Ltd."),
                          QStringLiteral("华东"), QStringLiteral("139 1234 5678"));
        workspace = std::make_unique<ui::Workspace>(std::move(ws.db));
    }

    const core::Database &db() const { return workspace->database(); }
    ui::PageContext context() { return {workspace.get(), &undoStack}; }
};

template<typename Dialog>
bool okEnabled(const Dialog &dialog)
{
    return dialog.template findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

template<typename Editor>
Editor *editor(QWidget &dialog, const char *name)
{
    auto *found = dialog.findChild<Editor *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("Adding a contact in the customer detail is validated, stored and undone in one step")
{
    DetailFixture f;
    ui::CustomerDetailDialog detail(*f.workspace, f.undoStack, f.customer.meta.id);
    CHECK(detail.contacts()->rowCount() == 0);

    ui::ContactDialog *form = detail.openNewContactForm();
    REQUIRE(form);
    CHECK_FALSE(okEnabled(*form));
    CHECK_FALSE(form->messages().message(QStringLiteral("name")).isEmpty());
    editor<QLineEdit>(*form, "name")->setText(QStringLiteral("张磊"));
    editor<QLineEdit>(*form, "email")->setText(QStringLiteral("zhang at xingchen"));
    CHECK_FALSE(form->messages().message(QStringLiteral("email")).isEmpty());
    CHECK_FALSE(okEnabled(*form));
    editor<QLineEdit>(*form, "email")->setText(QStringLiteral("zhang@xingchen.example.cn"));
    editor<QLineEdit>(*form, "title")->setText(QStringLiteral("采购经理"));
    editor<QCheckBox>(*form, "is_decision_maker")->setChecked(true);
    REQUIRE(okEnabled(*form));
    form->accept();

    const core::ContactRepository contacts(f.db());
    REQUIRE(contacts.listForCustomer(f.customer.meta.id).size() == 1);
    REQUIRE(detail.contacts()->rowCount() == 1);
    CHECK(detail.contacts()->contactAt(0).name == QStringLiteral("张磊"));
    CHECK(detail.contacts()->contactAt(0).isDecisionMaker);
    CHECK(f.undoStack.count() == 1);

    f.undoStack.undo();
    CHECK(contacts.listForCustomer(f.customer.meta.id).isEmpty());
    CHECK(detail.contacts()->rowCount() == 0);
    f.undoStack.redo();
    CHECK(detail.contacts()->rowCount() == 1);

    // Editing and deleting are single undo steps too.
    ui::ContactDialog *edit = detail.openContactForm(0);
    REQUIRE(edit);
    editor<QLineEdit>(*edit, "phone")->setText(QStringLiteral("138 0000 1111"));
    edit->accept();
    CHECK(contacts.listForCustomer(f.customer.meta.id).first().phone == QStringLiteral("138 0000 1111"));
    detail.deleteContact(0);
    CHECK(detail.contacts()->rowCount() == 0);
    f.undoStack.undo();
    CHECK(detail.contacts()->rowCount() == 1);
    f.undoStack.undo();
    CHECK(contacts.listForCustomer(f.customer.meta.id).first().phone.isEmpty());
}

TEST_CASE("Adding an activity to the timeline is validated, stored and undone in one step")
{
    DetailFixture f;
    ui::CustomerDetailDialog detail(*f.workspace, f.undoStack, f.customer.meta.id);
    CHECK(detail.activities()->rowCount() == 0);

    ui::ActivityDialog *form = detail.openNewActivityForm();
    REQUIRE(form);
    CHECK_FALSE(okEnabled(*form)); // no summary yet
    auto *kind = editor<QComboBox>(*form, "kind");
    kind->setCurrentIndex(kind->findData(int(core::ActivityKind::Visit)));
    editor<QDateEdit>(*form, "activity_date")->setDate(QDate(2025, 3, 10));
    editor<QPlainTextEdit>(*form, "summary")->setPlainText(QStringLiteral("现场拜访，演示新版本"));
    CHECK(okEnabled(*form));
    editor<QCheckBox>(*form, "has_next_step_date")->setChecked(true);
    editor<QDateEdit>(*form, "next_step_date")->setDate(QDate(2025, 3, 1));
    // A due date needs a next step, and it cannot be before the visit.
    CHECK_FALSE(form->messages().message(QStringLiteral("next_step_date")).isEmpty());
    CHECK_FALSE(okEnabled(*form));
    editor<QDateEdit>(*form, "next_step_date")->setDate(QDate(2025, 3, 17));
    CHECK_FALSE(form->messages().message(QStringLiteral("next_step")).isEmpty());
    editor<QLineEdit>(*form, "next_step")->setText(QStringLiteral("Send the quote"));
    REQUIRE(okEnabled(*form));
    form->accept();

    const core::ActivityRepository activities(f.db());
    const QList<core::Activity> stored = activities.listForCustomer(f.customer.meta.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].kind == core::ActivityKind::Visit);
    CHECK(stored[0].date == QDate(2025, 3, 10));
    CHECK(stored[0].nextStepDate == QDate(2025, 3, 17));
    REQUIRE(detail.activities()->rowCount() == 1);
    CHECK(detail.activities()->index(0, ui::ActivityTableModel::Summary).data().toString()
          == QStringLiteral("现场拜访，演示新版本"));

    f.undoStack.undo();
    CHECK(activities.listForCustomer(f.customer.meta.id).isEmpty());
    CHECK(detail.activities()->rowCount() == 0);
    f.undoStack.redo();
    CHECK(detail.activities()->rowCount() == 1);
    detail.deleteActivity(0);
    CHECK(activities.listForCustomer(f.customer.meta.id).isEmpty());
    f.undoStack.undo();
    CHECK(activities.listForCustomer(f.customer.meta.id).size() == 1);
}

TEST_CASE("The lifecycle stage changes in the customer detail with undo")
{
    DetailFixture f;
    ui::CustomerDetailDialog detail(*f.workspace, f.undoStack, f.customer.meta.id);
    QComboBox &stage = *detail.lifecycleCombo();
    CHECK(stage.currentData().toInt() == int(core::LifecycleStage::Conversion));
    stage.setCurrentIndex(stage.findData(int(core::LifecycleStage::Retention)));
    const core::CustomerRepository customers(f.db());
    CHECK(customers.findById(f.customer.meta.id)->lifecycle == core::LifecycleStage::Retention);
    f.undoStack.undo();
    CHECK(customers.findById(f.customer.meta.id)->lifecycle == core::LifecycleStage::Conversion);
    CHECK(stage.currentData().toInt() == int(core::LifecycleStage::Conversion));
}

TEST_CASE("The contact and activity models pass QAbstractItemModelTester")
{
    DetailFixture f;
    const test::ModelTestWarnings warnings;
    ui::ContactTableModel contacts;
    ui::ActivityTableModel activities;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Warning;
    QAbstractItemModelTester t1(&contacts, mode);
    QAbstractItemModelTester t2(&activities, mode);

    core::Contact c;
    c.code = QStringLiteral("CT1");
    c.customerId = f.customer.meta.id;
    c.name = QStringLiteral("张磊");
    contacts.setContacts({core::ContactRepository(f.db()).create(c)});
    core::Activity a;
    a.code = QStringLiteral("A1");
    a.customerId = f.customer.meta.id;
    a.date = QDate(2025, 3, 10);
    a.summary = QStringLiteral("Call about the renewal\nand the discount");
    activities.setActivities({core::ActivityRepository(f.db()).create(a)});
    CHECK(contacts.index(0, ui::ContactTableModel::Name).data().toString() == QStringLiteral("张磊"));
    CHECK(activities.index(0, ui::ActivityTableModel::Summary).data().toString()
          == QStringLiteral("Call about the renewal"));
    contacts.setContacts({});
    activities.setActivities({});
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE(
    "The new-customer form warns under the field about a near-duplicate name or phone, without blocking")
{
    DetailFixture f;
    ui::CustomersPage page(f.context());
    REQUIRE(test::waitUntil([&] { return !page.isLoading() && page.model()->rowCount() == 2; }));
    ui::CustomerDialog *form = page.openNewCustomerForm();
    REQUIRE(form);
    CHECK(form->nameWarning().isEmpty());

    editor<QLineEdit>(*form, "name")->setText(QStringLiteral("星辰科技"));
    CHECK(form->nameWarning().contains(QStringLiteral("C-001")));
    CHECK(form->isInputValid()); // a warning, not an error
    CHECK(okEnabled(*form));

    editor<QLineEdit>(*form, "name")->setText(QStringLiteral("HARBOUR FOODS"));
    CHECK(form->nameWarning().contains(QStringLiteral("C-002")));
    CHECK_FALSE(form->nameWarning().contains(QStringLiteral("C-001")));

    editor<QLineEdit>(*form, "name")->setText(QStringLiteral("Greenstar Academy"));
    CHECK(form->nameWarning().isEmpty());
    editor<QLineEdit>(*form, "phone")->setText(QStringLiteral("+86 10 8888 6666"));
    CHECK(form->phoneWarning().contains(QStringLiteral("C-001")));
    CHECK(form->nameWarning().isEmpty());
    form->reject();
}

TEST_CASE("Ctrl+I on the customer list opens the detail of the current customer")
{
    DetailFixture f;
    ui::CustomersPage page(f.context());
    page.show();
    REQUIRE(test::waitUntil([&] { return !page.isLoading() && page.model()->rowCount() == 2; }));
    page.activateWindow();
    page.view()->setCurrentIndex(page.proxy()->index(1, 0));
    page.view()->setFocus();
    QString openedCode;
    test::whenModalShown([&](QWidget *modal) {
        if (auto *detail = qobject_cast<ui::CustomerDetailDialog *>(modal))
            openedCode = detail->customer().code;
        modal->close();
    });
    QTest::keyClick(page.view(), Qt::Key_I, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return !openedCode.isEmpty(); }));
    CHECK(openedCode == QStringLiteral("C-002"));
}

// Not run by default: `test_customerdetail_ui "[screenshot]"` with SB_SCREENSHOT_DIR set
// writes the documentation images customer-detail-en.png and customer-detail-zh_CN.png.
TEST_CASE("The customer detail renders for the documentation screenshots", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    test::clearSettings();
    test::TempWorkspace ws;
    core::DemoOptions options;
    options.today = QDate(2025, 6, 30);
    core::generateDemo(*ws.db, options);
    ui::Workspace workspace(std::move(ws.db));
    QUndoStack undoStack;
    const std::optional<core::Customer> customer
        = core::CustomerRepository(workspace.database()).findByCode(QStringLiteral("C00218"));
    REQUIRE(customer);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        REQUIRE(ui::Language::install(*qApp, language));
        ui::CustomerDetailDialog detail(workspace, undoStack, customer->meta.id);
        detail.setAbcClass(core::abc::Class::A);
        detail.resize(1080, 620);
        detail.show();
        QCoreApplication::processEvents();
        const QString path = QDir(folder).filePath(QStringLiteral("customer-detail-%1.png").arg(language));
        CHECK(detail.grab().save(path));
    }
    REQUIRE(ui::Language::install(*qApp, QStringLiteral("en")));
}
