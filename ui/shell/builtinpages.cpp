// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation list, top to bottom. A new page is one registration here, at
// its place in this order (architecture.md): dashboard, customers, abc,
// opportunities, funnel, orders, products, service, channels, targets,
// commissions, promotions, reports.
#include "ui/shell/builtinpages.h"

#include "ui/abc/abcpage.h"
#include "ui/customers/customerspage.h"
#include "ui/funnel/funnelpage.h"
#include "ui/inventory/productspage.h"
#include "ui/opportunities/opportunitiespage.h"
#include "ui/orders/orderspage.h"

namespace sb::ui {

namespace {

template<typename P>
PageDescriptor page(const char *name, const char *icon, std::function<QString()> title)
{
    return {QString::fromLatin1(name), std::move(title), QString::fromLatin1(icon),
            [](const PageContext &context, QWidget *parent) -> Page * { return new P(context, parent); }};
}

} // namespace

PageRegistry builtinPages()
{
    PageRegistry registry;
    registry.add(
        page<CustomersPage>("customers", "customers", [] { return CustomersPage::tr("Customers"); }));
    registry.add(page<AbcPage>("abc", "abc", [] { return AbcPage::tr("ABC segmentation"); }));
    registry.add(page<OpportunitiesPage>("opportunities", "opportunities",
                                         [] { return OpportunitiesPage::tr("Opportunities"); }));
    registry.add(page<FunnelPage>("funnel", "funnel", [] { return FunnelPage::tr("Sales funnel"); }));
    registry.add(page<OrdersPage>("orders", "orders", [] { return OrdersPage::tr("Orders"); }));
    registry.add(
        page<ProductsPage>("products", "products", [] { return ProductsPage::tr("Products & Inventory"); }));
    return registry;
}

} // namespace sb::ui
