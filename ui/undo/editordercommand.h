// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "ui/undo/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Changes an order's fields and lines; undo writes the earlier values back.
/// The status is never touched here: it moves only through OrderRepository::setStatus.
class EditOrderCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EditOrderCommand)

public:
    EditOrderCommand(Workspace &workspace, core::Order before, core::Order after);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const core::Order &values);

    core::Order m_before;
    core::Order m_after;
};

} // namespace sb::ui
