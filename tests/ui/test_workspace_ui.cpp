// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/domain/error.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/workspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentworkspaces.h"
#include "ui/shell/startoptions.h"

#include <QFile>
#include <QThread>

using namespace sb;

TEST_CASE("Background work runs on a worker thread and hands back its error message")
{
    QThread *worker = nullptr;
    const ui::TaskResult done = ui::BackgroundJob::runWithProgress(nullptr, QStringLiteral("…"),
                                                                   [&](const ui::TaskProgress &progress) {
                                                                       worker = QThread::currentThread();
                                                                       CHECK(progress(1, 2));
                                                                   });
    CHECK(done.status == ui::TaskResult::Status::Done);
    CHECK(worker != nullptr);
    CHECK(worker != QThread::currentThread());

    const ui::TaskResult failed
        = ui::BackgroundJob::runWithProgress(nullptr, QStringLiteral("…"), [](const ui::TaskProgress &) {
              throw core::Error(core::Error::Kind::Database, QStringLiteral("disk full"));
          });
    CHECK(failed.status == ui::TaskResult::Status::Failed);
    CHECK(failed.error == QStringLiteral("disk full"));
}

TEST_CASE("Opened workspaces are remembered newest first, once each, while missing files drop out")
{
    test::clearSettings();
    test::TempWorkspace first;
    test::TempWorkspace second;
    first.db.reset();
    second.db.reset();
    ui::MainWindow window;
    window.setInteractive(false);
    REQUIRE(window.openWorkspace(first.path));
    REQUIRE(window.openWorkspace(second.path));
    REQUIRE(window.openWorkspace(first.path));
    CHECK(window.workspace()->path() == first.path);
    CHECK(ui::RecentWorkspaces::list() == QStringList{first.path, second.path});

    window.setWorkspace(nullptr);
    REQUIRE(QFile::remove(second.path));
    CHECK(ui::RecentWorkspaces::list() == QStringList{first.path});
}

TEST_CASE("A file that is not a workspace is refused and the window stays without a workspace")
{
    test::clearSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.salesbench"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, just some text that is long enough to have a header");
    file.close();
    ui::MainWindow window;
    window.setInteractive(false);
    CHECK_FALSE(window.openWorkspace(path));
    CHECK(window.workspace() == nullptr);
    CHECK(ui::RecentWorkspaces::list().isEmpty());
}

TEST_CASE("The command line accepts the documented options and rejects bad ones with a reason")
{
    const QStringList pages = {QStringLiteral("customers")};
    const auto parse = [&](QStringList args) {
        args.prepend(QStringLiteral("salesbench"));
        return ui::StartOptions::parse(args, pages);
    };
    const ui::StartOptions ok
        = parse({QStringLiteral("--workspace"), QStringLiteral("w.salesbench"), QStringLiteral("--lang"),
                 QStringLiteral("zh_CN"), QStringLiteral("--page"), QStringLiteral("customers"),
                 QStringLiteral("--screenshot"), QStringLiteral("x.png")});
    CHECK(ok.outcome == ui::StartOptions::Outcome::Run);
    CHECK(ok.workspace == QStringLiteral("w.salesbench"));
    CHECK(ok.language == QStringLiteral("zh_CN"));
    CHECK(ok.page == QStringLiteral("customers"));
    CHECK(ok.screenshot == QStringLiteral("x.png"));
    CHECK(parse({QStringLiteral("--demo")}).demo);

    const ui::StartOptions badLanguage = parse({QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(badLanguage.outcome == ui::StartOptions::Outcome::Error);
    CHECK(badLanguage.message.contains(QStringLiteral("fr")));
    CHECK(parse({QStringLiteral("--page"), QStringLiteral("funnelx")}).outcome
          == ui::StartOptions::Outcome::Error);
    CHECK(parse({QStringLiteral("--demo"), QStringLiteral("--workspace"), QStringLiteral("w")}).outcome
          == ui::StartOptions::Outcome::Error);
    CHECK(parse({QStringLiteral("--bogus")}).outcome == ui::StartOptions::Outcome::Error);
    CHECK(parse({QStringLiteral("--help")}).outcome == ui::StartOptions::Outcome::ShowHelp);
    CHECK(parse({QStringLiteral("--help")}).message.contains(QStringLiteral("--screenshot")));
}
