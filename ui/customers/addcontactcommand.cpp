// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/addcontactcommand.h"

#include "core/storage/contactrepository.h"
#include "ui/common/workspace.h"
#include "ui/customers/contactlabel.h"

namespace sb::ui {

AddContactCommand::AddContactCommand(Workspace &workspace, core::Contact contact)
    : WorkspaceCommand(workspace, QStringLiteral("contacts"),
                       tr("Add contact %1").arg(contactLabel(contact))),
      m_contact(std::move(contact))
{
}

void AddContactCommand::apply()
{
    const core::ContactRepository repository(workspace().database());
    if (m_created) {
        repository.restore(m_contact.meta.id);
        return;
    }
    m_contact = repository.create(m_contact);
    m_created = true;
}

void AddContactCommand::revert()
{
    core::ContactRepository(workspace().database()).remove(m_contact.meta.id);
}

} // namespace sb::ui
