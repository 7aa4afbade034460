// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/addactivitycommand.h"

#include "core/storage/activityrepository.h"
#include "ui/common/workspace.h"
#include "ui/customers/activitylabel.h"

namespace sb::ui {

AddActivityCommand::AddActivityCommand(Workspace &workspace, core::Activity activity)
    : WorkspaceCommand(workspace, QStringLiteral("activities"),
                       tr("Add activity %1").arg(activityLabel(activity))),
      m_activity(std::move(activity))
{
}

void AddActivityCommand::apply()
{
    const core::ActivityRepository repository(workspace().database());
    if (m_created) {
        repository.restore(m_activity.meta.id);
        return;
    }
    m_activity = repository.create(m_activity);
    m_created = true;
}

void AddActivityCommand::revert()
{
    core::ActivityRepository(workspace().database()).remove(m_activity.meta.id);
}

} // namespace sb::ui
