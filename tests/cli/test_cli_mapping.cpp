// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using sb::test::ProcessResult;
using sb::test::runCli;

namespace {

struct Folder
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("workspace.salesbench"));

    ProcessResult cli(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile out(dir.filePath(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return out.fileName();
    }

    QByteArray exported() const
    {
        const QString path = dir.filePath(QStringLiteral("snapshot.csv"));
        const auto r = cli({QStringLiteral("export"), QStringLiteral("customers"), path});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        return in.readAll();
    }
};

} // namespace

TEST_CASE("import with a mapping the schema refuses exits 2, names the file and the key, and writes nothing",
          "[cli][exchange][import][mapping]")
{
    const Folder f;
    const QString csv
        = f.write(QStringLiteral("customers.csv"), "Account Code,Company,Region\nC1,Acme,North\n");
    const QStringList import{QStringLiteral("import"), QStringLiteral("customers"), csv,
                             QStringLiteral("--no-backup"), QStringLiteral("--mapping")};
    const QString good
        = f.write(QStringLiteral("good.json"),
                  R"({"entity": "customers", "columns": {"Account Code": "code", "Company": "name"}})");
    {
        const auto r = f.cli(import + QStringList{good});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QByteArray before = f.exported();

    // Each of these was accepted before the mapping files had a schema.
    const struct
    {
        const char *file;
        QByteArray json;
        const char *named;
    } cases[] = {
        {"unknown-key.json",
         R"({"entity": "customers", "delimter": ";", "columns": {"Account Code": "code", "Company": "name"}})",
         "delimter"},
        {"wrong-type.json",
         R"({"entity": "customers", "columns": {"Account Code": "code", "Company": "name", "Region": 4}})",
         "columns.Region"},
        {"encoding.json",
         R"({"entity": "customers", "encoding": "big5", "columns": {"Account Code": "code", "Company": "name"}})",
         "encoding"},
        {"duplicate.json",
         R"({"entity": "customers", "columns": {"Account Code": "code", "Company": "name", "Region": "name"}})",
         "columns.Region"},
        {"delimiter.json",
         R"({"entity": "customers", "delimiter": "ab", "columns": {"Account Code": "code", "Company": "name"}})",
         "delimiter"},
        {"values.json",
         R"({"entity": "customers", "columns": {"Account Code": "code", "Company": "name"}, "values": {"name": {"Acme": 1, "Beta": [1]}}})",
         "values.name.Beta"},
        {"no-entity-typo.json", R"({"columns": {"Account Code": "code", "Company": "nmae"}})", "nmae"},
    };
    for (const auto &c : cases) {
        const QString mapping = f.write(QString::fromLatin1(c.file), c.json);
        const auto r = f.cli(import + QStringList{mapping});
        INFO(c.file << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(mapping));
        CHECK(r.err.contains(QString::fromLatin1(c.named)));
    }
#ifdef Q_OS_UNIX
    {
        // Used to be read until memory ran out.
        const auto r = f.cli(import + QStringList{QStringLiteral("/dev/zero")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("/dev/zero")));
    }
#endif
    CHECK(f.exported() == before);
}
