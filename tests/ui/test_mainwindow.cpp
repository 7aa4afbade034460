// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/storage/customerrepository.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/searchfield.h"
#include "ui/common/workspace.h"
#include "ui/customers/customerdialog.h"
#include "ui/customers/customerfilterproxymodel.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/funnel/stageprobabilitiesdialog.h"
#include "ui/opportunities/leadscoringdialog.h"
#include "ui/opportunities/lostreasonseditor.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/workspaceactions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace sb;
using sb::ui::CustomerTableModel;

namespace {

/// A main window on a workspace of its own, with the customers page shown.
struct WindowFixture
{
    test::TempWorkspace ws;
    ui::MainWindow window;
    ui::CustomersPage *page = nullptr;

    explicit WindowFixture(bool releaseWorkspace = true)
    {
        test::clearSettings();
        seed();
        if (releaseWorkspace)
            ws.db.reset(); // let the window take the workspace lock
        window.setInteractive(false);
        window.setPersistState(false);
        REQUIRE(window.openWorkspace(ws.path));
        REQUIRE(window.showPage(QStringLiteral("customers")));
        window.show();
        page = qobject_cast<ui::CustomersPage *>(window.page(QStringLiteral("customers")));
        REQUIRE(page);
        settle();
    }

    /// Waits until the page shows the rows as stored (they are read in the background).
    void settle() const
    {
        REQUIRE(test::waitUntil([this] { return !page->isLoading(); }));
    }

    void seed()
    {
        test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"),
                          QStringLiteral("北京"));
        test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("Harbour Foods"),
                          QStringLiteral("上海"));
    }

    QStringList tableCodes() const
    {
        QStringList codes;
        const QAbstractItemModel *model = page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            codes.append(model->index(row, CustomerTableModel::Code).data().toString());
        return codes;
    }

    qint64 storedCount() const { return core::CustomerRepository(window.workspace()->database()).count(); }
};

QString statusText(const ui::MainWindow &window, const char *name)
{
    const auto *label = window.findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisibleTo(&window) ? label->text() : QString();
}

} // namespace

TEST_CASE("A customer added through the form appears in the table, undo removes it and redo brings it back")
{
    WindowFixture f;
    REQUIRE(f.tableCodes().size() == 2);

    ui::CustomerDialog *dialog = f.page->openNewCustomerForm();
    REQUIRE(dialog);
    const QString code = dialog->findChild<QLineEdit *>(QStringLiteral("code"))->text();
    CHECK_FALSE(code.isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("新客户有限公司"));
    dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("+86 10 6666 8888"));
    dialog->accept();
    f.settle();

    CHECK(f.tableCodes().contains(code));
    CHECK(f.storedCount() == 3);
    CHECK(f.page->view()->currentIndex().data(ui::IdRole).toString()
          == core::CustomerRepository(f.window.workspace()->database()).findByCode(code)->meta.id);
    REQUIRE(f.window.undoStack()->count() == 1);

    f.window.undoStack()->undo();
    f.settle();
    CHECK_FALSE(f.tableCodes().contains(code));
    CHECK(f.storedCount() == 2);

    f.window.undoStack()->redo();
    f.settle();
    CHECK(f.tableCodes().contains(code));
    CHECK(f.storedCount() == 3);
    const auto stored = core::CustomerRepository(f.window.workspace()->database()).findByCode(code);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("新客户有限公司"));
    CHECK(stored->phone == QStringLiteral("+86 10 6666 8888"));
}

TEST_CASE("Enter on a row opens the customer form, the edit is saved and undo restores the earlier values")
{
    WindowFixture f;
    QTableView *view = f.page->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = f.page->findChild<ui::CustomerDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("code"))->text() == QStringLiteral("C-002"));
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Harbour Foods Group"));
    dialog->accept();
    f.settle();

    const core::CustomerRepository repository(f.window.workspace()->database());
    CHECK(repository.findByCode(QStringLiteral("C-002"))->name == QStringLiteral("Harbour Foods Group"));
    CHECK(view->model()->index(1, CustomerTableModel::Name).data().toString()
          == QStringLiteral("Harbour Foods Group"));
    f.window.undoStack()->undo();
    f.settle();
    CHECK(repository.findByCode(QStringLiteral("C-002"))->name == QStringLiteral("Harbour Foods"));
    CHECK(view->model()->index(1, CustomerTableModel::Name).data().toString()
          == QStringLiteral("Harbour Foods"));
}

TEST_CASE("Deleting a customer asks first, and undo restores the deleted customer")
{
    WindowFixture f;
    QTableView *view = f.page->view();
    view->selectRow(0);

    // Cancel first: nothing happens.
    test::whenModalShown([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Cancel)->click();
    });
    f.page->deleteSelected();
    CHECK(f.storedCount() == 2);

    test::whenModalShown([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("C-001")));
        box->button(QMessageBox::Yes)->click();
    });
    f.page->deleteSelected();
    f.settle();
    CHECK(f.tableCodes() == QStringList{QStringLiteral("C-002")});
    CHECK(f.storedCount() == 1);

    f.window.undoStack()->undo();
    f.settle();
    CHECK(f.tableCodes() == (QStringList{QStringLiteral("C-001"), QStringLiteral("C-002")}));
    CHECK(f.storedCount() == 2);
    CHECK(core::CustomerRepository(f.window.workspace()->database()).findByCode(QStringLiteral("C-001"))->name
          == QStringLiteral("北京星辰科技"));
}

TEST_CASE("The status bar names the workspace and its office and counts the customers shown")
{
    WindowFixture f;
    CHECK(statusText(f.window, "workspacePath").contains(QFileInfo(f.ws.path).fileName()));
    CHECK(statusText(f.window, "officeId").contains(f.window.workspace()->database().officeId()));
    CHECK(statusText(f.window, "recordCount").contains(QLatin1String("2")));
    CHECK(statusText(f.window, "readOnly").isEmpty());

    f.page->searchField()->setText(QStringLiteral("harbour"));
    CHECK(test::waitUntil([&] { return f.page->view()->model()->rowCount() == 1; }));
    CHECK(statusText(f.window, "recordCount").contains(QLatin1String("1")));
}

TEST_CASE("A workspace held by another process opens read-only, and the customers page offers no changes")
{
    WindowFixture f(/*releaseWorkspace=*/false);
    REQUIRE(f.window.workspace()->isReadOnly());
    CHECK_FALSE(statusText(f.window, "readOnly").isEmpty());
    CHECK(f.window.windowTitle().contains(QStringLiteral("read-only")));
    CHECK(f.page->openNewCustomerForm() == nullptr);
    CHECK(f.tableCodes().size() == 2);
}

TEST_CASE("Columns the user shows with the column chooser stay shown the next time")
{
    {
        WindowFixture f;
        CHECK(f.page->view()->isColumnHidden(CustomerTableModel::Email));
        f.page->view()->horizontalHeader()->setSectionHidden(CustomerTableModel::Email, false);
        f.window.setWorkspace(nullptr); // closing the page saves its columns
    }
    test::TempWorkspace ws;
    ws.db.reset();
    ui::MainWindow window;
    window.setInteractive(false);
    REQUIRE(window.openWorkspace(ws.path));
    window.showPage(QStringLiteral("customers"));
    auto *page = qobject_cast<ui::CustomersPage *>(window.page(QStringLiteral("customers")));
    REQUIRE(page);
    REQUIRE(test::waitUntil([page] { return !page->isLoading(); }));
    CHECK_FALSE(page->view()->isColumnHidden(CustomerTableModel::Email));
    CHECK(page->view()->isColumnHidden(CustomerTableModel::Source));
}

TEST_CASE(
    "With the Chinese catalogue installed the navigation, headers and validation messages speak Chinese")
{
    test::clearSettings();
    REQUIRE(ui::Language::install(*qApp, QStringLiteral("zh_CN")));
    ui::MainWindow window;
    const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->item(0)->text() == QStringLiteral("客户"));
    CustomerTableModel model;
    CHECK(model.headerData(CustomerTableModel::Code, Qt::Horizontal).toString()
          == QStringLiteral("客户编码"));
    // Messages and names that core translates reach the form in Chinese too.
    core::Customer nameless;
    nameless.code = QStringLiteral("C-1");
    const core::FieldErrors errors = core::validate(nameless);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message == QStringLiteral("客户名称为必填项。"));
    CHECK(core::lifecycle::displayName(core::LifecycleStage::Retention) == QStringLiteral("维系"));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
    CHECK(model.headerData(CustomerTableModel::Code, Qt::Horizontal).toString() == QStringLiteral("Code"));
}

namespace {

/// Runs the built salesbench offscreen with settings and app data in `home`.
QProcess *startGui(QProcess &process, const QString &home, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and app data of the child go to the temporary folder, not the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SB_GUI_PATH), args);
    return &process;
}

} // namespace

TEST_CASE("salesbench --screenshot writes a PNG of the window and exits 0, and a bad --page is a usage error")
{
    test::TempWorkspace ws;
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"),
                      QStringLiteral("北京"));
    ws.db.reset();
    const QString png = ws.dir.filePath(QStringLiteral("shot.png"));

    QProcess process;
    startGui(process, ws.dir.path(),
             {QStringLiteral("--workspace"), ws.path, QStringLiteral("--page"), QStringLiteral("customers"),
              QStringLiteral("--screenshot"), png});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromLocal8Bit(process.readAllStandardError()));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1280, 800));
    CHECK(QFileInfo(png).size() > 1000);

    startGui(process, ws.dir.path(),
             {QStringLiteral("--workspace"), ws.path, QStringLiteral("--page"), QStringLiteral("nonsense"),
              QStringLiteral("--screenshot"), png});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromLocal8Bit(process.readAllStandardError()).contains(QStringLiteral("nonsense")));

    startGui(process, ws.dir.path(), {QStringLiteral("--workspace"), ws.path, QStringLiteral("--demo")});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
}

TEST_CASE("The first start without a workspace creates the demo workspace apart from real data and opens it")
{
    QTemporaryDir home;
    const QString png = home.filePath(QStringLiteral("first.png"));
    QProcess process;
    startGui(process, home.path(), {QStringLiteral("--screenshot"), png});
    REQUIRE(process.waitForFinished(300000));
    INFO(QString::fromLocal8Bit(process.readAllStandardError()));
    CHECK(process.exitCode() == 0);
    CHECK_FALSE(QImage(png).isNull());

    const QString demo = home.filePath(QStringLiteral("data/SalesBench/SalesBench/demo/demo.salesbench"));
    REQUIRE(QFileInfo::exists(demo));
    CHECK_FALSE(QFileInfo::exists(demo + QStringLiteral(".partial")));
    CHECK_FALSE(
        QFileInfo::exists(home.filePath(QStringLiteral("data/SalesBench/SalesBench/workspace.salesbench"))));
    const auto db = core::Database::open(demo, core::Database::Mode::ReadOnly);
    CHECK(core::CustomerRepository(*db).count() > 100);
}

TEST_CASE("The Edit menu's sales settings open the lost reasons, lead scoring and stage probability editors")
{
    test::clearSettings();
    ui::MainWindow empty;
    auto *settings = empty.findChild<QMenu *>(QStringLiteral("salesSettings"));
    REQUIRE(settings);
    CHECK_FALSE(settings->isEnabled()); // nothing to set without a workspace

    WindowFixture f;
    settings = f.window.findChild<QMenu *>(QStringLiteral("salesSettings"));
    REQUIRE(settings);
    CHECK(settings->isEnabled());
    const QList<QAction *> actions = settings->actions();
    REQUIRE(actions.size() == 3);
    actions.at(0)->trigger();
    CHECK(f.window.findChild<ui::LostReasonsEditor *>());
    actions.at(1)->trigger();
    auto *lead = f.window.findChild<ui::LeadScoringDialog *>();
    REQUIRE(lead);
    CHECK(lead->isInputValid());
    actions.at(2)->trigger();
    CHECK(f.window.findChild<ui::StageProbabilitiesDialog *>());
    for (QDialog *dialog : f.window.findChildren<QDialog *>())
        dialog->reject();
}

TEST_CASE("Restoring a backup shows its data, keeps the replaced workspace and can be undone")
{
    WindowFixture f;
    const QString backup = f.ws.dir.filePath(QStringLiteral("saved.salesbench"));
    f.window.workspace()->database().backupTo(backup);
    test::addCustomer(f.window.workspace()->database(), QStringLiteral("C-003"),
                      QStringLiteral("After Backup"), QStringLiteral("广州"));
    auto *actions = f.window.findChild<ui::WorkspaceActions *>();
    REQUIRE(actions);

    actions->restoreFrom(backup, f.ws.path, true);
    REQUIRE(f.window.workspace());
    CHECK(core::CustomerRepository(f.window.workspace()->database()).list().size() == 2);
    // Not interactive: the offer to undo is a status message naming the kept copy.
    const QString message = f.window.statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("kept in")));
    const QStringList kept
        = QDir(f.ws.dir.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files);
    REQUIRE(kept.size() == 1);

    // Undo restore = restore the kept copy: the customer added after the backup is back.
    actions->restoreFrom(f.ws.dir.filePath(kept.first()), f.ws.path, false);
    REQUIRE(f.window.workspace());
    CHECK(core::CustomerRepository(f.window.workspace()->database()).list().size() == 3);
}
