// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/deletecontactcommand.h"

#include "core/storage/contactrepository.h"
#include "ui/common/workspace.h"
#include "ui/customers/contactlabel.h"

namespace sb::ui {

DeleteContactCommand::DeleteContactCommand(Workspace &workspace, const core::Contact &contact)
    : WorkspaceCommand(workspace, QStringLiteral("contacts"),
                       tr("Delete contact %1").arg(contactLabel(contact))),
      m_id(contact.meta.id)
{
}

void DeleteContactCommand::apply()
{
    core::ContactRepository(workspace().database()).remove(m_id);
}

void DeleteContactCommand::revert()
{
    core::ContactRepository(workspace().database()).restore(m_id);
}

} // namespace sb::ui
