// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contract.h"
#include "core/domain/order.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>
#include <QList>

namespace sb::ui {

/// Creates an order with its lines and the checklist points entered with it, in
/// one transaction; undo tombstones the order, redo brings it back.
class AddOrderCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AddOrderCommand)

public:
    /// Points still unchecked without a note are not written. The order gets its id here.
    AddOrderCommand(Workspace &workspace, core::Order order, QList<core::ContractCheck> checklist = {});

    /// The order's id, known from construction on (also when the write fails).
    QString orderId() const { return m_order.meta.id; }

protected:
    void apply() override;
    void revert() override;

private:
    core::Order m_order;
    QList<core::ContractCheck> m_checklist;
    bool m_created = false;
};

} // namespace sb::ui
