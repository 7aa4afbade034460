// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspacecommand.h"

#include "core/domain/error.h"
#include "ui/common/workspace.h"

namespace sb::ui {

WorkspaceCommand::WorkspaceCommand(Workspace &workspace, QString entity, const QString &text)
    : QUndoCommand(text), m_workspace(&workspace), m_entity(std::move(entity))
{
}

template<typename F>
void WorkspaceCommand::run(F step)
{
    if (!m_workspace) {
        setObsolete(true);
        return;
    }
    try {
        step();
    } catch (const core::Error &e) {
        setObsolete(true);
        m_workspace->reportError(e.message());
        return;
    }
    m_workspace->notifyChanged(m_entity);
}

void WorkspaceCommand::redo()
{
    run([this] { apply(); });
}

void WorkspaceCommand::undo()
{
    run([this] { revert(); });
}

} // namespace sb::ui
