// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>

namespace sb::ui {

/// Adds a contact to a customer. Undo tombstones it; redo brings the same record back.
class AddContactCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::AddContactCommand)

public:
    AddContactCommand(Workspace &workspace, core::Contact contact);

    /// The stored record's id once redo() ran; empty before.
    QString contactId() const { return m_contact.meta.id; }

protected:
    void apply() override;
    void revert() override;

private:
    core::Contact m_contact;
    bool m_created = false;
};

} // namespace sb::ui
