// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/deleteactivitycommand.h"

#include "core/storage/activityrepository.h"
#include "ui/common/workspace.h"
#include "ui/customers/activitylabel.h"

namespace sb::ui {

DeleteActivityCommand::DeleteActivityCommand(Workspace &workspace, const core::Activity &activity)
    : WorkspaceCommand(workspace, QStringLiteral("activities"),
                       tr("Delete activity %1").arg(activityLabel(activity))),
      m_id(activity.meta.id)
{
}

void DeleteActivityCommand::apply()
{
    core::ActivityRepository(workspace().database()).remove(m_id);
}

void DeleteActivityCommand::revert()
{
    core::ActivityRepository(workspace().database()).restore(m_id);
}

} // namespace sb::ui
