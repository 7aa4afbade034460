// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/editordercommand.h"

#include "core/domain/error.h"
#include "core/storage/orderrepository.h"
#include "ui/workspace.h"

namespace sb::ui {

EditOrderCommand::EditOrderCommand(Workspace &workspace, core::Order before, core::Order after)
    : WorkspaceCommand(workspace, QStringLiteral("orders"), tr("Edit order %1").arg(after.number)),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditOrderCommand::apply()
{
    store(m_after);
}

void EditOrderCommand::revert()
{
    store(m_before);
}

void EditOrderCommand::store(const core::Order &values)
{
    const core::OrderRepository repository(workspace().database());
    const std::optional<core::Order> current = repository.findById(values.meta.id);
    if (!current)
        throw core::Error(core::Error::Kind::Data, tr("Order %1 no longer exists.").arg(values.number));
    // A status move made since the edit is not the edit's to take back.
    core::Order next = values;
    next.meta = current->meta;
    next.status = current->status;
    for (core::OrderLine &line : next.lines)
        line.orderId = current->meta.id;
    repository.update(next);
}

} // namespace sb::ui
