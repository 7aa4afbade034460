// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sb::ui {

/// The most recently opened workspaces, newest first, kept in the settings.
class RecentWorkspaces final
{
public:
    static constexpr qsizetype maximum = 8;

    /// Paths that still exist, newest first.
    static QStringList list();
    /// Moves `path` to the front of the list.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace sb::ui
