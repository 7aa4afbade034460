// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "ui/undo/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Creates an order with its lines; undo tombstones it, redo brings it back.
class AddOrderCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AddOrderCommand)

public:
    AddOrderCommand(Workspace &workspace, core::Order order);

    /// The stored order's id once redo() ran; empty before.
    QString orderId() const { return m_order.meta.id; }

protected:
    void apply() override;
    void revert() override;

private:
    core::Order m_order;
    bool m_created = false;
};

} // namespace sb::ui
