// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/application.h"

#include "ui/common/icons.h"
#include "ui/common/page.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentworkspaces.h"
#include "ui/shell/startoptions.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace sb::ui {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

// Exit codes follow the command-line contract: 1 usage, 3 workspace problems.
constexpr int usageError = 1;
constexpr int workspaceError = 3;

bool openFirstWorkspace(MainWindow &window, const StartOptions &options)
{
    if (!options.workspace.isEmpty())
        return window.openWorkspace(options.workspace);
    if (options.demo)
        return window.openDemoWorkspace();
    const QStringList recent = RecentWorkspaces::list();
    if (!recent.isEmpty() && window.openWorkspace(recent.first()))
        return true;
    // First start (or the last workspace is gone): the demo lets a new user look around.
    return window.openDemoWorkspace();
}

int saveScreenshot(MainWindow &window, const QString &file)
{
    int exitCode = 0;
    const auto capture = [&] {
        QCoreApplication::processEvents();
        const QPixmap picture = window.grab();
        QSaveFile out(file);
        if (picture.isNull() || !out.open(QIODevice::WriteOnly) || !picture.save(&out, "PNG")
            || !out.commit()) {
            printLine(stderr,
                      QCoreApplication::translate("sb::ui::Application", "Cannot write the screenshot %1.")
                          .arg(QDir::toNativeSeparators(file)));
            exitCode = workspaceError;
        }
        window.close();
        QCoreApplication::exit(exitCode);
    };
    // Once the event loop runs, show and layout events are handled; the page may
    // still be reading its rows in the background, so wait for those (a while at most).
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        const Page *page = window.currentPage();
        if (page && page->isLoading() && waited.elapsed() < 60000)
            return;
        poll.stop();
        capture();
    });
    poll.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

void prepareApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBench"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESBENCH_VERSION));
    // Matches packaging/io.github.salesbench.SalesBench.desktop, so desktops find the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.salesbench.SalesBench"));
}

int runApplication(QApplication &app)
{
    prepareApplication();
    QApplication::setWindowIcon(icon(QStringLiteral("salesbench")));
    const StartOptions options = StartOptions::parse(QCoreApplication::arguments(), builtinPages().names());
    switch (options.outcome) {
    case StartOptions::Outcome::ShowHelp:
    case StartOptions::Outcome::ShowVersion:
        printLine(stdout, options.message);
        return 0;
    case StartOptions::Outcome::Error:
        printLine(stderr, options.message);
        return usageError;
    case StartOptions::Outcome::Run:
        break;
    }

    const QString language = Language::resolve(options.language);
    if (!Language::install(app, language))
        printLine(stderr, QStringLiteral("No translations for %1 were found.").arg(language));

    const bool screenshot = !options.screenshot.isEmpty();
    MainWindow window;
    window.setInteractive(!screenshot);
    window.setPersistState(!screenshot);
    if (!screenshot)
        window.restoreWindowState();
    else
        window.resize(1280, 800);

    if (!openFirstWorkspace(window, options) && screenshot)
        return workspaceError;
    if (!options.page.isEmpty())
        window.showPage(options.page);
    window.show();
    if (screenshot)
        return saveScreenshot(window, options.screenshot);
    return QApplication::exec();
}

} // namespace sb::ui
