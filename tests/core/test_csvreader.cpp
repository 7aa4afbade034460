// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/exchange/csvreader.h"

#include <QBuffer>
#include <QLocale>
#include <QStringEncoder>

using namespace sb::core;

namespace {

struct Parsed
{
    QList<QStringList> rows;
    QList<qint64> lines;
    std::optional<CsvIssue> error;
    QChar delimiter;
};

Parsed parse(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Utf8, QChar delimiter = QChar())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding, delimiter);
    Parsed result;
    QStringList fields;
    while (reader.next(fields)) {
        result.rows.append(fields);
        result.lines.append(reader.row());
    }
    result.error = reader.error();
    result.delimiter = reader.delimiter();
    return result;
}

TextEncoding detect(const QByteArray &bytes, const QLocale &locale)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return textencoding::detect(buffer, locale);
}

} // namespace

TEST_CASE("RFC 4180 quoting: doubled quotes, delimiters and line breaks inside quotes", "[csv]")
{
    const Parsed p
        = parse("code,name,notes\r\nC1,\"Acme, Inc.\",\"said \"\"hi\"\"\r\nthen left\"\r\nC2,Beta,\r\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.rows.size() == 3);
    CHECK(p.rows[1]
          == QStringList{QStringLiteral("C1"), QStringLiteral("Acme, Inc."),
                         QStringLiteral("said \"hi\"\r\nthen left")});
    CHECK(p.rows[2] == QStringList{QStringLiteral("C2"), QStringLiteral("Beta"), QString()});
    // Row numbers are the physical line where each record starts.
    CHECK(p.lines == QList<qint64>{1, 2, 4});
}

TEST_CASE("a BOM is skipped and LF-only, CRLF and a missing final newline all work", "[csv]")
{
    const Parsed p = parse("\xEF\xBB\xBF"
                           "a,b\nc,d\r\ne,f");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.rows.size() == 3);
    CHECK(p.rows[0] == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(p.rows[2] == QStringList{QStringLiteral("e"), QStringLiteral("f")});
}

TEST_CASE("Excel's sep= line names the delimiter", "[csv]")
{
    const Parsed p = parse("sep=;\r\ncode;amount\r\nC1;1,5\r\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.delimiter == u';');
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[1] == QStringList{QStringLiteral("C1"), QStringLiteral("1,5")});
    CHECK(p.lines[0] == 2);
}

TEST_CASE("semicolon and tab delimiters are detected", "[csv]")
{
    CHECK(parse("a;b;c\n1;2,5;3\n").delimiter == u';');
    CHECK(parse("a\tb\tc\n1\t2\t3\n").delimiter == u'\t');
    CHECK(parse("a,b,c\n1,2,3\n").delimiter == u',');
    CHECK(CsvReader::detectDelimiter(u"\"x;y\",b,c\n1,2,3\n") == u',');
}

TEST_CASE("an unclosed quote is an error naming the row and column", "[csv]")
{
    const Parsed p = parse("a,b\n1,\"open\n2,3\n");
    REQUIRE(p.error);
    CHECK(p.error->row == 2);
    CHECK(p.error->column == 2);
}

TEST_CASE("a stray quote inside an unquoted field is an error naming the cell", "[csv]")
{
    const Parsed p = parse("a,b,c\n1,2,3\n4,5\"x,6\n");
    REQUIRE(p.error);
    CHECK(p.error->row == 3);
    CHECK(p.error->column == 2);
    CHECK(p.rows.size() == 2);
}

TEST_CASE("text after a closing quote is an error", "[csv]")
{
    const Parsed p = parse("a,b\n\"x\"y,2\n");
    REQUIRE(p.error);
    CHECK(p.error->row == 2);
    CHECK(p.error->column == 1);
}

TEST_CASE("a field longer than the limit is refused", "[csv]")
{
    QByteArray big = "a\n\"";
    big += QByteArray(CsvReader::MaxFieldLength + 10, 'x');
    big += "\"\n";
    const Parsed p = parse(big);
    REQUIRE(p.error);
    CHECK(p.error->row == 2);
}

TEST_CASE("blank lines are skipped", "[csv]")
{
    const Parsed p = parse("a,b\n\n1,2\n\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.rows.size() == 2);
    CHECK(p.lines[1] == 3);
}

TEST_CASE("records spanning read chunks are parsed whole", "[csv]")
{
    QByteArray data = "id,text\n";
    for (int i = 0; i < 20000; ++i)
        data += QByteArray::number(i) + ",\"line " + QByteArray::number(i) + "\nnext\"\n";
    const Parsed p = parse(data);
    REQUIRE_FALSE(p.error);
    REQUIRE(p.rows.size() == 20001);
    CHECK(p.rows[20000][1] == QStringLiteral("line 19999\nnext"));
    CHECK(p.lines[20000] == 2 + 2 * 19999); // header on line 1, two lines per record
}

TEST_CASE("encoding detection: BOMs, strict UTF-8, else the locale's legacy code page", "[csv][encoding]")
{
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(detect("\xEF\xBB\xBFx", en) == TextEncoding::Utf8Bom);
    CHECK(detect("\xFF\xFEx\0", en) == TextEncoding::Utf16Le);
    CHECK(detect("\xFE\xFF\0x", en) == TextEncoding::Utf16Be);
    CHECK(detect(QStringLiteral("客户,金额\n").toUtf8(), en) == TextEncoding::Utf8);
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb.encode(QStringLiteral("客户名称,金额\n华东机械,100\n"));
    CHECK(detect(gbBytes, zh) == TextEncoding::Gb18030);
    CHECK(detect("caf\xE9,1\n", en) == TextEncoding::Windows1252);
}

TEST_CASE("GB18030, Windows-1252 and UTF-16 files decode to the right text", "[csv][encoding]")
{
    QStringEncoder gb("GB18030");
    Parsed p = parse(gb.encode(QStringLiteral("客户名称,金额\n华东机械,100\n")), TextEncoding::Gb18030);
    REQUIRE_FALSE(p.error);
    CHECK(p.rows[1][0] == QStringLiteral("华东机械"));

    p = parse("name\ncaf\xE9 \x80\n", TextEncoding::Windows1252);
    REQUIRE_FALSE(p.error);
    CHECK(p.rows[1][0] == QStringLiteral("café €"));

    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    p = parse(utf16.encode(QStringLiteral("a,b\n客,户\n")), TextEncoding::Utf16Le);
    REQUIRE_FALSE(p.error);
    CHECK(p.rows[1] == QStringList{QStringLiteral("客"), QStringLiteral("户")});
}

TEST_CASE("bytes that are not valid in the chosen encoding are an error", "[csv][encoding]")
{
    const Parsed p = parse("a,b\n1,\xFF\xFE\xFD\n", TextEncoding::Utf8);
    REQUIRE(p.error);
    CHECK(p.error->message.contains(QStringLiteral("encoding")));
}
