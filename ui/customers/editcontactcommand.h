// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Changes a contact's fields; undo puts the earlier values back.
class EditContactCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EditContactCommand)

public:
    EditContactCommand(Workspace &workspace, core::Contact before, core::Contact after);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const core::Contact &values);

    core::Contact m_before;
    core::Contact m_after;
};

} // namespace sb::ui
