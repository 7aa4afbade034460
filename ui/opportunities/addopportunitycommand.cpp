// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/addopportunitycommand.h"

#include "core/storage/opportunityrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

AddOpportunityCommand::AddOpportunityCommand(Workspace &workspace, core::Opportunity opportunity)
    : WorkspaceCommand(workspace, QStringLiteral("opportunities"),
                       tr("Add opportunity %1").arg(opportunity.code)),
      m_opportunity(std::move(opportunity))
{
}

void AddOpportunityCommand::apply()
{
    const core::OpportunityRepository repository(workspace().database());
    if (m_created) {
        repository.restore(m_opportunity.meta.id);
        return;
    }
    m_opportunity = repository.create(m_opportunity);
    m_created = true;
}

void AddOpportunityCommand::revert()
{
    core::OpportunityRepository(workspace().database()).remove(m_opportunity.meta.id);
}

} // namespace sb::ui
