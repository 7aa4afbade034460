// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Adds an opportunity; undo removes it (a tombstone), redo brings the same record back.
class AddOpportunityCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AddOpportunityCommand)

public:
    AddOpportunityCommand(Workspace &workspace, core::Opportunity opportunity);

    /// The stored record's id once redo() ran; empty before.
    QString opportunityId() const { return m_opportunity.meta.id; }

protected:
    void apply() override;
    void revert() override;

private:
    core::Opportunity m_opportunity;
    bool m_created = false;
};

} // namespace sb::ui
