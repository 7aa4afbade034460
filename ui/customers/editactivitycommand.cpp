// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/editactivitycommand.h"

#include "core/domain/error.h"
#include "core/storage/activityrepository.h"
#include "ui/common/workspace.h"
#include "ui/customers/activitylabel.h"

namespace sb::ui {

EditActivityCommand::EditActivityCommand(Workspace &workspace, core::Activity before, core::Activity after)
    : WorkspaceCommand(workspace, QStringLiteral("activities"),
                       tr("Edit activity %1").arg(activityLabel(after))),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditActivityCommand::apply()
{
    store(m_after);
}

void EditActivityCommand::revert()
{
    store(m_before);
}

void EditActivityCommand::store(const core::Activity &values)
{
    const core::ActivityRepository repository(workspace().database());
    // Write the field values over the record as it is now, so the stored
    // version and timestamps stay the repository's business.
    const std::optional<core::Activity> current = repository.findById(values.meta.id);
    if (!current)
        throw core::Error(core::Error::Kind::Data,
                          tr("The activity %1 no longer exists.").arg(activityLabel(values)));
    core::Activity next = values;
    next.meta = current->meta;
    repository.update(next);
}

} // namespace sb::ui
