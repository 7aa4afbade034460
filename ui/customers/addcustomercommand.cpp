// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/addcustomercommand.h"

#include "core/storage/customerrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

AddCustomerCommand::AddCustomerCommand(Workspace &workspace, core::Customer customer)
    : WorkspaceCommand(workspace, QStringLiteral("customers"), tr("Add customer %1").arg(customer.code)),
      m_customer(std::move(customer))
{
}

void AddCustomerCommand::apply()
{
    const core::CustomerRepository repository(workspace().database());
    if (m_created) {
        repository.restore(m_customer.meta.id);
        return;
    }
    m_customer = repository.create(m_customer);
    m_created = true;
}

void AddCustomerCommand::revert()
{
    core::CustomerRepository(workspace().database()).remove(m_customer.meta.id);
}

} // namespace sb::ui
