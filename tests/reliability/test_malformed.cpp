// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md R2 through the command line: every file of the malformed corpus is
// refused with exit code 2, the output names the row and the column, and the
// workspace is unchanged (every table compared row by row).
#include "reliability/malformedcorpus.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>

using sb::core::Database;
using sb::test::runCli;
namespace corpus = sb::test::corpus;

namespace {

QStringList withDb(const QString &path, const QStringList &args)
{
    return QStringList{QStringLiteral("--db"), path} + args;
}

// Every table of the workspace as text, read without taking the workspace lock.
QString snapshot(const QString &path)
{
    const auto db = Database::open(path, Database::Mode::ReadOnly);
    return sb::test::dumpTables(*db);
}

// A workspace holding the corpus's setup rows, created through the command line.
void prepare(const QString &path)
{
    QFile::remove(path);
    const auto init = runCli(withDb(path, {QStringLiteral("init")}));
    INFO(init.err);
    REQUIRE(init.exitCode == 0);
    for (const auto &[entity, file] : corpus::setupFiles()) {
        const auto r = runCli(withDb(path, {QStringLiteral("import"), entity, file}));
        INFO(r.out << r.err);
        REQUIRE(r.exitCode == 0);
    }
}

} // namespace

TEST_CASE("every malformed file is refused by salesbench-cli import with exit code 2, naming row and column, "
          "and leaves the workspace unchanged",
          "[reliability][corpus]")
{
    const QList<corpus::Case> cases = corpus::cases();
    REQUIRE(cases.size() >= 40);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("workspace.salesbench"));
    prepare(workspace);
    QString before = snapshot(workspace);

    int refused = 0;
    for (const corpus::Case &c : cases) {
        const QString path = corpus::materialise(c, QDir(dir.path()));
        REQUIRE_FALSE(path.isEmpty());
        const auto r
            = runCli(withDb(workspace, QStringList{QStringLiteral("import"), c.entity, path} + c.options));
        // The problem lines go to standard output with the summary, the verdict to standard error.
        const QString output = r.out + r.err;
        INFO(c.file.toStdString() << ": " << c.what.toStdString());
        INFO("exit code " << r.exitCode << "\nstdout:\n"
                          << r.out.toStdString() << "\nstderr:\n"
                          << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        CHECK(corpus::locationProblem(c, output) == QString());
        const QString after = snapshot(workspace);
        CHECK(corpus::dumpDifference(before, after) == QString());
        refused += r.exitCode == 2 && after == before ? 1 : 0;
        if (after != before) {
            // Start the next case from a clean workspace again.
            prepare(workspace);
            before = snapshot(workspace);
        }
        if (c.generated)
            QFile::remove(path);
    }
    CHECK(refused == cases.size());
}
