// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/startoptions.h"

#include "ui/shell/language.h"

#include <QCommandLineParser>

namespace sb::ui {

StartOptions StartOptions::parse(const QStringList &arguments, const QStringList &pageNames)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SalesBench — sales operations workbench."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("Open the workspace FILE."),
                                             tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open the demo workspace, creating it when missing."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("User-interface language: %1.").arg(Language::available().join(QStringLiteral(", "))), tr("LANG"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), tr("Open the page NAME: %1.").arg(pageNames.join(QStringLiteral(", "))),
        tr("NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), tr("Save a picture of the window as FILE (PNG) and exit."), tr("FILE"));
    parser.addOptions({workspaceOption, demoOption, langOption, pageOption, screenshotOption});

    StartOptions options;
    const auto fail = [&options](const QString &message) {
        options.outcome = Outcome::Error;
        options.message = message;
        return options;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        options.outcome = Outcome::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.outcome = Outcome::ShowVersion;
        options.message
            = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    options.workspace = parser.value(workspaceOption);
    options.demo = parser.isSet(demoOption);
    options.language = parser.value(langOption);
    options.page = parser.value(pageOption);
    options.screenshot = parser.value(screenshotOption);
    if (options.demo && !options.workspace.isEmpty())
        return fail(tr("Use either --workspace or --demo, not both."));
    if (parser.isSet(langOption) && !Language::available().contains(options.language))
        return fail(tr("Unknown language %1; use one of: %2.")
                        .arg(options.language, Language::available().join(QStringLiteral(", "))));
    if (parser.isSet(pageOption) && !pageNames.contains(options.page))
        return fail(
            tr("Unknown page %1; use one of: %2.").arg(options.page, pageNames.join(QStringLiteral(", "))));
    if (parser.isSet(screenshotOption) && options.screenshot.isEmpty())
        return fail(tr("--screenshot needs a file name."));
    return options;
}

} // namespace sb::ui
