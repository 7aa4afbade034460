// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Changes a activity's fields; undo puts the earlier values back.
class EditActivityCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EditActivityCommand)

public:
    EditActivityCommand(Workspace &workspace, core::Activity before, core::Activity after);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const core::Activity &values);

    core::Activity m_before;
    core::Activity m_after;
};

} // namespace sb::ui
