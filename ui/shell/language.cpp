// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/language.h"

#include "core/i18n/catalogue.h"
#include "ui/common/settingvalue.h"

#include <QCoreApplication>
#include <QLocale>

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
    return core::Catalogue::systemLanguage();
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
    // The same catalogue and exact-context lookup as the command line.
    return core::Catalogue::install(app, language);
}

QString Language::nativeName(const QString &language)
{
    if (language == QStringLiteral("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace sb::ui
