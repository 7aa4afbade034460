// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace sb::core {

/// SalesBench's message catalogues, compiled from resources/translations into :/i18n/
/// of this library, so that the command line and the desktop app speak the same words.
class Catalogue final
{
public:
    /// The resource path of a language's catalogue (":/i18n/salesbench_zh_CN.qm").
    static QString path(const QString &language);
    /// The language a locale asks for: "zh_CN" for any Chinese locale, otherwise "en".
    static QString languageFor(const QLocale &locale);
    /// The language of the system's messages locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    static QString systemLanguage();
    /// Installs our catalogue and Qt's own for `language` into the application
    /// (nothing for "en"). Returns false when our catalogue is missing.
    static bool install(QCoreApplication &app, const QString &language);
};

} // namespace sb::core
