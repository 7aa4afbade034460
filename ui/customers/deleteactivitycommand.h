// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Deletes a activity (a tombstone, so office sync sees it); undo restores it.
class DeleteActivityCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::DeleteActivityCommand)

public:
    DeleteActivityCommand(Workspace &workspace, const core::Activity &activity);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_id;
};

} // namespace sb::ui
