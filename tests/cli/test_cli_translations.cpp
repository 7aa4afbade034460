// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using sb::test::runCli;
using sb::test::runCliInLocale;

// The command line follows the system locale like the desktop app: LANG or
// LC_ALL zh_CN gives Chinese messages, while the JSON and CSV outputs that
// scripts read stay the same in every locale.

namespace {

const QString chinese = QStringLiteral("zh_CN.UTF-8");

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

/// Three English words in a row: a sentence left untranslated.
bool hasEnglishSentence(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]+(?: +[A-Za-z]+){2,}"));
    return words.match(text).hasMatch();
}

struct Workspace
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("workspace.salesbench"));

    Workspace() { REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0); }
    QStringList args(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), path} + rest;
    }
};

} // namespace

TEST_CASE("the command line speaks Chinese when the locale is zh_CN and English otherwise",
          "[cli][translations]")
{
    const sb::test::ProcessResult zh = runCliInLocale(chinese, {QStringLiteral("--help")});
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.out.contains(QStringLiteral("销售工作台命令行")));
    CHECK(zh.out.contains(QStringLiteral("撤销上一次导入")));
    CHECK_FALSE(zh.out.contains(QStringLiteral("Undo the last import")));

    const sb::test::ProcessResult en
        = runCliInLocale(QStringLiteral("en_US.UTF-8"), {QStringLiteral("--help")});
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("Undo the last import")));
    CHECK_FALSE(hasChinese(en.out));
    CHECK(runCli({QStringLiteral("--help")}).out == en.out);
}

TEST_CASE("core errors reach the command line in Chinese with the same exit code", "[cli][translations]")
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.salesbench")),
                           QStringLiteral("check")};
    const sb::test::ProcessResult en = runCli(args);
    const sb::test::ProcessResult zh = runCliInLocale(chinese, args);
    INFO(zh.err.toStdString());
    CHECK(zh.exitCode == en.exitCode);
    CHECK(zh.exitCode != 0);
    CHECK(hasChinese(zh.err));
    CHECK_FALSE(hasEnglishSentence(zh.err));
    CHECK(hasEnglishSentence(en.err));
}

TEST_CASE("an import dry run lists its row errors in Chinese", "[cli][translations]")
{
    Workspace ws;
    const QString file = ws.dir.filePath(QStringLiteral("customers.csv"));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("code,name\nC001,Acme\n,Nameless\n");
    csv.close();
    const sb::test::ProcessResult zh = runCliInLocale(
        chinese,
        ws.args({QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--dry-run")}));
    INFO(zh.out.toStdString() << zh.err.toStdString());
    CHECK(zh.exitCode == 2);
    CHECK(zh.out.contains(QStringLiteral("第 3 行，第 1 列")));
    CHECK(zh.out.contains(QStringLiteral("预览（试导入）")));
    CHECK(hasChinese(zh.err));
    CHECK_FALSE(hasEnglishSentence(zh.err));
}

TEST_CASE("JSON and CSV output do not change with the locale", "[cli][translations]")
{
    Workspace ws;
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2025-12-31")};
    for (const QString &command : {QStringLiteral("abc"), QStringLiteral("funnel")}) {
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
            const QStringList args
                = ws.args(QStringList{command, QStringLiteral("--format"), format} + period);
            const sb::test::ProcessResult en = runCli(args);
            const sb::test::ProcessResult zh = runCliInLocale(chinese, args);
            INFO(command.toStdString() << " " << format.toStdString() << "\n" << zh.out.toStdString());
            REQUIRE(en.exitCode == 0);
            REQUIRE_FALSE(en.out.isEmpty());
            CHECK(zh.exitCode == 0);
            CHECK(zh.out == en.out);
            CHECK_FALSE(hasChinese(zh.out));
        }
    }
}
