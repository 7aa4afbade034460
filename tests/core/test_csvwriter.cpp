// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter's byte path (cells from UTF-8 bytes and integers, used by exports) writes
// exactly what its text path and the money formatting functions write.
#include "support/testsupport.h"

#include "core/domain/money.h"
#include "core/exchange/csvwriter.h"

#include <QFile>
#include <QStringDecoder>

#include <limits>

using namespace sb::core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QStringList Texts = {
    QString(),
    QStringLiteral("plain"),
    QStringLiteral("say \"hi\", \"twice\""),
    QStringLiteral("\"\""),
    QStringLiteral("=1+1"),
    QStringLiteral("'=already"),
    QStringLiteral("'plain"),
    QStringLiteral("-5"),
    QStringLiteral("@cmd"),
    QStringLiteral("\tx"),
    QStringLiteral("line\r\nbreak"),
    QStringLiteral("厦门茶业 \"老\""),
    QStringLiteral("😀 emoji"),
    QStringLiteral("'"),
    QStringLiteral("+"),
};

} // namespace

TEST_CASE(
    "text cells from UTF-8 bytes equal text cells from strings, quotes doubled and formulas neutralised",
    "[csv]")
{
    QTemporaryDir dir;
    const QString fromText = dir.filePath(QStringLiteral("text.csv"));
    const QString fromBytes = dir.filePath(QStringLiteral("bytes.csv"));
    {
        CsvWriter a(fromText, CsvWriter::Encoding::Utf8);
        CsvWriter b(fromBytes, CsvWriter::Encoding::Utf8);
        for (const QString &t : Texts) {
            a.text(t);
            a.raw(t);
            a.endRow();
            b.textUtf8(t.toUtf8());
            b.rawUtf8(t.toUtf8());
            b.endRow();
        }
        a.commit();
        b.commit();
    }
    const QByteArray text = readAll(fromText);
    CHECK(text == readAll(fromBytes));
    CHECK(text.startsWith(
        "\"\",\r\n\"plain\",plain\r\n\"say \"\"hi\"\", \"\"twice\"\"\",say \"hi\", \"twice\"\r\n"));
    CHECK(text.contains("\"'=1+1\",=1+1\r\n"));
    CHECK(text.contains("\"''=already\","));
    CHECK(text.contains("\"'plain\","));
    CHECK(text.contains(QStringLiteral("\"厦门茶业 \"\"老\"\"\"").toUtf8()));
}

TEST_CASE("fixed-point cells are written as money::toDecimalString and price4ToString write them", "[csv]")
{
    QList<qint64> values = {0,
                            1,
                            -1,
                            5,
                            10,
                            99,
                            100,
                            101,
                            1234,
                            9999,
                            10000,
                            10001,
                            12300,
                            123456,
                            -50,
                            -12345,
                            1000000000,
                            std::numeric_limits<qint64>::max(),
                            std::numeric_limits<qint64>::min(),
                            std::numeric_limits<qint64>::min() + 1};
    for (qint64 v = -100003; v <= 100003; v += 997)
        values.append(v);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixed.csv"));
    QByteArray expected;
    {
        CsvWriter out(path, CsvWriter::Encoding::Utf8);
        for (const qint64 v : std::as_const(values)) {
            out.fixed(v, 2, 2);
            out.fixed(v, 4, 2);
            out.number(v);
            out.endRow();
            expected += money::toDecimalString(v).toUtf8() + ',' + money::price4ToString(v).toUtf8() + ','
                + QByteArray::number(v) + "\r\n";
        }
        out.commit();
    }
    CHECK(readAll(path) == expected);
}

TEST_CASE("a GB18030 file holds the same cells as the UTF-8 one, re-encoded", "[csv][encoding]")
{
    QTemporaryDir dir;
    const QString utf8 = dir.filePath(QStringLiteral("utf8.csv"));
    const QString gb = dir.filePath(QStringLiteral("gb.csv"));
    for (const QString &path : {utf8, gb}) {
        CsvWriter out(path, path == gb ? CsvWriter::Encoding::Gb18030 : CsvWriter::Encoding::Utf8);
        // More than one flush of the buffer, so that chunks are re-encoded on their own.
        for (int i = 0; i < 40000; ++i) {
            out.textUtf8(QStringLiteral("客户 %1 \"甲\"").arg(i).toUtf8());
            out.fixed(i * 7, 2, 2);
            out.endRow();
        }
        out.commit();
    }
    const QByteArray gbBytes = readAll(gb);
    CHECK(gbBytes != readAll(utf8));
    QStringDecoder decoder("GB18030");
    REQUIRE(decoder.isValid());
    const QString decoded = decoder.decode(gbBytes);
    CHECK(decoded == QString::fromUtf8(readAll(utf8)));
    CHECK_FALSE(decoder.hasError());
}
