// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recentworkspaces.h"

#include "ui/common/settingvalue.h"
#include "ui/common/workspacepaths.h"

#include <QFileInfo>

namespace sb::ui {

namespace {

const SettingValue<QStringList> &recentSetting()
{
    static const SettingValue<QStringList> setting(QStringLiteral("workspaces/recent"));
    return setting;
}

} // namespace

QStringList RecentWorkspaces::list()
{
    QStringList result;
    for (const QString &path : recentSetting().get()) {
        if (QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentSetting().get();
    paths.removeIf([&](const QString &p) { return isSameFile(p, absolute); });
    paths.prepend(absolute);
    while (paths.size() > maximum)
        paths.removeLast();
    recentSetting().set(paths);
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList paths = recentSetting().get();
    paths.removeIf([&](const QString &p) { return isSameFile(p, path); });
    recentSetting().set(paths);
}

void RecentWorkspaces::clear()
{
    recentSetting().remove();
}

} // namespace sb::ui
