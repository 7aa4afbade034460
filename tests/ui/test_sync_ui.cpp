// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/exchange/syncexport.h"
#include "core/exchange/syncimport.h"
#include "core/exchange/syncstate.h"
#include "core/storage/customerrepository.h"
#include "ui/common/workspace.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/exchange/syncconflictmodel.h"
#include "ui/exchange/syncconflictsdialog.h"
#include "ui/exchange/syncimportdialog.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPixmap>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace sb;

namespace {

void rename(const core::Database &db, const QString &code, const QString &name)
{
    core::CustomerRepository repo(db);
    core::Customer c = *repo.findByCode(code);
    c.name = name;
    repo.update(c);
    QThread::msleep(3); // the next change gets a later updated_at
}

// Office A with two customers, office B that imported them; then both rename C-1
// (B later, so B's name wins) and A renames C-2. Returns A's next package for B.
QString twoOffices(test::TempWorkspace &a, test::TempWorkspace &b)
{
    test::addCustomer(*a.db, QStringLiteral("C-1"), QStringLiteral("One"));
    test::addCustomer(*a.db, QStringLiteral("C-2"), QStringLiteral("Two"));
    core::importSyncPackage(
        *b.db, core::exportSyncPackage(*a.db, a.dir.filePath(QStringLiteral("p1")), b.db->officeId()).dir);
    rename(*a.db, QStringLiteral("C-1"), QStringLiteral("One (A)"));
    rename(*a.db, QStringLiteral("C-2"), QStringLiteral("Two (A)"));
    rename(*b.db, QStringLiteral("C-1"), QStringLiteral("One (B)"));
    return core::exportSyncPackage(*a.db, a.dir.filePath(QStringLiteral("p2")), b.db->officeId()).dir;
}

// Runs `action` once the import preview is the modal dialog (the progress dialogs
// of the dry run come and go before it).
void whenPreviewShown(const std::function<void(ui::SyncImportDialog *)> &action)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (auto *dialog = qobject_cast<ui::SyncImportDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

// Set SB_SCREENSHOT_DIR to keep the rendered dialogs for review.
void keepScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    REQUIRE_FALSE(pixmap.isNull());
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString cell(const QTableWidget *table, const QString &kind, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == kind)
            return table->item(row, column)->text();
    }
    return {};
}

} // namespace

TEST_CASE("Sync → Import package shows the dry run, imports, and the conflict can be reviewed and exported")
{
    test::clearSettings();
    test::TempWorkspace a;
    test::TempWorkspace b;
    const QString package = twoOffices(a, b);
    const QString pathB = b.path;
    b.db.reset();

    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(pathB));
    window.show();
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    REQUIRE(menus.contains(QStringLiteral("&Sync")));

    // The dry run's summary: one customer updated, one with a conflict; nothing written yet.
    bool shown = false;
    whenPreviewShown([&](ui::SyncImportDialog *dialog) {
        shown = true;
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("summary"))
                  ->text()
                  .contains(QStringLiteral("would bring")));
        CHECK(cell(dialog->counts(), QStringLiteral("Customers"), 1) == QStringLiteral("2"));
        CHECK(cell(dialog->counts(), QStringLiteral("Customers"), 3) == QStringLiteral("1")); // updated
        CHECK(cell(dialog->counts(), QStringLiteral("Customers"), 6) == QStringLiteral("1")); // conflict
        CHECK(core::CustomerRepository(window.workspace()->database()).findByCode(QStringLiteral("C-2"))->name
              == QStringLiteral("Two"));
        dialog->accept();
    });
    const std::optional<core::SyncImportResult> result
        = window.exchangeActions()->importSyncPackageFrom(package);
    CHECK(shown);
    REQUIRE(result.has_value());
    CHECK(result->committed);
    REQUIRE(result->conflicts.size() == 1);
    const core::Database &db = window.workspace()->database();
    CHECK(core::CustomerRepository(db).findByCode(QStringLiteral("C-1"))->name == QStringLiteral("One (B)"));
    CHECK(core::CustomerRepository(db).findByCode(QStringLiteral("C-2"))->name == QStringLiteral("Two (A)"));

    // The same package again is recognised and changes nothing: no preview to confirm.
    CHECK_FALSE(window.exchangeActions()->importSyncPackageFrom(package).has_value());

    // Conflicts…: the conflict, exported as CSV, then marked reviewed.
    window.exchangeActions()->showConflicts();
    ui::SyncConflictsDialog *conflicts = nullptr;
    REQUIRE(test::waitUntil([&] {
        conflicts = window.findChild<ui::SyncConflictsDialog *>();
        return conflicts && conflicts->isVisible();
    }));
    REQUIRE(conflicts->model().rowCount() == 1);
    CHECK(conflicts->model().index(0, ui::SyncConflictModel::Entity).data().toString()
          == QStringLiteral("Customers"));
    CHECK(conflicts->model().index(0, ui::SyncConflictModel::LocalValue).data().toString()
          == QStringLiteral("One (B)"));
    CHECK(conflicts->model().index(0, ui::SyncConflictModel::RemoteValue).data().toString()
          == QStringLiteral("One (A)"));
    const QString csv = QDir(QFileInfo(pathB).absolutePath()).filePath(QStringLiteral("conflicts.csv"));
    REQUIRE(conflicts->exportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("\xEF\xBB\xBF")); // opens in Excel as UTF-8
    CHECK(text.contains("One (A)"));
    CHECK(text.contains("C-1"));
    conflicts->markReviewed(false);
    CHECK(conflicts->model().rowCount() == 0);
    conflicts->findChild<QCheckBox *>(QStringLiteral("showReviewed"))->setChecked(true);
    CHECK(conflicts->model().rowCount() == 1);
    conflicts->reject();
}

TEST_CASE("A refused package is reported and leaves the workspace as it was")
{
    test::clearSettings();
    test::TempWorkspace a;
    test::TempWorkspace b;
    const QString package = twoOffices(a, b);
    QFile::remove(QDir(package).filePath(QStringLiteral("customers.csv")));
    const QString pathB = b.path;
    const QString before = test::dumpTables(*b.db);
    b.db.reset();

    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(pathB));
    CHECK_FALSE(window.exchangeActions()->importSyncPackageFrom(package).has_value());
    CHECK(window.findChild<ui::SyncImportDialog *>() == nullptr);
    CHECK(test::dumpTables(window.workspace()->database()) == before);
}

TEST_CASE("The sync dialogs render in English and in Chinese")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const bool chinese = language == u"zh_CN";
        test::clearSettings();
        REQUIRE(ui::Language::install(*qApp, language));
        test::TempWorkspace a;
        test::TempWorkspace b;
        const QString package = twoOffices(a, b);
        const core::SyncImportResult preview = core::importSyncPackage(*b.db, package, true);
        {
            ui::SyncImportDialog dialog(preview);
            dialog.show();
            CHECK((dialog.windowTitle() == QStringLiteral("导入同步包")) == chinese);
            CHECK(cell(dialog.counts(), chinese ? QStringLiteral("客户") : QStringLiteral("Customers"), 1)
                  == QStringLiteral("2"));
            CHECK((dialog.counts()->horizontalHeaderItem(6)->text() == QStringLiteral("冲突")) == chinese);
            keepScreenshot(&dialog, QStringLiteral("sync-import-") + language);
        }
        core::importSyncPackage(*b.db, package);
        {
            ui::SyncConflictsDialog dialog(*b.db);
            dialog.show();
            REQUIRE(dialog.model().rowCount() == 1);
            CHECK((dialog.model().headerData(ui::SyncConflictModel::LocalValue, Qt::Horizontal).toString()
                   == QStringLiteral("This office's value"))
                  != chinese);
            keepScreenshot(&dialog, QStringLiteral("sync-conflicts-") + language);
        }
        ui::MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        CHECK(menus.contains(chinese ? QStringLiteral("同步(&S)") : QStringLiteral("&Sync")));
    }
    REQUIRE(ui::Language::install(*qApp, QStringLiteral("en")));
}
