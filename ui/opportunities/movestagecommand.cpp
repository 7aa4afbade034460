// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/movestagecommand.h"

#include "core/storage/opportunityrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

MoveStageCommand::MoveStageCommand(Workspace &workspace, QString opportunityId, const QString &code,
                                   core::Stage to, QString lostReason, QString competitor)
    : WorkspaceCommand(workspace, QStringLiteral("opportunities"),
                       tr("Move %1 to %2").arg(code, core::stage::displayName(to))),
      m_id(std::move(opportunityId)),
      m_to(to),
      m_reason(std::move(lostReason)),
      m_competitor(std::move(competitor))
{
}

void MoveStageCommand::apply()
{
    const core::StageChange change = core::OpportunityRepository(workspace().database())
                                         .moveStage(m_id, m_to, m_reason, m_competitor, QDate::currentDate());
    m_historyId = change.meta.id;
}

void MoveStageCommand::revert()
{
    core::OpportunityRepository(workspace().database()).undoStageMove(m_historyId);
    m_historyId.clear();
}

} // namespace sb::ui
