// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/editcontactcommand.h"

#include "core/domain/error.h"
#include "core/storage/contactrepository.h"
#include "ui/common/workspace.h"
#include "ui/customers/contactlabel.h"

namespace sb::ui {

EditContactCommand::EditContactCommand(Workspace &workspace, core::Contact before, core::Contact after)
    : WorkspaceCommand(workspace, QStringLiteral("contacts"), tr("Edit contact %1").arg(contactLabel(after))),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditContactCommand::apply()
{
    store(m_after);
}

void EditContactCommand::revert()
{
    store(m_before);
}

void EditContactCommand::store(const core::Contact &values)
{
    const core::ContactRepository repository(workspace().database());
    // Write the field values over the record as it is now, so the stored
    // version and timestamps stay the repository's business.
    const std::optional<core::Contact> current = repository.findById(values.meta.id);
    if (!current)
        throw core::Error(core::Error::Kind::Data,
                          tr("The contact %1 no longer exists.").arg(contactLabel(values)));
    core::Contact next = values;
    next.meta = current->meta;
    repository.update(next);
}

} // namespace sb::ui
