// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/addordercommand.h"

#include "core/storage/contractreview.h"
#include "core/storage/database.h"
#include "core/storage/orderrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

AddOrderCommand::AddOrderCommand(Workspace &workspace, core::Order order,
                                 QList<core::ContractCheck> checklist)
    : WorkspaceCommand(workspace, QStringLiteral("orders"), tr("Add order %1").arg(order.number)),
      m_order(std::move(order)),
      m_checklist(std::move(checklist))
{
    // The id is fixed now, so the page can select the order and later commands can name it.
    if (m_order.meta.id.isEmpty())
        m_order.meta.id = core::Database::newId();
}

void AddOrderCommand::apply()
{
    const core::Database &db = workspace().database();
    const core::OrderRepository repository(db);
    if (m_created) {
        repository.restore(m_order.meta.id);
        return;
    }
    core::Database::Transaction tx(db);
    m_order = repository.create(m_order);
    const core::ContractReview review(db);
    for (const core::ContractCheck &check : std::as_const(m_checklist)) {
        if (check.state != core::CheckState::Unchecked || !check.note.isEmpty())
            review.setPoint(m_order.meta.id, check.point, check.state, check.note);
    }
    tx.commit();
    m_created = true;
}

void AddOrderCommand::revert()
{
    core::OrderRepository(workspace().database()).remove(m_order.meta.id);
}

} // namespace sb::ui
