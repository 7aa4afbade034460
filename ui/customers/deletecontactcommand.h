// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Deletes a contact (a tombstone, so office sync sees it); undo restores it.
class DeleteContactCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::DeleteContactCommand)

public:
    DeleteContactCommand(Workspace &workspace, const core::Contact &contact);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_id;
};

} // namespace sb::ui
