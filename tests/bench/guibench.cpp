// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The GUI figures of the quality notes, measured inside one GUI process:
//
//   salesbench-guibench minimal OUT.png
//       a minimal Qt Widgets window shown, painted, grabbed and closed: the P5 baseline
//       (bench_gui.sh times it against `salesbench --screenshot` on the large workspace)
//   salesbench-guibench start WORKSPACE OUT.png
//       the same for the application's main window opened on WORKSPACE (P5)
//   salesbench-guibench session WORKSPACE [PAGE,PAGE,...]
//       opens the main window on WORKSPACE, then: filter-as-you-type on the Customers page,
//       every page in turn (or the listed ones), the funnel page; prints the longest event the
//       GUI thread handled during each step (P7) and the process's peak RSS (P6).
//
// Output lines are "FIGURE|<name>|<value>"; bench_gui.sh turns them into BENCH lines.

#include "ui/common/page.h"
#include "ui/common/searchfield.h"
#include "ui/customers/customerspage.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPixmap>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

// Times every event the GUI thread dispatches from the event loop (nesting depth 0): the
// longest one is the longest stretch the window could not respond or repaint.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 spent = timer.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpuBefore;
        --m_depth;
        if (spent > m_longest) {
            m_longest = spent;
            m_longestType = event->type();
        }
        m_longestCpu = std::max(m_longestCpu, cpu);
        return handled;
    }

    void resetLongest()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_longestType = QEvent::None;
    }
    double longestMs() const { return double(m_longest) / 1e6; }
    /// The same in CPU time of the GUI thread: what the event cost, without the time the
    /// thread waited for a core on a busy machine.
    double longestCpuMs() const { return double(m_longestCpu) / 1e6; }
    int longestType() const { return int(m_longestType); }

private:
    int m_depth = 0;
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    QEvent::Type m_longestType = QEvent::None;
};

void figure(const char *name, const QString &value)
{
    std::printf("FIGURE|%s|%s\n", name, qPrintable(value));
    std::fflush(stdout);
}

// Runs the event loop for `ms` milliseconds (events keep being timed meanwhile).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Lets the current page finish its background load (at most a minute), then settles.
bool waitLoaded(sb::ui::MainWindow &window)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        const sb::ui::Page *page = window.currentPage();
        if (page == nullptr || !page->isLoading()) {
            spin(200);
            return true;
        }
        spin(20);
    }
    return false;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // A /proc file has no size, so read it whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Shows `window`, and once the event loop has painted it, grabs it into `out` and quits.
int paintGrabAndQuit(QWidget &window, const QString &out)
{
    window.show();
    int exitCode = 0;
    QTimer::singleShot(0, &window, [&] {
        QCoreApplication::processEvents();
        if (!window.grab().save(out, "PNG"))
            exitCode = 1;
        // Wall-clock time of the painted window, so the caller can time launch to paint
        // without counting the shutdown (which waits for background loads to stop).
        figure("painted_at", QString::number(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0, 'f', 3));
        window.close();
        QCoreApplication::exit(exitCode);
    });
    QCoreApplication::exec();
    return exitCode;
}

int runMinimal(const QString &out)
{
    QLabel window(QStringLiteral("SalesBench"));
    window.resize(1280, 800);
    return paintGrabAndQuit(window, out);
}

// The application's own start (language, main window, workspace, the Customers page) up to
// the first painted window; the page may still be reading its rows in the background.
int runStart(QApplication &app, const QString &workspace, const QString &out)
{
    sb::ui::Language::install(app, QStringLiteral("en"));
    sb::ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    window.resize(1280, 800);
    if (!window.openWorkspace(workspace))
        return 1;
    window.showPage(QStringLiteral("customers"));
    return paintGrabAndQuit(window, out);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

int runSession(TimedApplication &app, const QString &workspace, QStringList pages)
{
    sb::ui::MainWindow window;
    window.setInteractive(false);
    window.setPersistState(false);
    window.resize(1280, 800);
    if (!window.openWorkspace(workspace)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(workspace));
        return 1;
    }
    window.showPage(QStringLiteral("customers"));
    window.show();
    if (!waitLoaded(window))
        return 1;
    figure("start_longest_ms", ms(app.longestMs()));
    figure("start_longest_cpu_ms", ms(app.longestCpuMs()));

    // Filter as you type, at a brisk typist's pace, then back to the whole list.
    auto *customers = qobject_cast<sb::ui::CustomersPage *>(window.page(QStringLiteral("customers")));
    if (customers == nullptr)
        return 1;
    sb::ui::SearchField *search = customers->searchField();
    search->setFocus();
    app.resetLongest();
    for (const QChar c : QStringLiteral("tech")) {
        QTest::keyClick(search, c.toLatin1());
        spin(80);
    }
    waitLoaded(window);
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(search, Qt::Key_Backspace);
        spin(80);
    }
    waitLoaded(window);
    figure("filter_longest_ms", ms(app.longestMs()));
    figure("filter_longest_cpu_ms", ms(app.longestCpuMs()));
    figure("filter_longest_event", QString::number(app.longestType()));

    if (pages.isEmpty())
        pages = window.pages().names();
    double worstSwitch = 0;
    double worstSwitchCpu = 0;
    for (const QString &name : std::as_const(pages)) {
        app.resetLongest();
        QElapsedTimer shown;
        shown.start();
        // Switched from the event loop, as a click in the navigation would: the switch is then
        // one of the events timed, page construction included.
        bool switched = false;
        QTimer::singleShot(0, &window, [&] { switched = window.showPage(name); });
        spin(0);
        if (!switched || !waitLoaded(window)) {
            std::fprintf(stderr, "page %s did not load\n", qPrintable(name));
            return 1;
        }
        figure(qPrintable(QStringLiteral("page_%1_longest_ms").arg(name)), ms(app.longestMs()));
        figure(qPrintable(QStringLiteral("page_%1_longest_cpu_ms").arg(name)), ms(app.longestCpuMs()));
        figure(qPrintable(QStringLiteral("page_%1_loaded_ms").arg(name)),
               QString::number(shown.elapsed() - 200));
        worstSwitch = std::max(worstSwitch, app.longestMs());
        worstSwitchCpu = std::max(worstSwitchCpu, app.longestCpuMs());
    }
    figure("switch_longest_ms", ms(worstSwitch));
    figure("switch_longest_cpu_ms", ms(worstSwitchCpu));
    figure("peak_rss_mib", QString::number(double(peakRssKiB()) / 1024.0, 'f', 1));
    window.close();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    sb::ui::prepareApplication();
    TimedApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == u"minimal")
        return runMinimal(args.at(2));
    if (args.size() >= 4 && args.at(1) == u"start")
        return runStart(app, args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(1) == u"session") {
        QStringList pages;
        if (args.size() >= 4)
            pages = args.at(3).split(u',', Qt::SkipEmptyParts);
        return runSession(app, args.at(2), pages);
    }
    std::fprintf(stderr,
                 "usage: salesbench-guibench minimal OUT.png | start WORKSPACE OUT.png | session WORKSPACE "
                 "[PAGE,...]\n");
    return 1;
}
