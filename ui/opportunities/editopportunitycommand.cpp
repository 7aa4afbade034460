// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/editopportunitycommand.h"

#include "core/domain/error.h"
#include "core/storage/opportunityrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

EditOpportunityCommand::EditOpportunityCommand(Workspace &workspace, core::Opportunity before,
                                               core::Opportunity after)
    : WorkspaceCommand(workspace, QStringLiteral("opportunities"), tr("Edit opportunity %1").arg(after.code)),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditOpportunityCommand::apply()
{
    store(m_after);
}

void EditOpportunityCommand::revert()
{
    store(m_before);
}

void EditOpportunityCommand::store(const core::Opportunity &values)
{
    const core::OpportunityRepository repository(workspace().database());
    const std::optional<core::Opportunity> current = repository.findById(values.meta.id);
    if (!current)
        throw core::Error(core::Error::Kind::Data, tr("Opportunity %1 no longer exists.").arg(values.code));
    // The stage and what goes with it stay as they are now: a move made since
    // the edit is not the edit's to take back.
    core::Opportunity next = values;
    next.meta = current->meta;
    next.stage = current->stage;
    next.closedOn = current->closedOn;
    next.lostReason = current->lostReason;
    next.lostCompetitor = current->lostCompetitor;
    repository.update(next);
}

} // namespace sb::ui
