// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sb::ui {

/// The user-interface languages SalesBench ships: "en" and "zh_CN".
class Language final
{
public:
    static QStringList available();
    /// The language to use: `requested` (from --lang) when set, else the saved
    /// preference, else the system locale.
    static QString resolve(const QString &requested = {});
    /// The saved preference; empty means "follow the system".
    static QString preference();
    static void setPreference(const QString &language);
    /// Installs our translations and Qt's own (qtbase) for `language` and makes
    /// it the default locale. Returns false when our catalogue is missing.
    static bool install(QCoreApplication &app, const QString &language);
    /// The language's own name ("English", "简体中文").
    static QString nativeName(const QString &language);
};

} // namespace sb::ui
