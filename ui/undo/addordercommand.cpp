// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/addordercommand.h"

#include "core/storage/orderrepository.h"
#include "ui/workspace.h"

namespace sb::ui {

AddOrderCommand::AddOrderCommand(Workspace &workspace, core::Order order)
    : WorkspaceCommand(workspace, QStringLiteral("orders"), tr("Add order %1").arg(order.number)),
      m_order(std::move(order))
{
}

void AddOrderCommand::apply()
{
    const core::OrderRepository repository(workspace().database());
    if (m_created) {
        repository.restore(m_order.meta.id);
        return;
    }
    m_order = repository.create(m_order);
    m_created = true;
}

void AddOrderCommand::revert()
{
    core::OrderRepository(workspace().database()).remove(m_order.meta.id);
}

} // namespace sb::ui
