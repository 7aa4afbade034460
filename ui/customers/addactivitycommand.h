// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Adds a activity to a customer. Undo tombstones it; redo brings the same record back.
class AddActivityCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AddActivityCommand)

public:
    AddActivityCommand(Workspace &workspace, core::Activity activity);

    /// The stored record's id once redo() ran; empty before.
    QString activityId() const { return m_activity.meta.id; }

protected:
    void apply() override;
    void revert() override;

private:
    core::Activity m_activity;
    bool m_created = false;
};

} // namespace sb::ui
