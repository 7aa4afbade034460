// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/abcrule.h"

#include "core/storage/database.h"
#include "ui/common/settingvalue.h"

namespace sb::ui {

namespace {

const SettingValue<QString> methodSetting(QStringLiteral("pages/abc/method"), QStringLiteral("revenue"));
const SettingValue<int> aSetting(QStringLiteral("pages/abc/thresholdA"), 80);
const SettingValue<int> bSetting(QStringLiteral("pages/abc/thresholdB"), 95);

} // namespace

AbcRule AbcRule::saved()
{
    AbcRule rule;
    rule.method = core::abc::methodFromKey(methodSetting.get()).value_or(core::abc::Method::Revenue);
    const int a = aSetting.get();
    const int b = bSetting.get();
    if (a < 0 || b > 100 || a > b)
        return rule;
    rule.thresholds = {a / 100.0, b / 100.0};
    return rule;
}

void AbcRule::save(const QString &methodKey, int thresholdA, int thresholdB)
{
    methodSetting.set(methodKey);
    aSetting.set(thresholdA);
    bSetting.set(thresholdB);
}

QString AbcRule::savedMethodKey()
{
    return methodSetting.get();
}

int AbcRule::savedThresholdA()
{
    return aSetting.get();
}

int AbcRule::savedThresholdB()
{
    return bSetting.get();
}

QDate analysisAnchorDay(const core::Database &db)
{
    // The demo's data ends on the day it was generated: its presets count from there.
    const QDate today = QDate::currentDate();
    if (db.setting(QStringLiteral("is_demo")) != QLatin1String("1"))
        return today;
    const QDate demoToday = QDate::fromString(db.setting(QStringLiteral("demo_today")), Qt::ISODate);
    return demoToday.isValid() && demoToday < today ? demoToday : today;
}

} // namespace sb::ui
