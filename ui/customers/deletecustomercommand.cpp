// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/deletecustomercommand.h"

#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "ui/common/workspace.h"

namespace sb::ui {

DeleteCustomerCommand::DeleteCustomerCommand(Workspace &workspace, QStringList ids, const QString &label)
    : WorkspaceCommand(workspace, QStringLiteral("customers"), tr("Delete %1").arg(label)),
      m_ids(std::move(ids))
{
}

void DeleteCustomerCommand::apply()
{
    const core::CustomerRepository repository(workspace().database());
    core::Database::Transaction transaction(workspace().database());
    for (const QString &id : m_ids)
        repository.remove(id);
    transaction.commit();
}

void DeleteCustomerCommand::revert()
{
    const core::CustomerRepository repository(workspace().database());
    core::Database::Transaction transaction(workspace().database());
    for (const QString &id : m_ids)
        repository.restore(id);
    transaction.commit();
}

} // namespace sb::ui
