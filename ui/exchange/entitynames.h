// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb::ui {

/// What people call the entities of import and export ("order-lines" → "Order lines").
class EntityNames final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EntityNames)

public:
    /// The translated title of an entity; the entity name itself when unknown.
    static QString title(const QString &entity);
    /// The entities whose records change when `entity` is imported (or undone),
    /// for Workspace::notifyChanged(): order lines also create orders, customers and products.
    static QStringList affected(const QString &entity);
};

} // namespace sb::ui
