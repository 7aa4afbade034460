// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The malformed CSV corpus of quality.md R2: the expectations are read from
// tests/fixtures/malformed/README.md, the binary and large cases are written at
// run time. Header-only so that both the core tests (runImport) and the
// reliability tests (salesbench-cli) can use it without another library.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

namespace sb::test::corpus {

/// One malformed file and what its import must report.
struct Case
{
    QString file;
    QString entity;
    std::optional<int> row; ///< nullopt: any row ("*") or none ("—", see names)
    std::optional<int> column; ///< likewise
    bool anyLocation = false; ///< "*": some row and column must be named
    QString names; ///< file-level problems: what the message must name
    QStringList options; ///< command-line options, e.g. --encoding utf-8
    QString what;
    bool generated = false;
};

inline QString directory()
{
    return QStringLiteral(SB_SOURCE_DIR "/tests/fixtures/malformed");
}

/// The setup files in import order: entity and path.
inline QList<std::pair<QString, QString>> setupFiles()
{
    const QString dir = directory() + QStringLiteral("/setup/");
    return {{QStringLiteral("customers"), dir + QStringLiteral("customers.csv")},
            {QStringLiteral("products"), dir + QStringLiteral("products.csv")},
            {QStringLiteral("orders"), dir + QStringLiteral("orders.csv")}};
}

namespace detail {

inline const QByteArray CustomerHeader = "code,name,industry,phone,email,notes\n";
inline const QByteArray GoodCustomer = "C010,Delta Co,retail,010-88886666,sales@delta.cn,\n";
inline const QByteArray OtherCustomer = "C011,Epsilon,logistics,,,first order in March\n";

inline std::optional<int> number(const QString &cell, bool *any)
{
    const QString t = cell.trimmed();
    if (t == u"*") {
        *any = true;
        return std::nullopt;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

inline QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// Bytes from a fixed seed without the characters that end a field or a record.
inline QByteArray randomBytes(quint32 seed, qsizetype size, bool forbidSeparators)
{
    QRandomGenerator random(seed);
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        const char c = char(random.bounded(256));
        if (forbidSeparators && (c == ',' || c == '"' || c == '\r' || c == '\n'))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace detail

/// The bytes of a generated case, or nullopt when the file is kept in the corpus folder.
inline std::optional<QByteArray> generatedBytes(const QString &file)
{
    using namespace detail;
    const QByteArray head = CustomerHeader + GoodCustomer;
    if (file == u"customers-nul-in-code.csv")
        return head + QByteArray("C0").append('\0').append("12,Eta,retail,,,\n");
    if (file == u"customers-nul-in-name.csv")
        return head + QByteArray("C012,Eta").append('\0').append("\x01\x02").append(" Ltd,retail,,,\n");
    if (file == u"customers-random-bytes-in-code.csv") {
        QByteArray code = randomBytes(20250301, 32, true);
        code[7] = '\0';
        return head + code + ",Eta,retail,,,\n";
    }
    if (file == u"customers-random-bytes-after-header.csv")
        return CustomerHeader + randomBytes(20250302, 64 * 1024, false);
    if (file == u"customers-gb18030-declared-utf8.csv")
        return head + "C012," + gb18030(QStringLiteral("华北贸易有限公司")) + ",retail,,,\n";
    if (file == u"customers-gb18030-declared-utf8-deep.csv") {
        QByteArray out = CustomerHeader;
        for (int i = 2; i <= 8000; ++i)
            out += "C" + QByteArray::number(100000 + i) + ",Customer number " + QByteArray::number(i)
                + ",retail,,,\n";
        return out + "C999999," + gb18030(QStringLiteral("华北贸易")) + ",retail,,,\n";
    }
    if (file == u"customers-utf16le-odd-length.csv") {
        const QString text = QString::fromUtf8(CustomerHeader + GoodCustomer + OtherCustomer);
        QByteArray out("\xFF\xFE", 2);
        out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        return out + "A";
    }
    if (file == u"customers-10mb-unquoted-field.csv")
        return head + "C012,Eta,retail,,," + QByteArray(10 * 1024 * 1024, 'x') + "\n";
    if (file == u"customers-10mb-quoted-multiline-field.csv")
        return head + "C012,Eta,retail,,,\"" + QByteArray("line\n").repeated(2 * 1024 * 1024) + "\"\n";
    if (file == u"order-lines-nul-in-quantity.csv")
        return QByteArray("order_number,customer_code,order_date,sku,quantity,unit_price,discount_pct\n"
                          "SO-2001,C001,2025-03-01,P001,2,12.50,0\n"
                          "SO-2001,C001,2025-03-01,P002,2")
            .append('\0')
            .append(",99.90,0\n");
    return std::nullopt;
}

/// Every case of the README table, in its order. Throws nothing; an unreadable
/// README gives an empty list (which the tests reject).
inline QList<Case> cases()
{
    QFile readme(directory() + QStringLiteral("/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    QList<Case> out;
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(u'\n')) {
        if (!line.startsWith(QStringLiteral("| `")))
            continue;
        const QStringList cells = line.split(u'|');
        // "", file, entity, row, column, names, options, what, ""
        if (cells.size() < 9)
            continue;
        Case c;
        c.file = cells[1].trimmed().remove(u'`');
        c.entity = cells[2].trimmed();
        c.row = detail::number(cells[3], &c.anyLocation);
        c.column = detail::number(cells[4], &c.anyLocation);
        c.names = cells[5].trimmed();
        c.options = cells[6].split(u' ', Qt::SkipEmptyParts);
        c.what = cells[7].trimmed();
        c.generated = c.what.startsWith(QStringLiteral("*generated:*"));
        out.append(c);
    }
    return out;
}

/// The path of a case's file: the corpus file, or the generated one written into `dir`.
inline QString materialise(const Case &c, const QDir &dir)
{
    if (!c.generated)
        return directory() + u'/' + c.file;
    const QString path = dir.filePath(c.file);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(generatedBytes(c.file).value_or(QByteArray()));
    return path;
}

/// Empty when `message` says what the case requires (row and column, or the named
/// problem); otherwise why not.
inline QString locationProblem(const Case &c, const QString &message)
{
    auto mentions = [&](const QString &word, std::optional<int> n) {
        const QString pattern = n ? QStringLiteral("\\b%1 %2\\b").arg(word).arg(*n)
                                  : QStringLiteral("\\b%1 [1-9][0-9]*\\b").arg(word);
        return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
            .match(message)
            .hasMatch();
    };
    if (c.row || c.anyLocation) {
        QStringList missing;
        if (!mentions(QStringLiteral("row"), c.row))
            missing.append(c.row ? QStringLiteral("row %1").arg(*c.row) : QStringLiteral("a row"));
        if (!mentions(QStringLiteral("column"), c.column))
            missing.append(c.column ? QStringLiteral("column %1").arg(*c.column)
                                    : QStringLiteral("a column"));
        return missing.isEmpty() ? QString()
                                 : QStringLiteral("does not name ") + missing.join(QStringLiteral(" and "));
    }
    if (!message.contains(c.names, Qt::CaseInsensitive))
        return QStringLiteral("does not name \"%1\"").arg(c.names);
    return {};
}

/// Empty when two table dumps are equal; otherwise the first lines that differ.
inline QString dumpDifference(const QString &before, const QString &after)
{
    if (before == after)
        return {};
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QString table;
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QString left = a.value(i), right = b.value(i);
        if (left.startsWith(u'#') && left == right)
            table = left;
        if (left != right)
            return QStringLiteral("table %1, line %2:\n- %3\n+ %4")
                .arg(table)
                .arg(i)
                .arg(left.left(200), right.left(200));
    }
    return QStringLiteral("the dumps differ");
}

} // namespace sb::test::corpus
