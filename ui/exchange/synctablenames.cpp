// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/synctablenames.h"

#include "core/exchange/syncpackage.h"
#include "ui/exchange/entitynames.h"

namespace sb::ui {

QString SyncTableNames::title(const QString &tableOrEntity)
{
    const core::syncpackage::SyncTable *table = core::syncpackage::findTable(tableOrEntity);
    if (!table)
        return tableOrEntity;
    const QString &name = table->table;
    // The tables that import and export know by the same name ("order_lines" → "order-lines").
    QString entity = name;
    entity.replace(u'_', u'-');
    const QString known = EntityNames::title(entity);
    if (known != entity)
        return known;
    if (name == u"commission_plans")
        return tr("Commission plans");
    if (name == u"commission_tiers")
        return tr("Commission tiers");
    if (name == u"channel_share_rules")
        return tr("Channel share rules");
    if (name == u"lost_reasons")
        return tr("Lost reasons");
    if (name == u"contract_checks")
        return tr("Contract review");
    if (name == u"promotion_products")
        return tr("Promotion products");
    if (name == u"period_costs")
        return tr("Period costs");
    return name;
}

} // namespace sb::ui
