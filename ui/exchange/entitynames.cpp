// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/entitynames.h"

namespace sb::ui {

QString EntityNames::title(const QString &entity)
{
    if (entity == u"customers")
        return tr("Customers");
    if (entity == u"contacts")
        return tr("Contacts");
    if (entity == u"activities")
        return tr("Activities");
    if (entity == u"products")
        return tr("Products");
    if (entity == u"opportunities")
        return tr("Opportunities");
    if (entity == u"stage-history")
        return tr("Stage history");
    if (entity == u"orders")
        return tr("Orders");
    if (entity == u"order-lines")
        return tr("Order lines");
    if (entity == u"tickets")
        return tr("Service tickets");
    if (entity == u"targets")
        return tr("Targets");
    if (entity == u"reps")
        return tr("Sales reps");
    if (entity == u"teams")
        return tr("Teams");
    if (entity == u"channels")
        return tr("Channels");
    if (entity == u"promotions")
        return tr("Promotions");
    return entity;
}

QStringList EntityNames::affected(const QString &entity)
{
    if (entity == u"order-lines")
        return {QStringLiteral("order-lines"), QStringLiteral("orders"), QStringLiteral("customers"),
                QStringLiteral("products")};
    if (entity == u"stage-history")
        return {entity, QStringLiteral("opportunities")};
    return {entity};
}

} // namespace sb::ui
