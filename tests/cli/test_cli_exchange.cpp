// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>

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

    // `import ENTITY FILE --no-backup` plus options; the exit code is the caller's to check.
    ProcessResult import(const QString &entity, const QString &path, const QStringList &options = {}) const
    {
        return cli(QStringList{QStringLiteral("import"), entity, path, QStringLiteral("--no-backup")}
                   + options);
    }

    // The bytes `export ENTITY` writes now.
    QByteArray exported(const QString &entity, const QStringList &options = {}) const
    {
        const QString path = file(QStringLiteral("snapshot-") + entity + QStringLiteral(".csv"));
        const auto r = cli(QStringList{QStringLiteral("export"), entity, path} + options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        return in.readAll();
    }
};

QByteArray readAll(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

const QByteArray twoCustomers = "code,name,phone,decision_maker,lifecycle_stage\n"
                                "C1,Acme,13812341234,张三,acquisition\n"
                                "C2,Beta,13900001111,John Smith,retention\n";

QJsonObject jsonOf(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("a demo workspace exported, imported entity by entity into an empty one and exported again is "
          "byte-identical",
          "[cli][exchange][roundtrip]")
{
    const Folder source;
    const auto demo = source.cli({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small"),
                                  QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--today"),
                                  QStringLiteral("2025-06-30")});
    REQUIRE(demo.exitCode == 0);
    const QString first = source.file(QStringLiteral("first"));
    const auto exportFirst = source.cli({QStringLiteral("export"), QStringLiteral("all"), first});
    {
        INFO(exportFirst.err.toStdString());
        REQUIRE(exportFirst.exitCode == 0);
    }

    // Dependency order: what a record refers to is imported before it.
    const QStringList order
        = {QStringLiteral("teams"),      QStringLiteral("commission-plans"), QStringLiteral("reps"),
           QStringLiteral("channels"),   QStringLiteral("customers"),        QStringLiteral("contacts"),
           QStringLiteral("products"),   QStringLiteral("opportunities"),    QStringLiteral("stage-history"),
           QStringLiteral("activities"), QStringLiteral("orders"),           QStringLiteral("order-lines"),
           QStringLiteral("tickets"),    QStringLiteral("promotions"),       QStringLiteral("targets")};
    const Folder target;
    REQUIRE(target.cli({QStringLiteral("init")}).exitCode == 0);
    for (const QString &entity : order) {
        const auto r = target.import(entity, first + u'/' + entity + QStringLiteral(".csv"));
        INFO(entity.toStdString() + ":\n" + r.out.toStdString() + r.err.toStdString());
        CHECK(r.exitCode == 0);
    }

    const QString second = target.file(QStringLiteral("second"));
    REQUIRE(target.cli({QStringLiteral("export"), QStringLiteral("all"), second}).exitCode == 0);
    for (const QString &name : QDir(first).entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        const QByteArray before = readAll(first + u'/' + name);
        const QByteArray after = readAll(second + u'/' + name);
        const QList<QByteArray> a = before.split('\n');
        const QList<QByteArray> b = after.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < b.size() && a[line] == b[line])
            ++line;
        INFO(name.toStdString() << ": " << a.size() << " vs " << b.size()
                                << " lines; first difference at line " << line + 1 << ":\n  "
                                << a.value(line).toStdString() << "\n  " << b.value(line).toStdString());
        CHECK(a.size() > 3); // the demo has data in every entity: a header alone proves nothing
        const bool identical = before == after; // not CHECK(before == after): Catch would print megabytes
        CHECK(identical);
    }
}

TEST_CASE("an import with a bad row exits 2, names row, column and field, and changes nothing",
          "[cli][exchange][import]")
{
    const Folder f;
    REQUIRE(f.import(QStringLiteral("customers"), f.write(QStringLiteral("good.csv"), twoCustomers)).exitCode
            == 0);
    const QByteArray before = f.exported(QStringLiteral("customers"));

    const auto r = f.import(QStringLiteral("customers"),
                            f.write(QStringLiteral("bad.csv"),
                                    "code,name,lifecycle_stage\n"
                                    "C1,Acme Renamed,acquisition\n"
                                    "C3,Gamma,sometime\n"
                                    "C4,Delta,retention\n"));
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(QStringLiteral("row 3, column 3 (lifecycle_stage): ")));
    CHECK(r.err.contains(QStringLiteral("Nothing was written")));
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("customers"))) == QString::fromUtf8(before));
}

TEST_CASE("a dry run (--dry-run) shows the plan with old and new values and writes nothing",
          "[cli][exchange][import]")
{
    const Folder f;
    REQUIRE(f.import(QStringLiteral("customers"), f.write(QStringLiteral("good.csv"), twoCustomers)).exitCode
            == 0);
    const QByteArray before = f.exported(QStringLiteral("customers"));
    const QString change
        = f.write(QStringLiteral("change.csv"), "code,name\nC1,Acme Renamed\nC2,Beta\nC9,Nine\n");

    const auto r = f.import(QStringLiteral("customers"), change, {QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("name: Acme → Acme Renamed")));
    CHECK(r.out.contains(QStringLiteral("Dry run")));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Inserted: +1\n"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Updated: +1\n"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Unchanged: +1\n"))));
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("customers"))) == QString::fromUtf8(before));

    const auto json
        = f.import(QStringLiteral("customers"), change,
                   {QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject root = jsonOf(json);
    CHECK(root.value(QStringLiteral("committed")) == QJsonValue(false));
    CHECK(root.value(QStringLiteral("dry_run")) == QJsonValue(true));
    const QJsonArray plan = root.value(QStringLiteral("plan")).toArray();
    REQUIRE(plan.size() == 3);
    CHECK(plan[0][QStringLiteral("action")].toString() == QStringLiteral("update"));
    CHECK(plan[1][QStringLiteral("action")].toString() == QStringLiteral("unchanged"));
    CHECK(plan[2][QStringLiteral("action")].toString() == QStringLiteral("insert"));
    CHECK(plan[2][QStringLiteral("key")].toString() == QStringLiteral("C9"));
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("customers"))) == QString::fromUtf8(before));

    // A dry run of a file with a bad row predicts the refusal.
    const auto bad
        = f.import(QStringLiteral("customers"), f.write(QStringLiteral("bad.csv"), "code,name\nC5,\n"),
                   {QStringLiteral("--dry-run")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.contains(QStringLiteral("row 2")));
}

TEST_CASE(
    "skip mode (--on-error skip) writes the good rows, exits 0 and leaves a report beside the workspace",
    "[cli][exchange][import]")
{
    const Folder f;
    const auto r = f.import(QStringLiteral("customers"),
                            f.write(QStringLiteral("mixed.csv"),
                                    "code,name,lifecycle_stage\n"
                                    "C1,Acme,acquisition\n"
                                    "C2,,retention\n"
                                    "C3,Gamma,never\n"
                                    "C4,Delta,retention\n"),
                            {QStringLiteral("--on-error"), QStringLiteral("skip")});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Inserted: +2\n"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Errors: +2\n"))));
    CHECK(r.out.contains(QStringLiteral("row 3")));
    CHECK(r.out.contains(QStringLiteral("row 4, column 3 (lifecycle_stage)")));

    const QStringList reports = QDir(f.file(QStringLiteral("imports")))
                                    .entryList({QStringLiteral("*-customers-report.csv")}, QDir::Files);
    REQUIRE(reports.size() == 1);
    const QString report = f.file(QStringLiteral("imports/") + reports.first());
    CHECK(r.out.contains(QDir::toNativeSeparators(report)));
    const QString text = QString::fromUtf8(readAll(report));
    CHECK(text.contains(QStringLiteral("\"error\"")));
    CHECK(text.contains(QStringLiteral("lifecycle_stage")));

    const QString exported = QString::fromUtf8(f.exported(QStringLiteral("customers")));
    CHECK(exported.contains(QStringLiteral("\"C1\"")));
    CHECK(exported.contains(QStringLiteral("\"C4\"")));
    CHECK_FALSE(exported.contains(QStringLiteral("\"C3\"")));
}

TEST_CASE("error lines stop at 20 and point to the report for the rest", "[cli][exchange][import]")
{
    const Folder f;
    QByteArray csv = "code,name\n";
    for (int i = 1; i <= 25; ++i)
        csv += "X" + QByteArray::number(i) + ",\n"; // name is required
    const QString report = f.file(QStringLiteral("report.csv"));
    const auto r = f.import(QStringLiteral("customers"), f.write(QStringLiteral("bad.csv"), csv),
                            {QStringLiteral("--report"), report});
    CHECK(r.exitCode == 2);
    CHECK(r.out.count(QRegularExpression(QStringLiteral("(?m)^row \\d+"))) == 20);
    CHECK(r.out.contains(QStringLiteral("… and 5 more; see the report.")));
    // The report has the header and one line per bad row.
    CHECK(QString::fromUtf8(readAll(report)).trimmed().split(QStringLiteral("\r\n")).size() == 26);
}

TEST_CASE("undo-import takes the last import back and import-log shows it", "[cli][exchange][undo]")
{
    const Folder f;
    REQUIRE(f.import(QStringLiteral("customers"), f.write(QStringLiteral("first.csv"), twoCustomers)).exitCode
            == 0);
    const QByteArray afterFirst = f.exported(QStringLiteral("customers"));
    const auto second
        = f.import(QStringLiteral("customers"),
                   f.write(QStringLiteral("second.csv"), "code,name\nC1,Acme Renamed\nC3,Gamma\n"));
    REQUIRE(second.exitCode == 0);
    REQUIRE(QString::fromUtf8(f.exported(QStringLiteral("customers"))) != QString::fromUtf8(afterFirst));

    const QJsonObject log
        = jsonOf(f.cli({QStringLiteral("import-log"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(log.value(QStringLiteral("file")).toString() == QStringLiteral("second.csv"));
    CHECK(log.value(QStringLiteral("inserted")).toInt() == 1);
    CHECK(log.value(QStringLiteral("updated")).toInt() == 1);
    CHECK(log.value(QStringLiteral("undone")) == QJsonValue(false));

    const auto undo = f.cli({QStringLiteral("undo-import")});
    INFO(undo.out.toStdString() + undo.err.toStdString());
    CHECK(undo.exitCode == 0);
    CHECK(undo.out.contains(QStringLiteral("second.csv")));
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("customers"))) == QString::fromUtf8(afterFirst));
    CHECK(jsonOf(f.cli({QStringLiteral("import-log"), QStringLiteral("--format"), QStringLiteral("json")}))
              .value(QStringLiteral("undone"))
          == QJsonValue(true));

    // The next undo takes the import before back; then there is nothing left.
    const auto earlier = f.cli({QStringLiteral("undo-import")});
    INFO(earlier.out.toStdString() + earlier.err.toStdString());
    CHECK(earlier.exitCode == 0);
    CHECK(earlier.out.contains(QStringLiteral("first.csv")));
    const auto again = f.cli({QStringLiteral("undo-import")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("no import to undo")));
}

TEST_CASE("export --mask hides phone numbers and people's names", "[cli][exchange][export]")
{
    const Folder f;
    REQUIRE(f.import(QStringLiteral("customers"), f.write(QStringLiteral("c.csv"), twoCustomers)).exitCode
            == 0);
    const QString plain = QString::fromUtf8(f.exported(QStringLiteral("customers")));
    CHECK(plain.contains(QStringLiteral("13812341234")));
    CHECK(plain.contains(QStringLiteral("张三")));
    const QString masked
        = QString::fromUtf8(f.exported(QStringLiteral("customers"), {QStringLiteral("--mask")}));
    CHECK(masked.contains(QStringLiteral("138****1234")));
    CHECK(masked.contains(QStringLiteral("\"张*\"")));
    CHECK(masked.contains(QStringLiteral("\"J*********\"")));
    CHECK_FALSE(masked.contains(QStringLiteral("13812341234")));
    CHECK_FALSE(masked.contains(QStringLiteral("John Smith")));
    CHECK(masked.contains(QStringLiteral("\"Acme\""))); // company names are not personal data
}

TEST_CASE("export prints the rows written and honours the encoding and xlsx format",
          "[cli][exchange][export]")
{
    const Folder f;
    REQUIRE(f.import(QStringLiteral("customers"), f.write(QStringLiteral("c.csv"), twoCustomers)).exitCode
            == 0);
    const QString utf8 = f.file(QStringLiteral("plain.csv"));
    const auto r = f.cli({QStringLiteral("export"), QStringLiteral("customers"), utf8,
                          QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Exported 2 row")));
    CHECK(r.out.contains(QDir::toNativeSeparators(utf8)));
    CHECK(readAll(utf8).startsWith("id,code,name")); // no BOM
    CHECK(f.exported(QStringLiteral("customers")).startsWith("\xEF\xBB\xBFid,")); // the default has one

    const QString gb = f.file(QStringLiteral("gb.csv"));
    REQUIRE(f.cli({QStringLiteral("export"), QStringLiteral("customers"), gb, QStringLiteral("--encoding"),
                   QStringLiteral("gb18030")})
                .exitCode
            == 0);
    QStringEncoder toGb("GB18030");
    REQUIRE(toGb.isValid());
    const QByteArray name = toGb.encode(QStringLiteral("\"张三\""));
    CHECK(readAll(gb).contains(name));
    CHECK_FALSE(readAll(utf8).contains(name));

    const QString xlsx = f.file(QStringLiteral("customers.xlsx"));
    REQUIRE(f.cli({QStringLiteral("export"), QStringLiteral("customers"), xlsx}).exitCode == 0);
    CHECK(readAll(xlsx).startsWith("PK")); // a zip container: the extension chose XLSX
}

TEST_CASE("import reports the encoding and delimiter it used and reads GB18030 with semicolons",
          "[cli][exchange][import]")
{
    const Folder f;
    QStringEncoder toGb("GB18030");
    REQUIRE(toGb.isValid());
    const QByteArray bytes = toGb.encode(QStringLiteral("客户编码;客户名称;城市\nG1;华南贸易;广州\n"));
    const QString path = f.write(QStringLiteral("gb.csv"), bytes);
    const auto r = f.import(QStringLiteral("customers"), path,
                            {QStringLiteral("--encoding"), QStringLiteral("gb18030"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = jsonOf(r);
    CHECK(root.value(QStringLiteral("encoding")).toString() == QStringLiteral("gb18030"));
    CHECK(root.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    CHECK(root.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(root.value(QStringLiteral("inserted")).toInt() == 1);
    CHECK(root.value(QStringLiteral("errors")).toInt() == 0);
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("customers")))
              .contains(QStringLiteral("\"华南贸易\",\"\",\"\",\"\",\"广州\"")));
}

TEST_CASE("a flat order-lines file creates orders, and missing customers and products on request",
          "[cli][exchange][import]")
{
    const Folder f;
    const QString flat
        = f.write(QStringLiteral("lines.csv"),
                  "order_number,customer_code,customer_name,order_date,status,sku,quantity,unit_price\n"
                  "SO-1,K1,Kappa,2025-03-01,confirmed,S1,2,10.50\n"
                  "SO-1,K1,Kappa,2025-03-01,confirmed,S2,1,100.00\n");
    const auto refused = f.import(QStringLiteral("order-lines"), flat);
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.contains(QStringLiteral("(customer_code)")));

    const auto r = f.import(QStringLiteral("order-lines"), flat,
                            {QStringLiteral("--create-missing"), QStringLiteral("customers,products")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString orders = QString::fromUtf8(f.exported(QStringLiteral("orders")));
    CHECK(orders.contains(QStringLiteral("\"SO-1\",\"K1\"")));
    CHECK(orders.contains(QStringLiteral(",121.00,"))); // 2 × 10.50 + 100.00
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("products"))).contains(QStringLiteral("\"S2\"")));
}

TEST_CASE("codes with inner spaces round-trip through import, export and import into another workspace",
          "[cli][exchange][keys]")
{
    const Folder f;
    const QString lines
        = f.write(QStringLiteral("lines.csv"),
                  "order_number,customer_code,customer_name,order_date,status,sku,quantity,unit_price\n"
                  "SO 2025 1, Acme Corporation ,Acme,2025-03-01,confirmed,BANK CHARGES ,1,10.50\n"
                  "SO 2025 1,Acme Corporation,Acme,2025-03-01,confirmed, GIFT WRAP,2,1.00\n");
    const auto created = f.import(QStringLiteral("order-lines"), lines,
                                  {QStringLiteral("--create-missing"), QStringLiteral("customers,products")});
    INFO(created.out.toStdString() + created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QStringList entities = {QStringLiteral("customers"), QStringLiteral("products"),
                                  QStringLiteral("orders"), QStringLiteral("order-lines")};
    const QString customers = QString::fromUtf8(f.exported(QStringLiteral("customers")));
    CHECK(customers.contains(QStringLiteral("\"Acme Corporation\"")));
    const QString products = QString::fromUtf8(f.exported(QStringLiteral("products")));
    CHECK(products.contains(QStringLiteral("\"BANK CHARGES\"")));
    CHECK(products.contains(QStringLiteral("\"GIFT WRAP\"")));
    CHECK(QString::fromUtf8(f.exported(QStringLiteral("orders")))
              .contains(QStringLiteral("\"SO 2025 1\",\"Acme Corporation\"")));

    // The same file again changes nothing: the padded keys match the stored ones.
    const auto again = f.import(QStringLiteral("order-lines"), lines);
    INFO(again.out.toStdString() + again.err.toStdString());
    CHECK(again.exitCode == 0);

    const Folder target;
    REQUIRE(target.cli({QStringLiteral("init")}).exitCode == 0);
    for (const QString &entity : entities) {
        f.exported(entity); // writes snapshot-ENTITY.csv
        const auto r
            = target.import(entity, f.file(QStringLiteral("snapshot-") + entity + QStringLiteral(".csv")));
        INFO(entity.toStdString() + ":\n" + r.out.toStdString() + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    for (const QString &entity : entities)
        CHECK(QString::fromUtf8(target.exported(entity)) == QString::fromUtf8(f.exported(entity)));
}

TEST_CASE("import and export refuse unknown entities and options with exit 1", "[cli][exchange][usage]")
{
    const Folder f;
    const QString csv = f.write(QStringLiteral("c.csv"), twoCustomers);
    const QList<QStringList> bad = {
        {QStringLiteral("import"), QStringLiteral("planets"), csv},
        {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--on-error"),
         QStringLiteral("ignore")},
        {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--encoding"),
         QStringLiteral("ebcdic")},
        {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--date-order"),
         QStringLiteral("ymd")},
        {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--create-missing"),
         QStringLiteral("products")},
        {QStringLiteral("import"), QStringLiteral("customers"), f.file(QStringLiteral("missing.csv"))},
        {QStringLiteral("import"), QStringLiteral("customers")},
        {QStringLiteral("export"), QStringLiteral("planets"), f.file(QStringLiteral("x.csv"))},
        {QStringLiteral("export"), QStringLiteral("customers"), f.file(QStringLiteral("x.csv")),
         QStringLiteral("--format"), QStringLiteral("pdf")},
        {QStringLiteral("export"), QStringLiteral("customers"), f.file(QStringLiteral("x.csv")),
         QStringLiteral("--encoding"), QStringLiteral("latin-9")},
    };
    for (const QStringList &args : bad) {
        const auto r = f.cli(args);
        INFO(args.join(u' ').toStdString() + "\n" + r.err.toStdString());
        CHECK(r.exitCode == 1);
    }
    CHECK_FALSE(QFile::exists(f.file(QStringLiteral("x.csv"))));
    // Nothing above wrote a record.
    CHECK(f.exported(QStringLiteral("customers")).count("\r\n") == 1);
}
