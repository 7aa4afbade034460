// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// core/ links Qt Core and Sql only (architecture.md): no file under it may include a header of
// Qt Gui, Widgets, Charts or their friends. The top-level CMakeLists.txt checks the link lines.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace {

const QStringList &forbiddenModules()
{
    static const QStringList modules{
        QStringLiteral("QtGui"),          QStringLiteral("QtWidgets"),       QStringLiteral("QtCharts"),
        QStringLiteral("QtPrintSupport"), QStringLiteral("QtSvg"),           QStringLiteral("QtSvgWidgets"),
        QStringLiteral("QtOpenGL"),       QStringLiteral("QtOpenGLWidgets"),
    };
    return modules;
}

// Used when Qt's headers cannot be listed; the installed headers are the authority otherwise.
const QStringList &wellKnownGuiHeaders()
{
    static const QStringList headers{
        QStringLiteral("QWidget"),
        QStringLiteral("QApplication"),
        QStringLiteral("QGuiApplication"),
        QStringLiteral("QPainter"),
        QStringLiteral("QImage"),
        QStringLiteral("QPixmap"),
        QStringLiteral("QColor"),
        QStringLiteral("QFont"),
        QStringLiteral("QFontMetrics"),
        QStringLiteral("QIcon"),
        QStringLiteral("QPalette"),
        QStringLiteral("QBrush"),
        QStringLiteral("QPen"),
        QStringLiteral("QPdfWriter"),
        QStringLiteral("QTextDocument"),
        QStringLiteral("QUndoStack"),
        QStringLiteral("QUndoCommand"),
        QStringLiteral("QAction"),
        QStringLiteral("QStandardItemModel"),
        QStringLiteral("QValidator"),
        QStringLiteral("QMainWindow"),
        QStringLiteral("QDialog"),
        QStringLiteral("QMessageBox"),
        QStringLiteral("QChart"),
        QStringLiteral("QChartView"),
        QStringLiteral("QPrinter"),
        QStringLiteral("QSvgRenderer"),
    };
    return headers;
}

// Qt's install, e.g. /usr/include/x86_64-linux-gnu/qt6; may be absent on a machine without headers.
QString qtHeadersDir()
{
    return QLibraryInfo::path(QLibraryInfo::HeadersPath);
}

// Whether an #include target names a header of a module that core must not use.
bool isGuiHeader(const QString &include, const QString &headersDir)
{
    const QString first = include.section(QLatin1Char('/'), 0, 0);
    if (include.contains(QLatin1Char('/')))
        return forbiddenModules().contains(first);
    if (forbiddenModules().contains(include) || wellKnownGuiHeaders().contains(include))
        return true;
    if (headersDir.isEmpty())
        return false;
    for (const QString &module : forbiddenModules()) {
        if (QFileInfo::exists(headersDir + QLatin1Char('/') + module + QLatin1Char('/') + include))
            return true;
    }
    return false;
}

// Every forbidden include in a file's text, as "line N: <header>".
QStringList guiIncludes(const QString &text, const QString &headersDir)
{
    static const QRegularExpression includeLine(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"));
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = includeLine.match(lines.at(i));
        if (match.hasMatch() && isGuiHeader(match.captured(1), headersDir))
            found << QStringLiteral("line %1: %2").arg(i + 1).arg(match.captured(1));
    }
    return found;
}

} // namespace

TEST_CASE("The layering check recognises Qt Gui, Widgets and Charts includes")
{
    const QString headers = qtHeadersDir();
    const QString text = QStringLiteral("#include <QString>\n"
                                        "#include \"core/domain/money.h\"\n"
                                        "#  include <QtCore/QDate>\n"
                                        "#include <QSqlQuery>\n"
                                        "// #include <QWidget> in a comment does not count\n"
                                        "#include <QColor>\n"
                                        "#include <QtWidgets/QTableView>\n"
                                        "#include <QtCharts>\n"
                                        "#include <QImage>\n");
    const QStringList found = guiIncludes(text, headers);
    CAPTURE(found.join(QStringLiteral("; ")).toStdString());
    REQUIRE(found
            == QStringList{QStringLiteral("line 6: QColor"), QStringLiteral("line 7: QtWidgets/QTableView"),
                           QStringLiteral("line 8: QtCharts"), QStringLiteral("line 9: QImage")});
}

TEST_CASE("The layering check finds Gui class headers through Qt's installed headers")
{
    const QString headers = qtHeadersDir();
    INFO("Qt headers: " << headers.toStdString());
    REQUIRE(QFileInfo::exists(headers + QStringLiteral("/QtGui/QColor")));
    // Neither name is in the hand-written list: only the installed QtGui/QtWidgets folders know them.
    CHECK(isGuiHeader(QStringLiteral("QTextCursor"), headers));
    CHECK(isGuiHeader(QStringLiteral("QTreeView"), headers));
    CHECK_FALSE(isGuiHeader(QStringLiteral("QTextStream"), headers));
    CHECK_FALSE(isGuiHeader(QStringLiteral("QSqlDatabase"), headers));
}

TEST_CASE("No file under core/ includes a Qt Gui, Widgets or Charts header")
{
    const QString coreDir = QStringLiteral(SB_SOURCE_DIR "/core");
    REQUIRE(QFileInfo(coreDir).isDir());
    const QString headers = qtHeadersDir();

    int scanned = 0;
    QStringList offenders;
    const QStringList suffixes{QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.hpp"),
                               QStringLiteral("*.cc")};
    QDirIterator it(coreDir, suffixes, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        ++scanned;
        const QStringList found = guiIncludes(QString::fromUtf8(file.readAll()), headers);
        for (const QString &hit : found)
            offenders << QDir(coreDir).relativeFilePath(path) + QStringLiteral(", ") + hit;
    }
    INFO("files scanned: " << scanned);
    CAPTURE(offenders.join(QStringLiteral("\n")).toStdString());
    CHECK(scanned > 0);
    CHECK(offenders.isEmpty());
}
