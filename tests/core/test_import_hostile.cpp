// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input to the CSV import (quality.md R2 and R8) through runImport():
// the malformed corpus is refused naming row and column and writes nothing;
// hostile values are stored as entered, exported neutralised and re-imported unchanged.
#include "reliability/malformedcorpus.h"
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/csvreader.h"
#include "core/exchange/exporter.h"
#include "core/exchange/importer.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace sb::core;
namespace corpus = sb::test::corpus;

namespace {

ImportOptions importOptions(const QString &entity)
{
    ImportOptions o;
    o.entity = entity;
    o.backup = false;
    // Fixed, so that the legacy code page a failed UTF-8 check falls back to does not depend on the machine.
    o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return o;
}

void prepareWorkspace(Database &db)
{
    for (const auto &[entity, path] : corpus::setupFiles()) {
        const ImportResult r = runImport(db, path, importOptions(entity));
        INFO(r.firstErrorText());
        REQUIRE(r.committed);
        REQUIRE(r.errors == 0);
    }
}

// The outcome of one import attempt: refused or not, and the message a user would see.
struct Attempt
{
    bool refused = false;
    bool committed = false;
    QString message;
};

Attempt tryImport(Database &db, const QString &path, const corpus::Case &c)
{
    ImportOptions o = importOptions(c.entity);
    for (qsizetype i = 0; i + 1 < c.options.size(); ++i) {
        if (c.options[i] == u"--encoding")
            o.encoding = textencoding::fromName(c.options[i + 1]);
    }
    Attempt a;
    try {
        const ImportResult r = runImport(db, path, o);
        a.committed = r.committed;
        a.refused = !r.committed && r.errors > 0;
        a.message = r.firstErrorText();
    } catch (const Error &e) {
        a.refused = e.kind() == Error::Kind::Data;
        a.message = e.message();
    }
    return a;
}

QString csvCell(const QString &value)
{
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    for (const QString &c : cells)
        out.append(csvCell(c));
    return out.join(u',') + QStringLiteral("\r\n");
}

QString writeText(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

// code → the six imported text columns, as stored.
QHash<QString, QStringList> storedCustomers(const Database &db)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT code, name, industry, phone, email, notes FROM customers WHERE deleted = 0"));
    Database::exec(q, QStringLiteral("read customers"));
    QHash<QString, QStringList> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

// Every record of an exported file, header first.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CsvReader reader(f, TextEncoding::Utf8Bom, u',');
    QList<QStringList> rows;
    QStringList record;
    while (reader.next(record))
        rows.append(record);
    REQUIRE_FALSE(reader.error().has_value());
    return rows;
}

QString tenThousandCharacterNote()
{
    const QString piece = QStringLiteral("引号 \"quoted\", comma; 🚀 emoji\r\nnext line = not a formula ");
    QString notes;
    while (notes.size() + piece.size() <= 10000)
        notes += piece;
    notes += QString(10000 - notes.size(), u'x');
    return notes;
}

// code, name, industry, phone, email, notes: each cell something a careless import or export would break.
QList<QStringList> hostileCustomers()
{
    return {
        {QStringLiteral("H'1;--"), QStringLiteral("Robert'); DROP TABLE customers;--"),
         QStringLiteral("\"; DELETE FROM orders WHERE '1'='1"), QString(), QString(),
         QStringLiteral("' OR '1'='1' --")},
        {QStringLiteral("H\"2"), QStringLiteral("=HYPERLINK(\"http://example.com/x\",\"Click\")"),
         QStringLiteral("+SUM(1,2)"), QStringLiteral("+86 138 0000 0000"), QStringLiteral("a+b@example.com"),
         QStringLiteral("-2+3")},
        {QStringLiteral("H3"), QStringLiteral("@SUM(A1:A9)"), QStringLiteral("-"), QString(), QString(),
         tenThousandCharacterNote()},
        {QStringLiteral("H4"), QStringLiteral("🚀 火箭科技 👩‍👩‍👧‍👦"),
         QStringLiteral("Ωmega ß ñ é"), QString(), QString(), QStringLiteral("\tstarts with a tab")},
        {QStringLiteral("H5"), QStringLiteral("\"Quoted\" and \"\"doubled\"\""), QStringLiteral("a,b;c\td"),
         QString(), QString(), QStringLiteral("line 1\r\nline 2\nline 3")},
        {QStringLiteral("H6"), QStringLiteral("-1"), QStringLiteral("=1+1"), QString(), QString(),
         QStringLiteral("@mention at start, =formula later")},
    };
}

const QStringList CustomerHeader
    = {QStringLiteral("code"),  QStringLiteral("name"),  QStringLiteral("industry"),
       QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("notes")};

bool startsLikeFormula(const QString &value)
{
    return !value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'
            || value.front() == u'\t' || value.front() == u'\r');
}

} // namespace

TEST_CASE("the malformed corpus lists every file it holds and has at least 40 cases",
          "[import][hostile][corpus]")
{
    const QList<corpus::Case> cases = corpus::cases();
    REQUIRE(cases.size() >= 40);
    QSet<QString> listed;
    int withRowAndColumn = 0;
    for (const corpus::Case &c : cases) {
        INFO(c.file.toStdString());
        CHECK_FALSE(listed.contains(c.file));
        listed.insert(c.file);
        CHECK(QStringList({QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("orders"),
                           QStringLiteral("order-lines")})
                  .contains(c.entity));
        CHECK(c.generated == corpus::generatedBytes(c.file).has_value());
        CHECK(c.generated != QFile::exists(corpus::directory() + u'/' + c.file));
        CHECK((c.row.has_value() || c.anyLocation || !c.names.isEmpty()));
        withRowAndColumn += c.row && c.column ? 1 : 0;
    }
    CHECK(withRowAndColumn >= 40);
    QDirIterator files(corpus::directory(), {QStringLiteral("*.csv")}, QDir::Files);
    while (files.hasNext()) {
        const QString name = QFileInfo(files.next()).fileName();
        INFO(name.toStdString());
        CHECK(listed.contains(name));
    }
}

TEST_CASE(
    "every malformed file is refused by runImport, naming row and column, and the workspace is unchanged",
    "[import][hostile][corpus]")
{
    const QList<corpus::Case> cases = corpus::cases();
    REQUIRE_FALSE(cases.isEmpty());
    for (const corpus::Case &c : cases) {
        DYNAMIC_SECTION(c.file.toStdString())
        {
            sb::test::TempWorkspace ws;
            prepareWorkspace(*ws.db);
            const QString before = sb::test::dumpTables(*ws.db);
            const QString path = corpus::materialise(c, QDir(ws.dir.path()));
            REQUIRE_FALSE(path.isEmpty());

            const Attempt a = tryImport(*ws.db, path, c);
            INFO("what: " << c.what.toStdString());
            INFO("message: " << a.message.toStdString());
            CHECK(a.refused);
            CHECK_FALSE(a.committed);
            CHECK(corpus::locationProblem(c, a.message) == QString());
            CHECK(corpus::dumpDifference(before, sb::test::dumpTables(*ws.db)) == QString());
        }
    }
}

TEST_CASE("a header-only file with every required column imports zero rows", "[import][hostile]")
{
    sb::test::TempWorkspace ws;
    prepareWorkspace(*ws.db);
    const QString path
        = writeText(ws.dir, QStringLiteral("header.csv"), QStringLiteral("code,name,notes\r\n"));
    const ImportResult r = runImport(*ws.db, path, importOptions(QStringLiteral("customers")));
    CHECK(r.rows == 0);
    CHECK(r.errors == 0);
    CHECK(r.inserted == 0);
}

TEST_CASE("hostile values are stored exactly as entered", "[import][hostile][r8]")
{
    sb::test::TempWorkspace ws;
    QString text = csvLine(CustomerHeader);
    for (const QStringList &row : hostileCustomers())
        text += csvLine(row);
    const QString file = writeText(ws.dir, QStringLiteral("hostile.csv"), text);
    const ImportResult r = runImport(*ws.db, file, importOptions(QStringLiteral("customers")));
    INFO(r.firstErrorText());
    REQUIRE(r.committed);
    CHECK(r.inserted == hostileCustomers().size());

    const auto stored = storedCustomers(*ws.db);
    REQUIRE(stored.size() == hostileCustomers().size());
    for (const QStringList &row : hostileCustomers()) {
        INFO(row.first().toStdString());
        REQUIRE(stored.contains(row.first()));
        CHECK(stored.value(row.first()) == row);
    }
    CHECK(stored.value(QStringLiteral("H3")).at(5).size() == 10000);
}

TEST_CASE("one apostrophe before = + - @ is removed on import, any other apostrophe is kept",
          "[import][hostile][r8]")
{
    sb::test::TempWorkspace ws;
    const QString file
        = writeText(ws.dir, QStringLiteral("apostrophes.csv"),
                    csvLine(CustomerHeader)
                        + csvLine({QStringLiteral("A1"), QStringLiteral("'=1+1"), QStringLiteral("'+86"),
                                   QStringLiteral("'+86 138 0000 0000"), QString(), QStringLiteral("'-x")})
                        + csvLine({QStringLiteral("A2"), QStringLiteral("'@home"), QStringLiteral("'quoted'"),
                                   QString(), QString(), QStringLiteral("''=two apostrophes")}));
    const ImportResult r = runImport(*ws.db, file, importOptions(QStringLiteral("customers")));
    INFO(r.firstErrorText());
    REQUIRE(r.committed);
    const auto stored = storedCustomers(*ws.db);
    CHECK(stored.value(QStringLiteral("A1"))
          == QStringList({QStringLiteral("A1"), QStringLiteral("=1+1"), QStringLiteral("+86"),
                          QStringLiteral("+86 138 0000 0000"), QString(), QStringLiteral("-x")}));
    // An export writes a stored "'=x" as "''=x", so importing "''=x" removes one apostrophe.
    CHECK(stored.value(QStringLiteral("A2"))
          == QStringList({QStringLiteral("A2"), QStringLiteral("@home"), QStringLiteral("'quoted'"),
                          QString(), QString(), QStringLiteral("'=two apostrophes")}));
}

TEST_CASE("hostile values are exported with formulas neutralised and re-import unchanged",
          "[import][hostile][r8]")
{
    sb::test::TempWorkspace ws;
    QString text = csvLine(CustomerHeader);
    for (const QStringList &row : hostileCustomers())
        text += csvLine(row);
    REQUIRE(runImport(*ws.db, writeText(ws.dir, QStringLiteral("hostile.csv"), text),
                      importOptions(QStringLiteral("customers")))
                .committed);
    const auto original = storedCustomers(*ws.db);

    const QString exported = ws.dir.filePath(QStringLiteral("export.csv"));
    CHECK(exportEntity(*ws.db, QStringLiteral("customers"), exported) == hostileCustomers().size());
    const QList<QStringList> rows = readCsv(exported);
    REQUIRE(rows.size() == hostileCustomers().size() + 1);
    const QStringList header = rows.first();
    int neutralised = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString code = rows[i].at(header.indexOf(QStringLiteral("code")));
        REQUIRE(original.contains(code));
        for (qsizetype field = 0; field < CustomerHeader.size(); ++field) {
            const QString cell = rows[i].at(header.indexOf(CustomerHeader[field]));
            const QString value = original.value(code).at(field);
            INFO(code.toStdString() << " " << CustomerHeader[field].toStdString());
            // No exported cell starts like a formula; those that did start with an apostrophe.
            CHECK_FALSE(startsLikeFormula(cell));
            if (startsLikeFormula(value)) {
                CHECK(cell == u'\'' + value);
                ++neutralised;
            } else {
                CHECK(cell == value);
            }
        }
    }
    CHECK(neutralised >= 8);

    SECTION("into the same workspace nothing changes")
    {
        const QString before = sb::test::dumpTables(*ws.db, {QStringLiteral("import_runs")});
        const ImportResult again = runImport(*ws.db, exported, importOptions(QStringLiteral("customers")));
        CHECK(again.unchanged == hostileCustomers().size());
        CHECK(again.inserted + again.updated + again.errors == 0);
        CHECK(sb::test::dumpTables(*ws.db, {QStringLiteral("import_runs")}) == before);
    }
    SECTION("into an empty workspace every value arrives as it was entered")
    {
        sb::test::TempWorkspace other;
        const ImportResult r = runImport(*other.db, exported, importOptions(QStringLiteral("customers")));
        INFO(r.firstErrorText());
        REQUIRE(r.committed);
        CHECK(storedCustomers(*other.db) == original);
    }
}

TEST_CASE("a stored value that starts with an apostrophe and = survives export and re-import",
          "[import][hostile][r8]")
{
    sb::test::TempWorkspace ws;
    REQUIRE(
        runImport(*ws.db,
                  writeText(ws.dir, QStringLiteral("c.csv"),
                            csvLine(CustomerHeader)
                                + csvLine({QStringLiteral("Q1"), QStringLiteral("Quote"), {}, {}, {}, {}})),
                  importOptions(QStringLiteral("customers")))
            .committed);
    // Typed in the app, not imported: the user's own leading apostrophe is part of the value.
    QSqlQuery set = ws.db->prepare(QStringLiteral("UPDATE customers SET notes = ? WHERE code = ?"));
    set.addBindValue(QStringLiteral("'=not a formula"));
    set.addBindValue(QStringLiteral("Q1"));
    Database::exec(set, QStringLiteral("set notes"));

    const QString exported = ws.dir.filePath(QStringLiteral("export.csv"));
    exportEntity(*ws.db, QStringLiteral("customers"), exported);
    sb::test::TempWorkspace other;
    REQUIRE(runImport(*other.db, exported, importOptions(QStringLiteral("customers"))).committed);
    CHECK(storedCustomers(*other.db).value(QStringLiteral("Q1")).at(5) == QStringLiteral("'=not a formula"));
}

// Found by tests/fuzz/fuzz_csvreader: Excel's "sep=" line may name any character, and the
// reader took NUL, a quote or a line break as the delimiter, which then splits nothing
// or everything.
TEST_CASE("a sep= line that names NUL, a quote or a line break is not taken as the delimiter",
          "[csv][hostile][fuzz]")
{
    for (const char named : {'\0', '"', '\r', '\n'}) {
        INFO("sep= names byte " << int(named));
        QByteArray bytes = QByteArray("sep=").append(named).append("\ncode,name\nC1,Acme\n");
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, TextEncoding::Utf8);
        QStringList fields;
        const bool read = reader.next(fields);
        const QChar delimiter = reader.delimiter();
        CHECK((!delimiter.isNull() && delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n'));
        if (read) {
            CHECK(fields == QStringList({QStringLiteral("code"), QStringLiteral("name")}));
        } else {
            REQUIRE(reader.error().has_value());
            CHECK(reader.error()->row == 1);
        }
    }
}
