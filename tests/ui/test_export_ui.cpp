// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/exchange/exporter.h"
#include "core/exchange/syncpackage.h"
#include "ui/common/workspace.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/exchange/exportdialog.h"
#include "ui/exchange/importwizard.h"
#include "ui/exchange/syncconflictmodel.h"
#include "ui/exchange/syncconflictsdialog.h"
#include "ui/exchange/syncexportdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringDecoder>

#include <memory>

using namespace sb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void runExport(ui::ExportDialog &dialog)
{
    QSignalSpy ended(&dialog, &ui::ExportDialog::exportEnded);
    dialog.startExport();
    REQUIRE(test::waitUntil([&ended] { return !ended.isEmpty(); }, 20000));
    REQUIRE(ended.first().first().toBool());
}

} // namespace

TEST_CASE("The export dialog writes the customers as CSV with a BOM, masked on request, and as XLSX")
{
    test::TempWorkspace ws;
    test::clearSettings();
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("张三商贸"), QStringLiteral("北京"),
                      QStringLiteral("13812341234"));
    test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("Harbour Trading"), {},
                      QStringLiteral("+8613900001111"));
    ui::ExportDialog dialog(*ws.db);
    dialog.show();
    dialog.setEntity(QStringLiteral("customers"));

    const QString csv = ws.dir.filePath(QStringLiteral("customers.csv"));
    dialog.setTarget(csv);
    runExport(dialog);
    CHECK(dialog.rowsWritten() == 2);
    const QByteArray bytes = readAll(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(QStringLiteral("\"C-001\"")));
    CHECK(text.contains(QStringLiteral("13812341234")));
    CHECK(text.contains(QStringLiteral("'+8613900001111")));
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))->text();
    CHECK(status.contains(QStringLiteral("2 rows written")));
    CHECK(status.contains(QDir::toNativeSeparators(csv)));

    dialog.findChild<QCheckBox *>(QStringLiteral("maskPersonalData"))->setChecked(true);
    selectData(dialog.findChild<QComboBox *>(QStringLiteral("encoding")),
               int(core::CsvWriter::Encoding::Gb18030));
    const QString masked = ws.dir.filePath(QStringLiteral("masked.csv"));
    dialog.setTarget(masked);
    runExport(dialog);
    QStringDecoder gb18030("GB18030");
    const QString maskedText = gb18030.decode(readAll(masked));
    CHECK(maskedText.contains(QStringLiteral("138****1234")));
    CHECK_FALSE(maskedText.contains(QStringLiteral("13812341234")));
    CHECK(maskedText.contains(QStringLiteral("\"C-001\"")));

    selectData(dialog.findChild<QComboBox *>(QStringLiteral("format")),
               int(core::ExportOptions::Format::Xlsx));
    CHECK_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("encoding"))->isEnabled());
    CHECK(dialog.target().endsWith(QStringLiteral("masked.xlsx")));
    runExport(dialog);
    CHECK(readAll(ws.dir.filePath(QStringLiteral("masked.xlsx"))).startsWith("PK"));
}

TEST_CASE("Exporting all entities writes one file per entity into the folder")
{
    test::TempWorkspace ws;
    test::clearSettings();
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("One"));
    ui::ExportDialog dialog(*ws.db);
    dialog.setEntity(QString());
    const QString folder = ws.dir.filePath(QStringLiteral("export-all"));
    dialog.setTarget(folder);
    runExport(dialog);
    CHECK(dialog.rowsWritten() >= 1);
    for (const QString &entity : core::exportableEntities())
        CHECK(QFile::exists(QDir(folder).filePath(entity + QStringLiteral(".csv"))));
    CHECK(readAll(QDir(folder).filePath(QStringLiteral("customers.csv"))).contains("C-001"));
}

TEST_CASE("The sync export dialog names the package folder and refuses this office as destination")
{
    test::TempWorkspace ws;
    test::clearSettings();
    ui::SyncExportDialog dialog(*ws.db);
    auto *office = dialog.findChild<QComboBox *>(QStringLiteral("toOffice"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    office->setEditText(QStringLiteral("sh"));
    CHECK(ok->isEnabled());
    CHECK(dialog.options().toOffice == QStringLiteral("SH"));
    const QString folder = dialog.packageFolder();
    CHECK(QFileInfo(folder).absolutePath() == QFileInfo(ws.path).absolutePath());
    CHECK(QFileInfo(folder).fileName().startsWith(QStringLiteral("sync-%1-to-SH-").arg(ws.db->officeId())));
    office->setEditText(ws.db->officeId().toLower());
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("The sync conflict model passes QAbstractItemModelTester")
{
    const test::ModelTestWarnings warnings;
    ui::SyncConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    core::SyncConflict conflict;
    conflict.seq = 7;
    conflict.entity = QStringLiteral("customer");
    conflict.recordId = QStringLiteral("id-1");
    conflict.recordKey = QStringLiteral("C-001");
    conflict.field = QStringLiteral("phone");
    conflict.localValue = QStringLiteral("111");
    conflict.winnerOffice = QStringLiteral("SH");
    model.setConflicts({conflict});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::SyncConflictModel::Record).data().toString() == QStringLiteral("C-001"));
    CHECK(model.index(0, ui::SyncConflictModel::RemoteValue).data().toString() == QStringLiteral("(empty)"));
    CHECK(model.index(0, ui::SyncConflictModel::Winner).data().toString() == QStringLiteral("SH"));
    model.setConflicts({});
    CHECK(model.rowCount() == 0);
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE(
    "Sync → Export package writes a package folder beside the workspace, and Conflicts opens the report")
{
    test::TempWorkspace ws;
    test::clearSettings();
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("One"));
    ws.db.reset();
    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(ws.path));
    window.show();

    test::whenModalShown([](QWidget *modal) {
        auto *dialog = qobject_cast<ui::SyncExportDialog *>(modal);
        REQUIRE(dialog);
        dialog->findChild<QComboBox *>(QStringLiteral("toOffice"))->setEditText(QStringLiteral("SH"));
        dialog->accept();
    });
    window.exchangeActions()->exportSyncPackage();
    const QStringList packages
        = QDir(QFileInfo(ws.path).absolutePath()).entryList({QStringLiteral("sync-*-to-SH-*")}, QDir::Dirs);
    REQUIRE(packages.size() == 1);
    const QString package = QDir(QFileInfo(ws.path).absolutePath()).filePath(packages.first());
    const core::syncpackage::Manifest manifest = core::syncpackage::readManifest(package);
    CHECK(manifest.toOffice == QStringLiteral("SH"));
    CHECK(manifest.files.value(QStringLiteral("customers.csv")).rows == 1);

    window.exchangeActions()->showConflicts();
    ui::SyncConflictsDialog *conflicts = nullptr;
    REQUIRE(test::waitUntil([&] {
        conflicts = window.findChild<ui::SyncConflictsDialog *>();
        return conflicts && conflicts->isVisible();
    }));
    CHECK(conflicts->model().rowCount() == 0);
    conflicts->reject();
}

TEST_CASE("Dialogs that read the workspace close with it: export, conflicts and import wizard")
{
    test::TempWorkspace ws;
    test::clearSettings();
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("One"));
    ws.db.reset();
    auto window = std::make_unique<ui::MainWindow>();
    window->setInteractive(false);
    window->setPersistState(false);
    REQUIRE(window->openWorkspace(ws.path));
    window->show();

    window->exchangeActions()->openExportDialog();
    window->exchangeActions()->showConflicts();
    const QPointer<ui::ExportDialog> exportDialog = window->findChild<ui::ExportDialog *>();
    const QPointer<ui::SyncConflictsDialog> conflicts = window->findChild<ui::SyncConflictsDialog *>();
    REQUIRE(exportDialog);
    REQUIRE(conflicts);
    // Closing the workspace takes them away rather than leaving them reading a closed database.
    window->setWorkspace(nullptr);
    CHECK(exportDialog.isNull());
    CHECK(conflicts.isNull());

    // The same when the window goes while one is open.
    REQUIRE(window->openWorkspace(ws.path));
    window->exchangeActions()->openImportWizard();
    const QPointer<QDialog> wizard = window->findChild<ui::ImportWizard *>();
    REQUIRE(wizard);
    window.reset();
    CHECK(wizard.isNull());
}
