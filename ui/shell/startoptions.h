// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb::ui {

/// The desktop app's command line:
/// salesbench [--workspace FILE] [--demo] [--lang en|zh_CN] [--page NAME] [--screenshot FILE.png]
struct StartOptions
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::StartOptions)

public:
    enum class Outcome {
        Run,
        ShowHelp,
        ShowVersion,
        Error
    };

    QString workspace;
    bool demo = false;
    QString language; ///< empty: preference or system locale
    QString page; ///< --page name, empty for the last page used
    QString screenshot; ///< PNG to write after the window is painted; empty for a normal run

    Outcome outcome = Outcome::Run;
    QString message; ///< help text, version, or the error for Outcome::Error

    /// Parses the arguments (argv[0] first). Page names are checked against `pageNames`.
    static StartOptions parse(const QStringList &arguments, const QStringList &pageNames);
};

} // namespace sb::ui
