// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/icons.h"

#include <QFile>
#include <QHash>

namespace sb::ui {

QIcon icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    QIcon result = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(name, result);
    return result;
}

} // namespace sb::ui
