// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/confirmordercommand.h"

#include "core/storage/contractreview.h"
#include "core/storage/database.h"
#include "ui/common/workspace.h"

namespace sb::ui {

ConfirmOrderCommand::ConfirmOrderCommand(Workspace &workspace, QString orderId, const QString &number,
                                         bool override, QString reason)
    : WorkspaceCommand(workspace, QStringLiteral("orders"),
                       override ? tr("Confirm order %1 over flagged contract points").arg(number)
                                : tr("Confirm order %1").arg(number)),
      m_id(std::move(orderId)),
      m_override(override),
      m_reason(std::move(reason))
{
}

void ConfirmOrderCommand::apply()
{
    const core::ContractReview review(workspace().database());
    bool flagged = false;
    for (const core::ContractCheck &check : review.checklist(m_id))
        flagged = flagged || check.state == core::CheckState::Flagged;
    review.confirmOrder(m_id, m_override, m_reason);
    m_overridden = flagged;
}

void ConfirmOrderCommand::revert()
{
    core::ContractReview(workspace().database()).undoConfirm(m_id, m_overridden ? m_reason : QString());
}

} // namespace sb::ui
