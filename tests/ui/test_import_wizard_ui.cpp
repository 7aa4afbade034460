// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/exchange/importer.h"
#include "core/storage/customerrepository.h"
#include "ui/common/roles.h"
#include "ui/common/workspace.h"
#include "ui/exchange/columnmappingmodel.h"
#include "ui/exchange/csvpreviewmodel.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/exchange/exportdialog.h"
#include "ui/exchange/importdryrunpage.h"
#include "ui/exchange/importformatpage.h"
#include "ui/exchange/importmappingpage.h"
#include "ui/exchange/importresultpage.h"
#include "ui/exchange/importrunpage.h"
#include "ui/exchange/importsourcepage.h"
#include "ui/exchange/importwizard.h"
#include "ui/exchange/rowoutcomefiltermodel.h"
#include "ui/exchange/rowoutcomemodel.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace sb;
using ui::ImportWizard;

namespace {

const QStringList logTables
    = {QStringLiteral("audit_log"), QStringLiteral("import_runs"), QStringLiteral("import_changes")};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray utf8(const char16_t *text)
{
    return QString::fromUtf16(text).toUtf8();
}

qint64 customerCount(const core::Database &db)
{
    return qint64(core::CustomerRepository(db).list().size());
}

void selectData(QComboBox *combo, const QVariant &data)
{
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

/// A wizard on a workspace of its own; the workspace owns the test's database.
struct WizardFixture
{
    test::TempWorkspace ws;
    ui::Workspace workspace;
    ImportWizard wizard;

    WizardFixture() : workspace(std::move(ws.db)), wizard(workspace)
    {
        test::clearSettings();
        wizard.show();
    }
    core::Database &db() { return workspace.database(); }
    QString file(const QString &name) const { return ws.dir.filePath(name); }

    void toFormatPage(const QString &path)
    {
        wizard.setFile(path);
        REQUIRE(wizard.currentId() == ImportWizard::SourcePageId);
        REQUIRE(wizard.currentPage()->isComplete());
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::FormatPageId);
        REQUIRE(test::waitUntil([this] { return !wizard.formatPage()->isLoading(); }));
    }
    void toDryRun()
    {
        REQUIRE(wizard.currentPage()->isComplete());
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::DryRunPageId);
        waitForDryRun();
    }
    void waitForDryRun()
    {
        REQUIRE(test::waitUntil([this] { return !wizard.dryRunPage()->isRunning(); }, 60000));
    }
};

// Row 3 has no customer code: an error. The others are new customers.
const char16_t *customersCsv = u"客户编码,客户名称,区域,联系电话\r\n"
                               u"C-100,北京星辰科技,北京,13800000001\r\n"
                               u",无编码的公司,上海,13800000002\r\n"
                               u"C-101,广州海港贸易,广东,13800000003\r\n";

} // namespace

TEST_CASE("The import wizard maps Chinese headers, lists a bad row in the dry run without writing, imports "
          "with skip and undoes it")
{
    WizardFixture f;
    test::addCustomer(f.db(), QStringLiteral("C-001"), QStringLiteral("已有客户"));
    const QString before = test::dumpTables(f.db(), logTables);
    const QString liveBefore = test::dumpLiveTables(f.db(), logTables);
    const QString path = f.file(QStringLiteral("客户导入.csv"));
    writeFile(path, utf8(customersCsv));
    QSignalSpy changed(&f.workspace, &ui::Workspace::changed);

    // Step 1 guessed the entity from the file name; step 2 shows the decoded records.
    f.toFormatPage(path);
    CHECK(f.wizard.session().entity == QStringLiteral("customers"));
    const ui::CsvPreviewModel &preview = f.wizard.formatPage()->previewModel();
    REQUIRE(preview.rowCount() == 3);
    CHECK(preview.headerData(0, Qt::Horizontal).toString() == QStringLiteral("客户编码"));
    CHECK(preview.headerData(1, Qt::Vertical).toLongLong() == 3);
    CHECK(preview.index(2, 1).data().toString() == QStringLiteral("广州海港贸易"));
    CHECK(preview.preview().delimiter == QChar(u','));

    // Step 3: the suggested mapping.
    f.wizard.next();
    REQUIRE(f.wizard.currentId() == ImportWizard::MappingPageId);
    const ui::ColumnMappingModel &mapping = f.wizard.mappingPage()->mappingModel();
    REQUIRE(mapping.rowCount() == 4);
    CHECK(mapping.index(0, ui::ColumnMappingModel::Field).data(Qt::EditRole).toString()
          == QStringLiteral("code"));
    CHECK(mapping.index(1, ui::ColumnMappingModel::Field).data(Qt::EditRole).toString()
          == QStringLiteral("name"));
    CHECK(mapping.index(3, ui::ColumnMappingModel::Field).data(Qt::EditRole).toString()
          == QStringLiteral("phone"));
    CHECK(mapping.index(0, ui::ColumnMappingModel::Field).data().toString() == QStringLiteral("code *"));

    // Step 4: the dry run finds the bad row and, with abort, keeps the wizard there.
    f.toDryRun();
    const ui::RowOutcomeModel &outcomes = f.wizard.dryRunPage()->outcomeModel();
    REQUIRE(f.wizard.session().dryRun);
    CHECK(f.wizard.session().dryRun->inserted == 2);
    CHECK(f.wizard.session().dryRun->errors == 1);
    int errorRow = -1;
    for (int row = 0; row < outcomes.rowCount(); ++row) {
        if (outcomes.index(row, 0).data(ui::EnumKeyRole).toString() == u"error")
            errorRow = row;
    }
    REQUIRE(errorRow >= 0);
    CHECK(outcomes.index(errorRow, ui::RowOutcomeModel::Row).data().toLongLong() == 3);
    CHECK_FALSE(outcomes.index(errorRow, ui::RowOutcomeModel::Details).data().toString().isEmpty());
    CHECK_FALSE(f.wizard.currentPage()->isComplete());
    CHECK(test::dumpTables(f.db(), logTables) == before);

    ui::RowOutcomeFilterModel &filter = f.wizard.dryRunPage()->filterModel();
    selectData(f.wizard.findChild<QComboBox *>(QStringLiteral("actionFilter")),
               int(ui::RowOutcomeFilterModel::Filter::Problems));
    CHECK(filter.rowCount() == 1);
    selectData(f.wizard.findChild<QComboBox *>(QStringLiteral("actionFilter")),
               int(ui::RowOutcomeFilterModel::Filter::Inserts));
    CHECK(filter.rowCount() == 2);

    const QString errors = f.file(QStringLiteral("errors.csv"));
    REQUIRE(f.wizard.dryRunPage()->saveErrorsTo(errors));
    QFile errorFile(errors);
    REQUIRE(errorFile.open(QIODevice::ReadOnly));
    const QStringList errorLines
        = QString::fromUtf8(errorFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(errorLines.size() == 2); // header and the bad row
    CHECK(errorLines.at(1).startsWith(QStringLiteral("3,\"error\"")));

    // Skipping bad rows runs the check again and lets the import go ahead.
    selectData(f.wizard.findChild<QComboBox *>(QStringLiteral("onError")), int(core::OnError::Skip));
    f.waitForDryRun();
    REQUIRE(f.wizard.currentPage()->isComplete());
    CHECK(test::dumpTables(f.db(), logTables) == before);
    CHECK(changed.isEmpty());

    // Steps 5 and 6: the import runs, the pages hear of it, the result shows the counts.
    f.wizard.next();
    REQUIRE(test::waitUntil([&f] { return f.wizard.currentId() == ImportWizard::ResultPageId; }, 20000));
    CHECK(customerCount(f.db()) == 3);
    CHECK(core::CustomerRepository(f.db()).findByCode(QStringLiteral("C-101"))->name
          == QStringLiteral("广州海港贸易"));
    REQUIRE_FALSE(changed.isEmpty());
    CHECK(changed.first().first().toString() == QStringLiteral("customers"));
    const QString summary = f.wizard.findChild<QLabel *>(QStringLiteral("summary"))->text();
    CHECK(summary.contains(QStringLiteral("3 rows read — 2 added, 0 updated, 0 unchanged, 1 not imported")));
    REQUIRE(f.wizard.session().result);
    CHECK(QFile::exists(f.wizard.session().result->backupPath));
    CHECK(QFile::exists(f.wizard.session().reportPath));
    CHECK(f.wizard.findChild<QLabel *>(QStringLiteral("files"))->text().contains(QStringLiteral("report")));

    // Undo import brings the workspace back.
    changed.clear();
    QSignalSpy undone(f.wizard.resultPage(), &ui::ImportResultPage::undoEnded);
    auto *undo = f.wizard.findChild<QPushButton *>(QStringLiteral("undoImport"));
    REQUIRE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(test::waitUntil([&undone] { return !undone.isEmpty(); }, 20000));
    CHECK(undone.first().first().toBool());
    CHECK(customerCount(f.db()) == 1);
    // The added records are tombstones now (office sync carries the deletion).
    CHECK(test::dumpLiveTables(f.db(), logTables) == liveBefore);
    CHECK_FALSE(undo->isEnabled());
    REQUIRE_FALSE(changed.isEmpty());
    CHECK(changed.first().first().toString() == QStringLiteral("customers"));
}

TEST_CASE("The preview decodes a GB18030 file again when the encoding is overridden")
{
    WizardFixture f;
    const QString path = f.file(QStringLiteral("gbk.csv"));
    QStringEncoder gb18030("GB18030");
    writeFile(path, gb18030.encode(QString::fromUtf16(u"客户编码;客户名称\r\nC-200;杭州西湖茶业\r\n")));
    f.toFormatPage(path);
    const ui::CsvPreviewModel &preview = f.wizard.formatPage()->previewModel();
    auto *encoding = f.wizard.findChild<QComboBox *>(QStringLiteral("encoding"));

    selectData(encoding, QStringLiteral("windows-1252"));
    REQUIRE(test::waitUntil([&f] { return !f.wizard.formatPage()->isLoading(); }));
    CHECK(preview.preview().encoding == core::TextEncoding::Windows1252);
    CHECK_FALSE(preview.preview().encodingDetected);
    CHECK(preview.headerData(0, Qt::Horizontal).toString() != QStringLiteral("客户编码"));

    selectData(encoding, QStringLiteral("gb18030"));
    REQUIRE(test::waitUntil([&f] { return !f.wizard.formatPage()->isLoading(); }));
    CHECK(preview.preview().encoding == core::TextEncoding::Gb18030);
    CHECK(preview.preview().delimiter == QChar(u';'));
    CHECK(preview.headerData(0, Qt::Horizontal).toString() == QStringLiteral("客户编码"));
    CHECK(preview.index(0, 1).data().toString() == QStringLiteral("杭州西湖茶业"));
    CHECK(f.wizard.session().encoding == core::TextEncoding::Gb18030);

    // The override reaches the import: the dry run reads the names correctly.
    f.wizard.next();
    f.toDryRun();
    REQUIRE(f.wizard.session().dryRun);
    CHECK(f.wizard.session().dryRun->inserted == 1);
    CHECK(f.wizard.session().dryRun->errors == 0);
}

TEST_CASE("A missing required field keeps the wizard on the mapping page, and a saved mapping loads back")
{
    WizardFixture f;
    const QString path = f.file(QStringLiteral("customers.csv"));
    writeFile(path, QByteArrayLiteral("Account Code,Company,Mobile\nC-1,Acme,138\n"));
    f.toFormatPage(path);
    f.wizard.next();
    ui::ImportMappingPage *page = f.wizard.mappingPage();
    ui::ColumnMappingModel &mapping = page->mappingModel();
    REQUIRE(page->isComplete());

    REQUIRE(mapping.setData(mapping.index(0, ui::ColumnMappingModel::Field), QString()));
    CHECK_FALSE(page->isComplete());
    CHECK(mapping.missingRequired() == QStringList{QStringLiteral("code")});
    const auto *problem = f.wizard.findChild<QLabel *>(QStringLiteral("mappingProblem"));
    CHECK(problem->text().contains(QStringLiteral("code")));
    CHECK_FALSE(
        mapping.setData(mapping.index(0, ui::ColumnMappingModel::Field), QStringLiteral("no_such_field")));

    REQUIRE(mapping.setData(mapping.index(0, ui::ColumnMappingModel::Field), QStringLiteral("code")));
    REQUIRE(mapping.setData(mapping.index(2, ui::ColumnMappingModel::Field), QStringLiteral("notes")));
    REQUIRE(page->isComplete());
    const QString saved = f.file(QStringLiteral("mapping.json"));
    REQUIRE(page->saveMappingTo(saved));
    const core::ImportMapping reread = core::ImportMapping::load(saved);
    CHECK(reread.entity == QStringLiteral("customers"));
    CHECK(reread.fieldsFor(QStringLiteral("Mobile")) == QStringList{QStringLiteral("notes")});

    REQUIRE(mapping.setData(mapping.index(2, ui::ColumnMappingModel::Field), QStringLiteral("phone")));
    REQUIRE(page->loadMappingFrom(saved));
    CHECK(mapping.index(2, ui::ColumnMappingModel::Field).data(Qt::EditRole).toString()
          == QStringLiteral("notes"));
    CHECK(f.wizard.session().mapping.fieldsFor(QStringLiteral("Mobile"))
          == QStringList{QStringLiteral("notes")});
}

TEST_CASE("Cancelling a running import writes nothing and says so")
{
    WizardFixture f;
    const QString before = test::dumpTables(f.db(), logTables);
    QByteArray csv = "code,name\n";
    for (int i = 0; i < 4500; ++i)
        csv += "K-" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) + '\n';
    const QString path = f.file(QStringLiteral("many-customers.csv"));
    writeFile(path, csv);
    f.toFormatPage(path);
    f.wizard.next();
    f.toDryRun();
    REQUIRE(f.wizard.session().dryRun->inserted == 4500);

    QSignalSpy ended(f.wizard.runPage(), &ui::ImportRunPage::importEnded);
    f.wizard.next();
    REQUIRE(f.wizard.currentId() == ImportWizard::RunPageId);
    QCoreApplication::sendPostedEvents(f.wizard.runPage(), QEvent::MetaCall);
    CHECK_FALSE(f.wizard.button(QWizard::BackButton)->isEnabled());
    // The wizard's Cancel stops the import instead of closing the wizard.
    f.wizard.reject();
    CHECK(f.wizard.isVisible());
    REQUIRE(test::waitUntil([&ended] { return !ended.isEmpty(); }, 30000));
    CHECK_FALSE(ended.first().first().toBool());
    CHECK(f.wizard.findChild<QLabel *>(QStringLiteral("runStatus"))
              ->text()
              .contains(QStringLiteral("Nothing was written")));
    CHECK(f.wizard.currentId() == ImportWizard::RunPageId);
    CHECK(test::dumpTables(f.db(), logTables) == before);
}

TEST_CASE("A CSV file dropped on the main window opens the import wizard with that file")
{
    test::TempWorkspace ws;
    test::clearSettings();
    const QString path = ws.dir.filePath(QStringLiteral("orders-2025.csv"));
    writeFile(path, QByteArrayLiteral("order_number,customer_code,order_date\n"));
    ws.db.reset();
    ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    REQUIRE(window.openWorkspace(ws.path));
    window.show();

    // The menus offer import, export, undo and sync.
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    CHECK(menus.contains(QStringLiteral("&Sync")));
    ui::ExchangeActions *actions = window.exchangeActions();
    CHECK(actions->importAction()->isEnabled());
    CHECK(actions->importAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(actions->exportAction()->isEnabled());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(ws.path)});
    QDragEnterEvent refused(QPoint(300, 300), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());

    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    ImportWizard *wizard = nullptr;
    REQUIRE(test::waitUntil([&] {
        wizard = window.findChild<ImportWizard *>();
        return wizard && wizard->isVisible();
    }));
    CHECK(wizard->findChild<QLineEdit *>(QStringLiteral("file"))->text() == QDir::toNativeSeparators(path));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("entity"))->currentData().toString()
          == QStringLiteral("orders"));
    wizard->reject();
    REQUIRE(test::waitUntil([&window] { return window.findChild<ImportWizard *>() == nullptr; }));
}

TEST_CASE("The wizard's models pass QAbstractItemModelTester")
{
    const test::ModelTestWarnings warnings;
    ui::CsvPreviewModel preview;
    ui::RowOutcomeModel outcomes;
    ui::RowOutcomeFilterModel filter;
    filter.setSourceModel(&outcomes);
    ui::ColumnMappingModel mapping;
    QAbstractItemModelTester previewTester(&preview, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester outcomesTester(&outcomes,
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester mappingTester(&mapping, QAbstractItemModelTester::FailureReportingMode::Warning);

    ui::CsvPreview data;
    data.headers = {QStringLiteral("a"), QStringLiteral("b")};
    data.rows = {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("extra")},
                 {QStringLiteral("line\nbreak")}};
    data.lineNumbers = {2, 3};
    preview.setPreview(data);
    CHECK(preview.columnCount() == 3);
    CHECK(preview.index(1, 0).data().toString() == QStringLiteral("line ⏎ break"));
    CHECK_FALSE(preview.index(1, 1).data().isValid());
    preview.clear();
    CHECK(preview.rowCount() == 0);

    core::RowOutcome insert;
    insert.row = 2;
    insert.key = QStringLiteral("C-1");
    core::RowOutcome update;
    update.row = 3;
    update.action = core::RowAction::Update;
    update.changes = {{QStringLiteral("name"), QStringLiteral("Old"), QStringLiteral("New")}};
    core::RowOutcome error;
    error.row = 4;
    error.action = core::RowAction::Error;
    error.column = 2;
    error.field = QStringLiteral("name");
    error.message = QStringLiteral("missing");
    outcomes.setOutcomes({insert, update, error});
    CHECK(outcomes.index(1, ui::RowOutcomeModel::Details).data().toString()
          == QStringLiteral("name: Old → New"));
    CHECK(outcomes.index(2, ui::RowOutcomeModel::Field).data().toString()
          == QStringLiteral("name (column 2)"));
    filter.setFilter(ui::RowOutcomeFilterModel::Filter::Updates);
    CHECK(filter.rowCount() == 1);
    filter.setFilter(ui::RowOutcomeFilterModel::Filter::Problems);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, ui::RowOutcomeModel::Row).data().toLongLong() == 4);
    filter.setFilter(ui::RowOutcomeFilterModel::Filter::All);
    CHECK(filter.rowCount() == 3);

    const QStringList headers = {QStringLiteral("客户编码"), QStringLiteral("Whatever")};
    mapping.setMapping(QStringLiteral("customers"), headers, {QStringLiteral("C-1")},
                       core::ImportMapping::suggest(QStringLiteral("customers"), headers));
    CHECK(mapping.index(1, ui::ColumnMappingModel::Sample).data().toString().isEmpty());
    CHECK(mapping.missingRequired() == QStringList{QStringLiteral("name")});
    REQUIRE(mapping.setData(mapping.index(1, ui::ColumnMappingModel::Field), QStringLiteral("code")));
    CHECK(mapping.duplicateFields() == QStringList{QStringLiteral("code")});
    CHECK_FALSE(mapping.setData(mapping.index(1, ui::ColumnMappingModel::Sample), QStringLiteral("x")));
    CHECK(warnings.messages().isEmpty());
}

namespace {

/// Saves a grab of `widget` as docs-ready PNG when SB_SCREENSHOT_DIR is set.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QPixmap pixmap = widget->grab();
    REQUIRE_FALSE(pixmap.isNull());
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void uninstallTranslations()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
}

} // namespace

TEST_CASE("Every step of the import wizard and the export dialog renders, in English and in Chinese")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const bool chinese = language == u"zh_CN";
        if (chinese)
            REQUIRE(ui::Language::install(*qApp, language));
        WizardFixture f;
        f.wizard.resize(960, 660);
        test::addCustomer(f.db(), QStringLiteral("C-001"), QStringLiteral("北京星辰科技"),
                          QStringLiteral("北京"), QStringLiteral("13812341234"));
        test::addCustomer(f.db(), QStringLiteral("C-002"), QStringLiteral("上海浦江物流"),
                          QStringLiteral("上海"), QStringLiteral("13900001111"));
        // The Chinese file comes from older office software: GB18030, found by the Chinese locale.
        const QString csv = chinese ? QString::fromUtf16(u"客户编码,客户名称,区域,联系电话,行业\r\n")
                                    : QStringLiteral("Code,Customer Name,Region,Phone,Industry\r\n");
        const QString rows = QString::fromUtf16(u"C-001,北京星辰科技,天津,13812341234,制造业\r\n"
                                                u"C-002,上海浦江物流,上海,13900001111,\r\n"
                                                u"C-100,广州海港贸易,广东,020-88886666,贸易\r\n"
                                                u",杭州西湖茶业,浙江,0571-87654321,食品\r\n"
                                                u"C-101,深圳前海电子,广东,13711112222,电子\r\n"
                                                u"C-102,成都天府软件,四川,13622223333,软件\r\n");
        const QString path
            = f.file(chinese ? QStringLiteral("客户资料.csv") : QStringLiteral("customers.csv"));
        writeFile(path, chinese ? QStringEncoder("GB18030").encode(csv + rows) : (csv + rows).toUtf8());
        const QString suffix = u'-' + language;

        f.wizard.setFile(path);
        keepScreenshot(&f.wizard, QStringLiteral("import-file") + suffix);
        f.toFormatPage(path);
        REQUIRE(f.wizard.formatPage()->isComplete());
        CHECK(f.wizard.formatPage()->previewModel().preview().encoding
              == (chinese ? core::TextEncoding::Gb18030 : core::TextEncoding::Utf8));
        CHECK(f.wizard.formatPage()
                  ->previewModel()
                  .headerData(0, Qt::Horizontal)
                  .toString()
                  .startsWith(chinese ? QStringLiteral("客户") : QStringLiteral("Code")));
        CHECK((f.wizard.currentPage()->title() == QStringLiteral("Encoding and delimiter")) != chinese);
        keepScreenshot(&f.wizard, QStringLiteral("import-encoding") + suffix);

        f.wizard.next();
        REQUIRE(f.wizard.currentPage()->isComplete());
        CHECK((f.wizard.currentPage()->title() == QStringLiteral("Column mapping")) != chinese);
        keepScreenshot(&f.wizard, QStringLiteral("import-mapping") + suffix);

        f.toDryRun();
        REQUIRE(f.wizard.session().dryRun);
        CHECK(f.wizard.session().dryRun->errors == 1);
        CHECK(f.wizard.session().dryRun->updated == 1);
        CHECK((f.wizard.currentPage()->title() == QStringLiteral("Preview (dry run)")) != chinese);
        selectData(f.wizard.findChild<QComboBox *>(QStringLiteral("onError")), int(core::OnError::Skip));
        f.waitForDryRun();
        keepScreenshot(&f.wizard, QStringLiteral("import-dryrun") + suffix);

        f.wizard.next();
        // Only the page's own queued set-up (the Back button), not the import's progress.
        QCoreApplication::sendPostedEvents(f.wizard.runPage(), QEvent::MetaCall);
        keepScreenshot(&f.wizard, QStringLiteral("import-running") + suffix);
        REQUIRE(test::waitUntil([&f] { return f.wizard.currentId() == ImportWizard::ResultPageId; }, 20000));
        CHECK((f.wizard.currentPage()->title() == QStringLiteral("Import complete")) != chinese);
        keepScreenshot(&f.wizard, QStringLiteral("import-result") + suffix);

        ui::ExportDialog exportDialog(f.db());
        exportDialog.setTarget(f.file(QStringLiteral("customers-export.csv")));
        exportDialog.show();
        QSignalSpy exported(&exportDialog, &ui::ExportDialog::exportEnded);
        exportDialog.startExport();
        REQUIRE(test::waitUntil([&exported] { return !exported.isEmpty(); }, 20000));
        CHECK(exportDialog.rowsWritten() == 5);
        keepScreenshot(&exportDialog, QStringLiteral("export") + suffix);
        if (chinese)
            uninstallTranslations();
    }
}
