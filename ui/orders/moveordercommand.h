// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>
#include <QString>

namespace sb::ui {

/// Moves an order along the workflow (deliver, close, cancel) through
/// OrderRepository::setStatus; a delivery takes the quantities off the stock.
/// Undo takes the move back with OrderRepository::revertStatus, which returns a
/// delivery's quantities to stock. Confirming goes through ConfirmOrderCommand.
class MoveOrderCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::MoveOrderCommand)

public:
    MoveOrderCommand(Workspace &workspace, QString orderId, const QString &number, core::OrderStatus from,
                     core::OrderStatus to);

    const QString &orderId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_id;
    core::OrderStatus m_from;
    core::OrderStatus m_to;
};

} // namespace sb::ui
