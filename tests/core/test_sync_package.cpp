// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/synctestsupport.h"
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/syncpackage.h"
#include "core/storage/customerrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

// A sync package is checked against its manifest before anything is written:
// each refusal names the file at fault and leaves the workspace as it was.

using namespace sb::core;
using sb::test::Offices;

namespace {

void addCustomers(Database &db, int count)
{
    for (int i = 1; i <= count; ++i) {
        Customer c;
        c.code = QStringLiteral("C-%1").arg(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        CustomerRepository(db).create(c);
    }
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
}

// The manifest of `dir` after `change`.
void editManifest(const QString &dir, const std::function<void(QJsonObject &)> &change)
{
    const QString path = QDir(dir).filePath(syncpackage::manifestFileName());
    QJsonObject manifest = readJson(path);
    change(manifest);
    writeJson(path, manifest);
}

// Imports `dir` into B, expecting a refusal; returns its message. B must not change.
QString refusal(Offices &o, const QString &dir, Error::Kind kind = Error::Kind::Data)
{
    const QString before = sb::test::dumpTables(o.dbB());
    QString message;
    try {
        importSyncPackage(o.dbB(), dir, false);
        FAIL("the package was imported");
    } catch (const Error &e) {
        CHECK(e.kind() == kind);
        message = e.message();
    }
    CHECK(sb::test::dumpTables(o.dbB()) == before);
    return message;
}

} // namespace

TEST_CASE("The manifest names every file with its rows and SHA-256, the offices and the sequence",
          "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 3);
    const QString dir = o.send(o.dbA(), o.dbB());
    const syncpackage::Manifest manifest = syncpackage::readManifest(dir);
    CHECK(manifest.officeId == o.dbA().officeId());
    CHECK(manifest.toOffice == o.dbB().officeId());
    CHECK(manifest.sequence == 1);
    CHECK(manifest.previousSequence == 0);
    CHECK(manifest.schemaVersion == o.dbA().schemaVersion());
    CHECK(manifest.files.value(QStringLiteral("customers.csv")).rows == 3);
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it->sha256 == syncpackage::sha256Of(QDir(dir).filePath(it.key())));
    }
    for (const syncpackage::SyncTable &table : syncpackage::tables())
        CHECK(manifest.files.contains(syncpackage::csvFileName(table.table)));
    CHECK(manifest.files.contains(QStringLiteral("bases.csv")));
    CHECK(manifest.files.contains(QStringLiteral("conflicts.csv")));

    // The next package to the same office follows this one.
    const syncpackage::Manifest next = syncpackage::readManifest(o.send(o.dbA(), o.dbB()));
    CHECK(next.sequence == 2);
    CHECK(next.previousSequence == 1);
}

TEST_CASE("A package with a missing file is refused, naming the file", "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 2);
    const QString dir = o.send(o.dbA(), o.dbB());
    const QString file = GENERATE(QStringLiteral("customers.csv"), QStringLiteral("bases.csv"),
                                  QStringLiteral("conflicts.csv"));
    REQUIRE(QFile::remove(QDir(dir).filePath(file)));
    const QString message = refusal(o, dir);
    CHECK(message.contains(file));
    CHECK(message.contains(QStringLiteral("missing")));
}

TEST_CASE("A package whose manifest leaves out a file or lists a strange one is refused", "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 2);
    const QString dir = o.send(o.dbA(), o.dbB());
    SECTION("a table's file not listed")
    {
        editManifest(dir, [](QJsonObject &m) {
            QJsonObject files = m.value(QStringLiteral("files")).toObject();
            files.remove(QStringLiteral("orders.csv"));
            m.insert(QStringLiteral("files"), files);
        });
        CHECK(refusal(o, dir).contains(QStringLiteral("orders.csv")));
    }
    SECTION("a file this version does not know")
    {
        editManifest(dir, [](QJsonObject &m) {
            QJsonObject files = m.value(QStringLiteral("files")).toObject();
            files.insert(QStringLiteral("secrets.csv"), QJsonObject{{QStringLiteral("rows"), 0}});
            m.insert(QStringLiteral("files"), files);
        });
        CHECK(refusal(o, dir).contains(QStringLiteral("secrets.csv")));
    }
}

TEST_CASE("A file whose rows do not match the manifest's count is refused, naming it", "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 2);
    const QString dir = o.send(o.dbA(), o.dbB());
    editManifest(dir, [](QJsonObject &m) {
        QJsonObject files = m.value(QStringLiteral("files")).toObject();
        QJsonObject customers = files.value(QStringLiteral("customers.csv")).toObject();
        customers.insert(QStringLiteral("rows"), 3);
        files.insert(QStringLiteral("customers.csv"), customers);
        m.insert(QStringLiteral("files"), files);
    });
    const QString message = refusal(o, dir);
    CHECK(message.contains(QStringLiteral("customers.csv")));
    CHECK(message.contains(QStringLiteral("ordinary CSV import")));
}

TEST_CASE("An edited conflict report is refused like any other edited package file", "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 1);
    const QString dir = o.send(o.dbA(), o.dbB());
    QFile file(QDir(dir).filePath(QStringLiteral("conflicts.csv")));
    REQUIRE(file.open(QIODevice::Append));
    file.write("\"2025-01-01T00:00:00.000Z\",\"customer\",\"x\",\"name\",\"a\",\"b\",\"A\",\"B#1\"\r\n");
    file.close();
    CHECK(refusal(o, dir).contains(QStringLiteral("conflicts.csv")));
}

TEST_CASE("A folder without a manifest, or with a manifest of something else, is no sync package",
          "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 1);
    const QString dir = o.send(o.dbA(), o.dbB());
    SECTION("no manifest")
    {
        REQUIRE(QFile::remove(QDir(dir).filePath(QStringLiteral("manifest.json"))));
        CHECK(refusal(o, dir).contains(QStringLiteral("manifest.json")));
    }
    SECTION("another format")
    {
        editManifest(dir,
                     [](QJsonObject &m) { m.insert(QStringLiteral("format"), QStringLiteral("other")); });
        CHECK(refusal(o, dir).contains(QStringLiteral("manifest.json")));
    }
    SECTION("a sequence that does not follow its previous one")
    {
        editManifest(dir, [](QJsonObject &m) { m.insert(QStringLiteral("previous_sequence"), 5); });
        CHECK(refusal(o, dir).contains(QStringLiteral("sequence")));
    }
    SECTION("a file, not a folder")
    {
        const QString zip = o.packages.filePath(QStringLiteral("package.zip"));
        QFile file(zip);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04");
        file.close();
        CHECK(refusal(o, zip, Error::Kind::Usage).contains(QStringLiteral("package.zip")));
    }
}

TEST_CASE("A sync import reports its progress and a cancelled one changes nothing", "[sync][package]")
{
    Offices o;
    addCustomers(o.dbA(), 1200);
    const QString dir = o.send(o.dbA(), o.dbB());
    QList<std::pair<qint64, qint64>> calls;
    const SyncImportResult preview = importSyncPackage(o.dbB(), dir, true, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(calls.size() >= 2);
    CHECK(calls.last().first == calls.last().second);
    CHECK(calls.last().second == preview.rows);
    for (qsizetype i = 1; i < calls.size(); ++i)
        CHECK(calls[i].first > calls[i - 1].first);

    const QString before = sb::test::dumpTables(o.dbB());
    QString message;
    try {
        importSyncPackage(o.dbB(), dir, false, [](qint64 done, qint64) { return done < 1000; });
        FAIL("the import was not cancelled");
    } catch (const Error &e) {
        message = e.message();
    }
    CHECK(message.contains(QStringLiteral("cancelled")));
    CHECK(sb::test::dumpTables(o.dbB()) == before);
    // Not mistaken for a repeat afterwards.
    CHECK(importSyncPackage(o.dbB(), dir).inserted == 1200);
}
