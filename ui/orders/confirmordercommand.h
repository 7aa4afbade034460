// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/workspacecommand.h"

#include <QCoreApplication>
#include <QString>

namespace sb::ui {

/// Confirms a draft order through the contract review (ContractReview::confirmOrder).
/// With flagged points it is an override with a reason, which the audit log
/// records; undo puts the order back to draft and logs the override as
/// withdrawn (ContractReview::undoConfirm), redo confirms (and logs) again.
class ConfirmOrderCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::ConfirmOrderCommand)

public:
    /// `number` names the order in Edit → Undo; `reason` is needed for an override.
    ConfirmOrderCommand(Workspace &workspace, QString orderId, const QString &number, bool override,
                        QString reason);

    const QString &orderId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_id;
    bool m_override;
    QString m_reason;
    bool m_overridden = false; ///< whether the latest redo() confirmed over flagged points
};

} // namespace sb::ui
