// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/exporter.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

using namespace sb::core;

namespace {

void insertCustomer(const Database &db, const QString &id, const QString &code, const QString &name,
                    const QString &phone, const QString &notes)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO customers (id, code, name, phone, notes, created_at, updated_at, updated_by_office) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &v : {id, code, name, phone, notes, QStringLiteral("2025-01-01T00:00:00.000Z"),
                             QStringLiteral("2025-01-01T00:00:00.000Z"), QStringLiteral("T1")})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v); // a null QString would bind NULL
    Database::exec(q, QStringLiteral("insert customer"));
}

void insertOrder(const Database &db, const QString &id, const QString &number, const QString &customerId,
                 qint64 amount)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO orders (id, number, customer_id, order_date, amount, status, created_at, updated_at, "
        "updated_by_office) VALUES (?, ?, ?, '2025-03-01', ?, 'confirmed', 'x', 'x', 'T1')"));
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(customerId);
    q.addBindValue(amount);
    Database::exec(q, QStringLiteral("insert order"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("text cells that a spreadsheet would run as a formula get an apostrophe", "[csv]")
{
    CHECK(CsvWriter::neutralised(u"=SUM(A1:A9)") == QStringLiteral("'=SUM(A1:A9)"));
    CHECK(CsvWriter::neutralised(u"+86 138 0000 0000") == QStringLiteral("'+86 138 0000 0000"));
    CHECK(CsvWriter::neutralised(u"-x") == QStringLiteral("'-x"));
    CHECK(CsvWriter::neutralised(u"@cmd") == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::neutralised(u"\tx") == QStringLiteral("'\tx"));
    CHECK(CsvWriter::neutralised(u"plain") == QStringLiteral("plain"));
    CHECK(CsvWriter::neutralised(u"'=already") == QStringLiteral("''=already"));
    CHECK(CsvWriter::neutralised(u"'quoted'") == QStringLiteral("'quoted'"));
    CHECK(CsvWriter::neutralised(u"") == QString());
}

TEST_CASE("customers export as UTF-8 with BOM, CRLF, quoted text and neutralised formulas", "[export]")
{
    sb::test::TempWorkspace ws;
    insertCustomer(*ws.db, QStringLiteral("id-2"), QStringLiteral("C002"), QStringLiteral("华东\"精密\"机械"),
                   QStringLiteral("+86 13812341234"), QStringLiteral("line one\nline two"));
    insertCustomer(*ws.db, QStringLiteral("id-1"), QStringLiteral("C001"),
                   QStringLiteral("=HYPERLINK(\"x\")"), QString(), QString());
    const QString path = ws.dir.filePath(QStringLiteral("customers.csv"));
    CHECK(exportEntity(*ws.db, QStringLiteral("customers"), path) == 2);

    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.first().startsWith(QStringLiteral("id,code,name,industry")));
    // Ordered by code; the formula is neutralised, quotes doubled, the line break kept inside quotes.
    CHECK(lines.at(1).startsWith(QStringLiteral("\"id-1\",\"C001\",\"'=HYPERLINK(\"\"x\"\")\"")));
    CHECK(lines.at(2).startsWith(QStringLiteral("\"id-2\",\"C002\",\"华东\"\"精密\"\"机械\"")));
    CHECK(lines.at(2).contains(QStringLiteral("\"'+86 13812341234\"")));
    CHECK(text.contains(QStringLiteral("\"line one\nline two\"")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
}

TEST_CASE("masking hides personal data as the product describes", "[export][mask]")
{
    CHECK(masking::phone(QStringLiteral("13812341234")) == QStringLiteral("138****1234"));
    CHECK(masking::phone(QStringLiteral("+86 138-1234-1234")) == QStringLiteral("861****1234"));
    CHECK(masking::personName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(masking::personName(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧***"));
    CHECK(masking::email(QStringLiteral("alice@example.com")) == QStringLiteral("a***@example.com"));

    sb::test::TempWorkspace ws;
    insertCustomer(*ws.db, QStringLiteral("id-1"), QStringLiteral("C001"), QStringLiteral("Acme"),
                   QStringLiteral("13812341234"), QString());
    const QString path = ws.dir.filePath(QStringLiteral("masked.csv"));
    ExportOptions options;
    options.maskPersonalData = true;
    exportEntity(*ws.db, QStringLiteral("customers"), path, options);
    const QString text = QString::fromUtf8(readAll(path));
    CHECK(text.contains(QStringLiteral("\"138****1234\"")));
    CHECK_FALSE(text.contains(QStringLiteral("13812341234")));
}

TEST_CASE("orders export references customers by code and amounts with two decimals", "[export]")
{
    sb::test::TempWorkspace ws;
    insertCustomer(*ws.db, QStringLiteral("c1"), QStringLiteral("C001"), QStringLiteral("A"), {}, {});
    insertOrder(*ws.db, QStringLiteral("o1"), QStringLiteral("SO-1"), QStringLiteral("c1"), 123450);
    insertOrder(*ws.db, QStringLiteral("o2"), QStringLiteral("SO-2"), QStringLiteral("c1"), -5);
    const QString path = ws.dir.filePath(QStringLiteral("orders.csv"));
    ExportOptions options;
    options.encoding = CsvWriter::Encoding::Utf8;
    CHECK(exportEntity(*ws.db, QStringLiteral("orders"), path, options) == 2);
    const QString text = QString::fromUtf8(readAll(path));
    CHECK_FALSE(text.startsWith(QChar(0xFEFF)));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == exportColumns(QStringLiteral("orders")).join(u','));
    CHECK(lines.at(1)
          == QStringLiteral("\"o1\",\"SO-1\",\"C001\",\"\",\"\",\"\",2025-03-01,,,1234.50,\"\",\"confirmed\","
                            "\"pending\",\"\""));
    CHECK(lines.at(2).contains(QStringLiteral(",-0.05,")));
}

TEST_CASE("GB18030 export encodes Chinese text in the legacy code page", "[export]")
{
    sb::test::TempWorkspace ws;
    insertCustomer(*ws.db, QStringLiteral("c1"), QStringLiteral("C001"), QStringLiteral("客户"), {}, {});
    const QString path = ws.dir.filePath(QStringLiteral("gb.csv"));
    ExportOptions options;
    options.encoding = CsvWriter::Encoding::Gb18030;
    exportEntity(*ws.db, QStringLiteral("customers"), path, options);
    const QByteArray bytes = readAll(path);
    CHECK(bytes.contains("\xBF\xCD\xBB\xA7")); // 客户 in GB18030
    CHECK_FALSE(bytes.contains("\xE5\xAE\xA2")); // not UTF-8
}

TEST_CASE("an unknown entity is a usage error and writes no file", "[export]")
{
    sb::test::TempWorkspace ws;
    const QString path = ws.dir.filePath(QStringLiteral("x.csv"));
    try {
        exportEntity(*ws.db, QStringLiteral("spaceships"), path);
        FAIL("unknown entity accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Usage);
        CHECK(e.message().contains(QStringLiteral("spaceships")));
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("every exportable entity exports from an empty workspace with its header", "[export]")
{
    sb::test::TempWorkspace ws;
    for (const QString &entity : exportableEntities()) {
        const QString path = ws.dir.filePath(entity + QStringLiteral(".csv"));
        CHECK(exportEntity(*ws.db, entity, path) == 0);
        const QByteArray bytes = readAll(path);
        CHECK(QString::fromUtf8(bytes.mid(3)) == exportColumns(entity).join(u',') + QStringLiteral("\r\n"));
    }
}

TEST_CASE("XLSX export writes a workbook with the rows and appears only when complete", "[export][xlsx]")
{
    sb::test::TempWorkspace ws;
    insertCustomer(*ws.db, QStringLiteral("c1"), QStringLiteral("C001"), QStringLiteral("华东机械"), {}, {});
    insertOrder(*ws.db, QStringLiteral("o1"), QStringLiteral("SO-1"), QStringLiteral("c1"), 123450);
    const QString path = ws.dir.filePath(QStringLiteral("orders.xlsx"));
    ExportOptions options;
    options.format = ExportOptions::Format::Xlsx;
    CHECK(exportEntity(*ws.db, QStringLiteral("orders"), path, options) == 1);
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("PK\x03\x04")); // a zip container, as XLSX is
    CHECK(bytes.size() > 3000);
    // No temporary file is left beside it.
    CHECK(QDir(ws.dir.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files).isEmpty());
}
