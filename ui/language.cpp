// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include "ui/catalogtranslator.h"
#include "ui/settingvalue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sb::ui {

namespace {

const SettingValue<QString> &languageSetting()
{
    static const SettingValue<QString> setting(QStringLiteral("ui/language"));
    return setting;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::resolve(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    QString saved = preference();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Language::preference()
{
    return languageSetting().get();
}

void Language::setPreference(const QString &language)
{
    if (language.isEmpty())
        languageSetting().remove();
    else
        languageSetting().set(language);
}

bool Language::install(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QStringLiteral("en"))
        return true;
    // Parented to the application, the translators live as long as it does.
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    auto *ours = new CatalogTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/salesbench_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

QString Language::nativeName(const QString &language)
{
    if (language == QStringLiteral("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace sb::ui
