// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/editcustomercommand.h"

#include "core/domain/error.h"
#include "core/storage/customerrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

EditCustomerCommand::EditCustomerCommand(Workspace &workspace, core::Customer before, core::Customer after)
    : WorkspaceCommand(workspace, QStringLiteral("customers"), tr("Edit customer %1").arg(after.code)),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditCustomerCommand::apply()
{
    store(m_after);
}

void EditCustomerCommand::revert()
{
    store(m_before);
}

void EditCustomerCommand::store(const core::Customer &values)
{
    const core::CustomerRepository repository(workspace().database());
    // Write the field values over the record as it is now, so the stored
    // version and timestamps stay the repository's business.
    const std::optional<core::Customer> current = repository.findById(values.meta.id);
    if (!current)
        throw core::Error(core::Error::Kind::Data, tr("Customer %1 no longer exists.").arg(values.code));
    core::Customer next = values;
    next.meta = current->meta;
    repository.update(next);
}

} // namespace sb::ui
