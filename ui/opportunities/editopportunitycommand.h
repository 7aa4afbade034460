// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Changes an opportunity's fields (not its stage: stage moves have their own
/// command, so that every move is recorded); undo puts the earlier values back.
class EditOpportunityCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EditOpportunityCommand)

public:
    EditOpportunityCommand(Workspace &workspace, core::Opportunity before, core::Opportunity after);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const core::Opportunity &values);

    core::Opportunity m_before;
    core::Opportunity m_after;
};

} // namespace sb::ui
