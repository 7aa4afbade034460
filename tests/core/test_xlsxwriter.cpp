// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R8 for XLSX: text is stored as entered (no _xHHHH_ read as a character code) and no
// cell is silently dropped (a text longer than a cell holds refuses the export).
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/exchange/exporter.h"
#include "core/exchange/xlsxcheck.h"
#include "core/exchange/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace sb::core;

namespace {

/// One member of a zip file (an XLSX is one), through unzip or else Python's zipfile.
QByteArray zipMember(const QString &zip, const QString &member)
{
    QProcess process;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    } else {
        process.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile; "
                            "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
             zip, member});
    }
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// The text of every inline string cell of the first sheet, by cell reference.
QMap<QString, QString> sheetTexts(const QString &xlsx)
{
    QMap<QString, QString> texts;
    QXmlStreamReader xml(zipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"c")
            cell = xml.attributes().value(QStringLiteral("r")).toString();
        else if (xml.isStartElement() && xml.name() == u"t")
            texts[cell] = xml.readElementText();
    }
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

/// What a spreadsheet shows for stored cell text: it reads _xHHHH_ left to right as the
/// character U+HHHH (ECMA-376 Part 1, ST_Xstring), written here apart from the code under test.
QString asSpreadsheetShows(const QString &stored)
{
    QString shown;
    for (qsizetype i = 0; i < stored.size();) {
        bool isCode = i + 7 <= stored.size() && stored.at(i) == u'_' && stored.at(i + 1) == u'x'
            && stored.at(i + 6) == u'_';
        ushort code = 0;
        if (isCode)
            code = stored.mid(i + 2, 4).toUShort(&isCode, 16);
        if (isCode) {
            shown += QChar(code);
            i += 7;
        } else {
            shown += stored.at(i++);
        }
    }
    return shown;
}

void insertCustomer(const Database &db, const QString &id, const QString &code, const QString &notes)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO customers (id, code, name, notes, created_at, updated_at, updated_by_office) "
        "VALUES (?, ?, 'Acme', ?, 'x', 'x', 'T1')"));
    q.addBindValue(id);
    q.addBindValue(code);
    q.addBindValue(notes);
    Database::exec(q, QStringLiteral("insert customer"));
}

QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("a literal _xHHHH_ in text is escaped so that a spreadsheet shows it as entered", "[xlsx][export]")
{
    CHECK(XlsxWriter::escaped(QStringLiteral("_x0041_")) == QStringLiteral("_x005F_x0041_"));
    CHECK(XlsxWriter::escaped(QStringLiteral("plain_x_text")) == QStringLiteral("plain_x_text"));

    const QStringList values = {
        QStringLiteral("_x0041_"), // Excel would show "A"
        QStringLiteral("_x0041_x0042_"), // two sequences sharing an underscore
        QStringLiteral("a_x00e9_b _X0041_"), // lower-case hex; an upper-case X is no sequence
        QStringLiteral("_x005F_"), // the escape itself
        QStringLiteral("__x0041__ _x12_ _x"), // near misses around a real one
        QStringLiteral("\x01 control _x0001_"), // libxlsxwriter's own escape of a control character
    };
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("codes.xlsx"));
    XlsxWriter writer(path, QStringLiteral("codes"), {QStringLiteral("text")});
    for (const QString &value : values) {
        writer.text(value);
        writer.endRow();
    }
    writer.commit();
    const QMap<QString, QString> texts = sheetTexts(path);
    CHECK(texts.value(QStringLiteral("A2")) == QStringLiteral("_x005F_x0041_"));
    for (int i = 0; i < values.size(); ++i) {
        const QString cell = QStringLiteral("A%1").arg(i + 2);
        INFO(cell.toStdString() + " stored as " + texts.value(cell).toStdString());
        CHECK(asSpreadsheetShows(texts.value(cell)) == values.at(i));
    }
}

TEST_CASE("an XLSX export refuses a text longer than a cell holds, naming entity, row and column",
          "[xlsx][export]")
{
    sb::test::TempWorkspace ws;
    const QString longest(XlsxWriter::MaxCellLength, u'长');
    insertCustomer(*ws.db, QStringLiteral("id-1"), QStringLiteral("C001"), longest);
    insertCustomer(*ws.db, QStringLiteral("id-2"), QStringLiteral("C002"),
                   QString(XlsxWriter::MaxCellLength + 1, u'x'));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("customers.xlsx"));
    ExportOptions options;
    options.format = ExportOptions::Format::Xlsx;
    try {
        exportEntity(*ws.db, QStringLiteral("customers"), path, options);
        FAIL("the export went through");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        // C002 is the second record: row 3 of the sheet under the header.
        CHECK(e.message()
              == QStringLiteral("Cannot export customers as XLSX: row 3 (id-2), column notes holds 32768 "
                                "characters, more than the 32767 a spreadsheet cell holds. Nothing was "
                                "written; export as CSV to keep the whole text."));
    }
    CHECK(entriesIn(out.path()).isEmpty());

    // The longest text a cell holds goes through whole; CSV has no such limit.
    QSqlQuery shorten
        = ws.db->prepare(QStringLiteral("UPDATE customers SET notes = 'short' WHERE id = 'id-2'"));
    Database::exec(shorten, QStringLiteral("shorten"));
    CHECK(exportEntity(*ws.db, QStringLiteral("customers"), path, options) == 2);
    const int notesColumn = int(exportColumns(QStringLiteral("customers")).indexOf(QStringLiteral("notes")));
    REQUIRE((notesColumn >= 0 && notesColumn < 26));
    CHECK(sheetTexts(path).value(QChar(u'A' + notesColumn) + QStringLiteral("2")) == longest);
}

TEST_CASE("a workbook whose parts came out cut short or with a hole is found out when read back",
          "[xlsx][export]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        WARN("python3 is needed to build damaged workbooks; not checked");
        return;
    }
    QTemporaryDir out;
    const QString good = out.filePath(QStringLiteral("good.xlsx"));
    XlsxWriter writer(good, QStringLiteral("rows"), {QStringLiteral("n"), QStringLiteral("text")});
    for (int i = 0; i < 2000; ++i) {
        writer.integer(i);
        writer.text(QStringLiteral("row %1").arg(i));
        writer.endRow();
    }
    writer.commit(); // the check runs here too: a sound workbook passes it
    const xlsxcheck::SheetRows rows{2001, 2001};
    CHECK(xlsxcheck::problem(good, rows).isEmpty());
    CHECK(xlsxcheck::problem(good, {2002, 2002})
          == QStringLiteral("xl/worksheets/sheet1.xml: 2001 of 2002 rows"));

    // What libxlsxwriter makes of temporary files it could not write completely: a sound zip
    // around a part that stops early, or lacks a stretch in the middle.
    const auto damaged = [&](const QString &name, const QString &cut) {
        const QString path = out.filePath(name);
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\n"
                                     "src = zipfile.ZipFile(sys.argv[1])\n"
                                     "dst = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
                                     "for info in src.infolist():\n"
                                     "    data = src.read(info.filename)\n"
                                     "    if info.filename == sys.argv[3]:\n"
                                     "        data = eval(sys.argv[4])\n"
                                     "    dst.writestr(info.filename, data)\n"
                                     "dst.close()\n"),
                      good, path, QStringLiteral("xl/worksheets/sheet1.xml"), cut});
        REQUIRE(python.waitForFinished(60000));
        INFO(python.readAllStandardError().toStdString());
        REQUIRE(python.exitCode() == 0);
        return path;
    };
    CHECK(xlsxcheck::problem(damaged(QStringLiteral("short.xlsx"), QStringLiteral("data[:len(data) // 2]")),
                             rows)
              .startsWith(QStringLiteral("xl/worksheets/sheet1.xml: ")));
    CHECK(xlsxcheck::problem(
              damaged(QStringLiteral("hole.xlsx"), QStringLiteral("data[:20000] + data[24096:]")), rows)
              .startsWith(QStringLiteral("xl/worksheets/sheet1.xml: ")));
    CHECK(xlsxcheck::problem(damaged(QStringLiteral("tail.xlsx"), QStringLiteral("data[:-20]")), rows)
          == QStringLiteral("xl/worksheets/sheet1.xml: cut short"));
    CHECK(xlsxcheck::problem(damaged(QStringLiteral("same.xlsx"), QStringLiteral("data")), rows).isEmpty());
}
