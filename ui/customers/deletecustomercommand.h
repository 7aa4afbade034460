// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/workspacecommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace sb::ui {

/// Deletes customers (tombstones, so office sync sees them) in one transaction;
/// undo restores them.
class DeleteCustomerCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::DeleteCustomerCommand)

public:
    /// `label` names what is deleted in the Undo menu (a code, or a count).
    DeleteCustomerCommand(Workspace &workspace, QStringList ids, const QString &label);

protected:
    void apply() override;
    void revert() override;

private:
    QStringList m_ids;
};

} // namespace sb::ui
