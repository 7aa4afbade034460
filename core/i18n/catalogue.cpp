// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/catalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace sb::core {

QString Catalogue::path(const QString &language)
{
    return QStringLiteral(":/i18n/salesbench_%1.qm").arg(language);
}

QString Catalogue::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Catalogue::systemLanguage()
{
    // uiLanguages() follows the messages locale, which may differ from the numbers'
    // one that QLocale::system() itself stands for.
    const QStringList languages = QLocale::system().uiLanguages();
    return languageFor(languages.isEmpty() ? QLocale::system() : QLocale(languages.constFirst()));
}

bool Catalogue::install(QCoreApplication &app, const QString &language)
{
    if (language == QStringLiteral("en"))
        return true;
    // Parented to the application, the translators live as long as it does.
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    auto *ours = new QTranslator(&app);
    if (!ours->load(path(language)))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace sb::core
