// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/customer.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Adds a customer. Undo tombstones it; redo brings the same record back.
class AddCustomerCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AddCustomerCommand)

public:
    AddCustomerCommand(Workspace &workspace, core::Customer customer);

    /// The stored record's id once redo() ran; empty before.
    QString customerId() const { return m_customer.meta.id; }

protected:
    void apply() override;
    void revert() override;

private:
    core::Customer m_customer;
    bool m_created = false;
};

} // namespace sb::ui
