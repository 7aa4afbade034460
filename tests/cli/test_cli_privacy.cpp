// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R10 at the command line: exports, reports and their folders are owner-only whatever
// the umask; --mask covers every column holding a person's name, phone or e-mail; a
// write the system refuses names the file and the reason and leaves nothing behind.
#include "support/clirunner.h"
#include "support/testsupport.h"

#include "core/exchange/csvreader.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <csignal>

using sb::test::ProcessResult;
using sb::test::runCli;

namespace {

// A folder with a workspace path in it (created by the first command that opens it).
struct Folder
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("workspace.salesbench"));

    QString file(const QString &name) const { return dir.filePath(name); }

    ProcessResult cli(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile out(file(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return out.fileName();
    }

    void demo() const
    {
        const auto r = cli({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small"),
                            QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--today"),
                            QStringLiteral("2025-06-30")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // Runs a command that must succeed.
    void run(const QStringList &args) const
    {
        const auto r = cli(args);
        INFO(args.join(u' ').toStdString() + ":\n" + r.out.toStdString() + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

/// The umask of the test process for the scope; the CLI started meanwhile inherits it.
struct UmaskScope
{
    mode_t previous;
    explicit UmaskScope(mode_t mask) : previous(::umask(mask)) { }
    ~UmaskScope() { ::umask(previous); }
    UmaskScope(const UmaskScope &) = delete;
    UmaskScope &operator=(const UmaskScope &) = delete;
};

/// A limit on the size of files written by this process and the CLI it starts meanwhile:
/// a write past it fails for real (EFBIG), as on a full disk, without root or mounts.
/// SIGXFSZ is ignored (inherited as ignored) so the write returns the error.
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

QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

/// Every file in `folder` must be 0600; returns how many there are.
qsizetype checkFilesPrivate(const QString &folder)
{
    const QStringList names = entriesIn(folder);
    for (const QString &name : names) {
        INFO(QDir(folder).filePath(name).toStdString());
        CHECK(modeOf(QDir(folder).filePath(name)) == 0600);
    }
    return names.size();
}

/// The rows of a CSV file the export wrote, the header first.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    sb::core::CsvReader reader(file, sb::core::TextEncoding::Utf8Bom, u',');
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields))
        rows.append(fields);
    REQUIRE_FALSE(reader.error().has_value());
    return rows;
}

QByteArray customersCsv(int count, const QString &notes = {})
{
    QByteArray csv = "code,name,phone,decision_maker,notes\n";
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("C%1,Company %1,138%2,张三,\"%3\"\n")
                   .arg(i)
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(notes)
                   .toUtf8();
    return csv;
}

} // namespace

TEST_CASE("exports, masked exports, XLSX and import reports are 0600 and their new folders 0700 under "
          "umask 022",
          "[cli][privacy]")
{
    const UmaskScope umask(022);
    const Folder f;
    f.run({QStringLiteral("import"), QStringLiteral("customers"),
           f.write(QStringLiteral("in.csv"), customersCsv(3)), QStringLiteral("--no-backup"),
           QStringLiteral("--report"), f.file(QStringLiteral("report.csv"))});
    CHECK(modeOf(f.file(QStringLiteral("report.csv"))) == 0600);

    const QString out = f.file(QStringLiteral("out"));
    REQUIRE(QDir().mkdir(out));
    REQUIRE(modeOf(out) == 0755); // a folder the user made: left as it is
    for (const QString &name : {QStringLiteral("customers.csv"), QStringLiteral("customers.xlsx")})
        f.run({QStringLiteral("export"), QStringLiteral("customers"), out + u'/' + name});
    f.run({QStringLiteral("export"), QStringLiteral("customers"), out + QStringLiteral("/masked.csv"),
           QStringLiteral("--mask")});
    CHECK(checkFilesPrivate(out) == 3);

    // export all: the folders it makes are 0700, every file in them 0600; CSV and XLSX, masked or not.
    const QStringList variants
        = {QStringLiteral("all/csv"), QStringLiteral("all/xlsx"), QStringLiteral("all/masked")};
    f.run({QStringLiteral("export"), QStringLiteral("all"), out + u'/' + variants[0]});
    f.run({QStringLiteral("export"), QStringLiteral("all"), out + u'/' + variants[1],
           QStringLiteral("--format"), QStringLiteral("xlsx")});
    f.run({QStringLiteral("export"), QStringLiteral("all"), out + u'/' + variants[2],
           QStringLiteral("--mask")});
    CHECK(modeOf(out) == 0755);
    CHECK(modeOf(out + QStringLiteral("/all")) == 0700);
    for (const QString &variant : variants) {
        CHECK(modeOf(out + u'/' + variant) == 0700);
        CHECK(checkFilesPrivate(out + u'/' + variant) == 15);
    }

    // The report written on its own when rows were refused, in a folder beside the workspace.
    const QByteArray bad = "code,name,lifecycle_stage\nC9,Bad,no-such-stage\n";
    const auto refused = f.cli({QStringLiteral("import"), QStringLiteral("customers"),
                                f.write(QStringLiteral("bad.csv"), bad), QStringLiteral("--no-backup"),
                                QStringLiteral("--on-error"), QStringLiteral("skip")});
    INFO(refused.out.toStdString() + refused.err.toStdString());
    const QString imports = f.file(QStringLiteral("imports"));
    REQUIRE(QFileInfo(imports).isDir());
    CHECK(modeOf(imports) == 0700);
    CHECK(checkFilesPrivate(imports) == 1);
}

TEST_CASE("export --mask masks every column of every entity that holds a person's name, phone or e-mail",
          "[cli][privacy][mask]")
{
    const Folder f;
    f.demo();
    const QString plainDir = f.file(QStringLiteral("plain"));
    const QString maskedDir = f.file(QStringLiteral("masked"));
    f.run({QStringLiteral("export"), QStringLiteral("all"), plainDir});
    f.run({QStringLiteral("export"), QStringLiteral("all"), maskedDir, QStringLiteral("--mask")});

    // Columns whose header suggests a person. Every one must be masked, unless it is listed
    // here with why it holds no one's name, phone or e-mail: a new column that matches fails
    // until someone decides which it is.
    const QRegularExpression suggestsPerson(
        QStringLiteral("name|phone|mobile|tel|fax|mail|wechat|contact|person|owner|maker|manager|rep|_by$"));
    const QMap<QString, QString> notPersonal = {
        {QStringLiteral("customers.name"), QStringLiteral("a company")},
        {QStringLiteral("customers.decision_maker_title"), QStringLiteral("a job title")},
        {QStringLiteral("customers.owner_code"), QStringLiteral("a rep's code")},
        {QStringLiteral("contacts.is_decision_maker"), QStringLiteral("a yes/no flag")},
        {QStringLiteral("activities.rep_code"), QStringLiteral("a rep's code")},
        {QStringLiteral("products.name"), QStringLiteral("a product")},
        {QStringLiteral("opportunities.owner_code"), QStringLiteral("a rep's code")},
        {QStringLiteral("orders.owner_code"), QStringLiteral("a rep's code")},
        {QStringLiteral("tickets.first_contact_resolution"), QStringLiteral("a yes/no flag")},
        {QStringLiteral("commission-plans.name"), QStringLiteral("a plan")},
        {QStringLiteral("teams.name"), QStringLiteral("a team")},
        {QStringLiteral("channels.name"), QStringLiteral("a sales channel")},
        {QStringLiteral("channels.partner_name"), QStringLiteral("the partner company")},
        {QStringLiteral("promotions.name"), QStringLiteral("a campaign")},
    };

    QStringList seen;
    QStringList personal;
    const QStringList files = QDir(plainDir).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 15);
    for (const QString &file : files) {
        const QString entity = file.chopped(4);
        const QList<QStringList> plain = readCsv(plainDir + u'/' + file);
        const QList<QStringList> masked = readCsv(maskedDir + u'/' + file);
        REQUIRE(plain.size() > 1);
        REQUIRE(masked.size() == plain.size());
        REQUIRE(masked.first() == plain.first());
        const QStringList headers = plain.first();
        for (int c = 0; c < headers.size(); ++c) {
            const QString column = entity + u'.' + headers[c];
            seen.append(column);
            const bool isPersonal = headers[c].contains(suggestsPerson) && !notPersonal.contains(column);
            if (isPersonal)
                personal.append(column);
            qsizetype values = 0;
            for (qsizetype r = 1; r < plain.size(); ++r) {
                const QString before = plain[r].value(c);
                const QString after = masked[r].value(c);
                if (before.isEmpty())
                    continue;
                ++values;
                INFO(column.toStdString() + ", row " + std::to_string(r + 1) + ": " + before.toStdString()
                     + " -> " + after.toStdString());
                if (isPersonal) {
                    // Masked: changed, with the hidden part starred.
                    REQUIRE(after != before);
                    REQUIRE(after.contains(u'*'));
                } else {
                    REQUIRE(after == before); // masking leaves everything else alone
                }
            }
            if (isPersonal) {
                INFO(column.toStdString() + ": the demo has no value to check the mask on");
                CHECK(values > 0);
            }
        }
    }
    for (auto it = notPersonal.cbegin(); it != notPersonal.cend(); ++it) {
        INFO(it.key().toStdString() + " is listed as not personal but no export has it");
        CHECK(seen.contains(it.key()));
    }
    // The columns this found are the ones the product names; stage-history's changed_by among them.
    CHECK(personal.contains(QStringLiteral("stage-history.changed_by")));
    CHECK(personal.contains(QStringLiteral("reps.name")));
    CHECK(personal.size() >= 9);
}

TEST_CASE("an XLSX export with a text longer than a cell holds exits 2 naming entity, row and column",
          "[cli][privacy][xlsx]")
{
    const Folder f;
    const QString longNotes(40000, u'n');
    f.run({QStringLiteral("import"), QStringLiteral("customers"),
           f.write(QStringLiteral("in.csv"), customersCsv(2, longNotes)), QStringLiteral("--no-backup")});
    const QString out = f.file(QStringLiteral("out"));
    REQUIRE(QDir().mkdir(out));
    const auto r
        = f.cli({QStringLiteral("export"), QStringLiteral("customers"), out + QStringLiteral("/c.xlsx")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Cannot export customers as XLSX: row 2 (")));
    CHECK(r.err.contains(QStringLiteral("column notes holds 40000 characters")));
    CHECK(entriesIn(out).isEmpty()); // neither the workbook nor a partial one

    // CSV keeps the whole text.
    f.run({QStringLiteral("export"), QStringLiteral("customers"), out + QStringLiteral("/c.csv")});
    const QList<QStringList> rows = readCsv(out + QStringLiteral("/c.csv"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].value(int(rows[0].indexOf(QStringLiteral("notes")))) == longNotes);
}

TEST_CASE("an export or report the system cannot write exits 3 naming the file and the reason and leaves "
          "nothing",
          "[cli][privacy]")
{
    const Folder f;
    f.run({QStringLiteral("import"), QStringLiteral("customers"),
           f.write(QStringLiteral("in.csv"), customersCsv(2000)), QStringLiteral("--no-backup")});
    // Every refused row is in the report: 4000 of them make it larger than the limit below.
    QByteArray bad = "code,name,lifecycle_stage\n";
    for (int i = 0; i < 4000; ++i)
        bad += "B" + QByteArray::number(i) + ",Bad,no-such-stage\n";
    const QString input = f.write(QStringLiteral("bad.csv"), bad);
    const QString out = f.file(QStringLiteral("out"));
    REQUIRE(QDir().mkdir(out));
    const QString csv = out + QStringLiteral("/customers.csv");
    const QString xlsx = out + QStringLiteral("/customers.xlsx");
    const QString report = out + QStringLiteral("/report.csv");
    ProcessResult csvRun;
    ProcessResult xlsxRun;
    ProcessResult reportRun;
    {
        // The workspace is only read (its 32 KiB shared-memory file fits); every output is larger.
        const FileSizeLimit limit(64 * 1024);
        csvRun = f.cli({QStringLiteral("export"), QStringLiteral("customers"), csv});
        xlsxRun = f.cli({QStringLiteral("export"), QStringLiteral("customers"), xlsx});
        reportRun = f.cli({QStringLiteral("import"), QStringLiteral("customers"), input,
                           QStringLiteral("--dry-run"), QStringLiteral("--report"), report});
    }
    const QString reason = qt_error_string(EFBIG); // a full disk would say ENOSPC's text
    INFO(csvRun.err.toStdString() + xlsxRun.err.toStdString() + reportRun.out.toStdString()
         + reportRun.err.toStdString());
    CHECK(csvRun.exitCode == 3);
    CHECK(csvRun.err.contains(QStringLiteral("Cannot write %1: %2").arg(csv, reason)));
    CHECK(xlsxRun.exitCode == 3);
    CHECK(xlsxRun.err.contains(QStringLiteral("Cannot write %1: ").arg(xlsx)));
    CHECK(reportRun.exitCode == 3);
    CHECK(reportRun.err.contains(QStringLiteral("Cannot write %1: %2").arg(report, reason)));
    CHECK(entriesIn(out).isEmpty());
}
