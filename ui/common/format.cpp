// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sb::ui::format {

QString money(core::Money amount)
{
    return QLocale().toString(double(amount) / 100.0, 'f', 2);
}

QString compactMoney(core::Money amount)
{
    const double value = double(amount) / 100.0;
    const double magnitude = std::abs(value);
    const QLocale locale;
    // Chinese readers count in 万 (10⁴) and 亿 (10⁸), not in thousands and millions.
    if (locale.language() == QLocale::Chinese) {
        if (magnitude >= 1e8)
            return QCoreApplication::translate("sb::ui::format", "%1 hundred million")
                .arg(locale.toString(value / 1e8, 'f', 2));
        if (magnitude >= 1e4)
            return QCoreApplication::translate("sb::ui::format", "%1 ten-thousand")
                .arg(locale.toString(value / 1e4, 'f', 1));
        return locale.toString(value, 'f', 0);
    }
    if (magnitude >= 1e9)
        return QCoreApplication::translate("sb::ui::format", "%1B").arg(locale.toString(value / 1e9, 'f', 2));
    if (magnitude >= 1e6)
        return QCoreApplication::translate("sb::ui::format", "%1M").arg(locale.toString(value / 1e6, 'f', 2));
    if (magnitude >= 1e4)
        return QCoreApplication::translate("sb::ui::format", "%1K").arg(locale.toString(value / 1e3, 'f', 1));
    return locale.toString(value, 'f', 0);
}

QString percent(std::optional<double> share)
{
    if (!share)
        return QStringLiteral("–");
    return QCoreApplication::translate("sb::ui::format", "%1%")
        .arg(QLocale().toString(*share * 100.0, 'f', 1));
}

QString percentSpaced(double fraction, int decimals)
{
    return QCoreApplication::translate("sb::ui::format", "%1 %")
        .arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString days(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

} // namespace sb::ui::format
