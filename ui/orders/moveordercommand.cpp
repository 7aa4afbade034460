// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/moveordercommand.h"

#include "core/storage/orderrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

namespace {

QString moveText(const QString &number, core::OrderStatus to)
{
    switch (to) {
    case core::OrderStatus::Delivered:
        return MoveOrderCommand::tr("Deliver order %1").arg(number);
    case core::OrderStatus::Closed:
        return MoveOrderCommand::tr("Close order %1").arg(number);
    case core::OrderStatus::Cancelled:
        return MoveOrderCommand::tr("Cancel order %1").arg(number);
    default:
        return MoveOrderCommand::tr("Set order %1 to %2").arg(number, core::orderstatus::displayName(to));
    }
}

} // namespace

MoveOrderCommand::MoveOrderCommand(Workspace &workspace, QString orderId, const QString &number,
                                   core::OrderStatus from, core::OrderStatus to)
    : WorkspaceCommand(workspace, QStringLiteral("orders"), moveText(number, to)),
      m_id(std::move(orderId)),
      m_from(from),
      m_to(to)
{
}

void MoveOrderCommand::apply()
{
    core::OrderRepository(workspace().database()).setStatus(m_id, m_to);
}

void MoveOrderCommand::revert()
{
    core::OrderRepository(workspace().database()).revertStatus(m_id, m_to, m_from);
}

} // namespace sb::ui
