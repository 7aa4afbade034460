// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R10: files holding personal data are 0600 and their folders 0700 whatever the umask,
// from the moment they exist; a failed write names the file and the system's reason and
// leaves nothing behind.
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/exporter.h"
#include "core/exchange/importer.h"
#include "core/exchange/privatefiles.h"
#include "core/exchange/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace sb::core;

namespace {

/// Sets the process umask for the scope: 022 is the usual one that makes files world-readable.
struct UmaskScope
{
    mode_t previous;
    explicit UmaskScope(mode_t mask) : previous(::umask(mask)) { }
    ~UmaskScope() { ::umask(previous); }
    UmaskScope(const UmaskScope &) = delete;
    UmaskScope &operator=(const UmaskScope &) = delete;
};

/// Limits the size of files this process writes, so that a write fails for real (EFBIG) as
/// it would on a full disk, without root, mounts or a device; SIGXFSZ is ignored so the
/// write returns the error instead of ending the process.
struct FileSizeLimit
{
    rlimit previous{};
    void (*previousHandler)(int) = nullptr;
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = previous;
        limited.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
};

int modeOf(const QString &path)
{
    struct stat info
    { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}

/// Every entry of a folder with its mode, e.g. "out.csv.AbC123 600".
QStringList modesIn(const QString &folder)
{
    QStringList entries;
    for (const QString &name : QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        entries.append(name + u' ' + QString::number(modeOf(QDir(folder).filePath(name)), 8));
    return entries;
}

QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void insertCustomer(const Database &db, const QString &code, const QString &phone, const QString &notes)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO customers (id, code, name, decision_maker, phone, email, notes, created_at, updated_at, "
        "updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'x', 'T1')"));
    for (const QString &v : {QString(QStringLiteral("id-") + code), code, QStringLiteral("Acme"),
                             QStringLiteral("张三"), phone, QStringLiteral("zhang.san@example.com"), notes})
        q.addBindValue(v);
    Database::exec(q, QStringLiteral("insert customer"));
}

ImportResult resultWithRows(int rows)
{
    ImportResult result;
    for (int i = 0; i < rows; ++i) {
        RowOutcome o;
        o.row = i + 2;
        o.action = RowAction::Update;
        o.key = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
        o.changes.append(AuditChange{QStringLiteral("phone"), QStringLiteral("13812341234"),
                                     QStringLiteral("13900001111")});
        result.details.append(o);
    }
    return result;
}

} // namespace

TEST_CASE("a CSV file is owner-only from its creation, before any data is in it", "[privacy][csv]")
{
    const UmaskScope umask(022);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("customers.csv"));
    {
        CsvWriter writer(path, CsvWriter::Encoding::Utf8Bom);
        writer.text(u"13812341234");
        writer.endRow();
        // Whatever exists while it is written (an unnamed O_TMPFILE on Linux, else a
        // named temporary file) is 0600 already, or cannot be opened by anyone else at all.
        for (const QString &pending : modesIn(out.path()))
            CHECK(pending.endsWith(QStringLiteral(" 600")));
        CHECK_FALSE(QFile::exists(path));
        writer.commit();
    }
    CHECK(modeOf(path) == 0600);

    // Writing over an older world-readable export does not keep its permissions.
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    REQUIRE(modeOf(path) == 0644);
    CsvWriter again(path, CsvWriter::Encoding::Utf8);
    again.text(u"x");
    again.endRow();
    again.commit();
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("exports (CSV, XLSX, masked) and import reports are 0600 whatever the umask", "[privacy][export]")
{
    const UmaskScope umask(022);
    sb::test::TempWorkspace ws;
    insertCustomer(*ws.db, QStringLiteral("C1"), QStringLiteral("13812341234"), QStringLiteral("notes"));
    QTemporaryDir out;
    ExportOptions masked;
    masked.maskPersonalData = true;
    ExportOptions xlsx;
    xlsx.format = ExportOptions::Format::Xlsx;
    const QString csvPath = out.filePath(QStringLiteral("customers.csv"));
    const QString maskedPath = out.filePath(QStringLiteral("masked.csv"));
    const QString xlsxPath = out.filePath(QStringLiteral("customers.xlsx"));
    const QString reportPath = out.filePath(QStringLiteral("report.csv"));
    exportEntity(*ws.db, QStringLiteral("customers"), csvPath);
    exportEntity(*ws.db, QStringLiteral("customers"), maskedPath, masked);
    exportEntity(*ws.db, QStringLiteral("customers"), xlsxPath, xlsx);
    writeImportReport(resultWithRows(3), reportPath);
    for (const QString &path : {csvPath, maskedPath, xlsxPath, reportPath}) {
        INFO(path.toStdString());
        CHECK(modeOf(path) == 0600);
    }
}

TEST_CASE("an XLSX workbook is owner-only while it is being written", "[privacy][xlsx]")
{
    const UmaskScope umask(022);
    QTemporaryDir out;
    XlsxWriter writer(out.filePath(QStringLiteral("reps.xlsx")), QStringLiteral("reps"),
                      {QStringLiteral("phone")});
    writer.text(QStringLiteral("13812341234"));
    writer.endRow();
    const QStringList pending = modesIn(out.path());
    REQUIRE(pending.size() == 1);
    CHECK(pending.first().contains(QStringLiteral(".partial-")));
    CHECK(pending.first().endsWith(QStringLiteral(" 600")));
    writer.commit();
    CHECK(modesIn(out.path()) == QStringList{QStringLiteral("reps.xlsx 600")});
}

TEST_CASE("makePrivateDir makes the missing folders 0700 and leaves existing ones as they are", "[privacy]")
{
    const UmaskScope umask(022);
    QTemporaryDir base;
    const QString existing = base.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(existing));
    REQUIRE(modeOf(existing) == 0755);
    const QString nested = existing + QStringLiteral("/exports/2025");
    QString error;
    CHECK(privatefiles::makePrivateDir(nested, &error));
    CHECK(error.isEmpty());
    CHECK(modeOf(existing) == 0755); // the user's folder, not ours to change
    CHECK(modeOf(existing + QStringLiteral("/exports")) == 0700);
    CHECK(modeOf(nested) == 0700);
    CHECK(privatefiles::makePrivateDir(nested)); // already there: fine

    // A file in the way is refused with the system's reason.
    const QString blocker = base.filePath(QStringLiteral("file"));
    REQUIRE(privatefiles::createFile(blocker));
    CHECK(modeOf(blocker) == 0600);
    CHECK_FALSE(privatefiles::makePrivateDir(blocker + QStringLiteral("/sub"), &error));
    CHECK(error == qt_error_string(ENOTDIR));
    CHECK_FALSE(privatefiles::createFile(blocker, &error)); // never opens an existing file
    CHECK(error == qt_error_string(EEXIST));
}

TEST_CASE("restrictToOwner narrows an existing file to 0600 and a folder to 0700", "[privacy]")
{
    const UmaskScope umask(022);
    QTemporaryDir base;
    const QString file = base.filePath(QStringLiteral("old.csv"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    REQUIRE(modeOf(file) == 0644);
    CHECK(privatefiles::restrictToOwner(file));
    CHECK(modeOf(file) == 0600);
    const QString folder = base.filePath(QStringLiteral("old"));
    REQUIRE(QDir().mkdir(folder));
    REQUIRE(modeOf(folder) == 0755);
    CHECK(privatefiles::restrictToOwner(folder));
    CHECK(modeOf(folder) == 0700);
    QString error;
    CHECK_FALSE(privatefiles::restrictToOwner(base.filePath(QStringLiteral("missing")), &error));
    CHECK(error == qt_error_string(ENOENT));
}

TEST_CASE("a CSV write the system refuses names the file and the reason and leaves no file", "[privacy][csv]")
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("big.csv"));
    const QString reason = qt_error_string(EFBIG); // what a size limit says; a full disk says ENOSPC
    try {
        const FileSizeLimit limit(64 * 1024);
        CsvWriter writer(path, CsvWriter::Encoding::Utf8Bom);
        for (int i = 0; i < 20000; ++i) {
            writer.text(u"a row of text long enough to pass the limit soon");
            writer.endRow();
        }
        writer.commit();
        FAIL("the write beyond the limit succeeded");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Database);
        CHECK(e.message() == QStringLiteral("Cannot write %1: %2").arg(path, reason));
    }
    CHECK(entriesIn(out.path()).isEmpty());
}

TEST_CASE("an import report the system refuses names the file and the reason and leaves no file",
          "[privacy][import]")
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.csv"));
    const ImportResult result = resultWithRows(3000);
    try {
        const FileSizeLimit limit(16 * 1024);
        writeImportReport(result, path);
        FAIL("the report beyond the limit was written");
    } catch (const Error &e) {
        CHECK(e.message() == QStringLiteral("Cannot write %1: %2").arg(path, qt_error_string(EFBIG)));
    }
    CHECK(entriesIn(out.path()).isEmpty());
}

TEST_CASE("an XLSX write the system refuses names the file and leaves no file", "[privacy][xlsx]")
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("big.xlsx"));
    try {
        const FileSizeLimit limit(16 * 1024);
        XlsxWriter writer(path, QStringLiteral("notes"), {QStringLiteral("text")});
        for (int i = 0; i < 5000; ++i) {
            writer.text(QStringLiteral("row %1 of a text that does not compress to nothing").arg(i));
            writer.endRow();
        }
        writer.commit();
        FAIL("the workbook beyond the limit was written");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Database);
        CHECK(e.message().startsWith(QStringLiteral("Cannot write %1: ").arg(path)));
    }
    CHECK(entriesIn(out.path()).isEmpty());
}
