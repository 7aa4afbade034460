// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/customer.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Changes a customer's fields; undo puts the earlier values back.
class EditCustomerCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EditCustomerCommand)

public:
    EditCustomerCommand(Workspace &workspace, core::Customer before, core::Customer after);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const core::Customer &values);

    core::Customer m_before;
    core::Customer m_after;
};

} // namespace sb::ui
