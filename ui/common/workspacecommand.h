// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace sb::ui {

class Workspace;

/// Base of the undo commands that write to the workspace. redo() and undo()
/// write at once (edits are saved immediately), then tell the workspace what
/// changed so the pages refresh. A write that fails is reported through the
/// workspace and makes the command obsolete, so QUndoStack drops it.
class WorkspaceCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    WorkspaceCommand(Workspace &workspace, QString entity, const QString &text);

    Workspace &workspace() const { return *m_workspace; }
    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    template<typename F>
    void run(F step);

    QPointer<Workspace> m_workspace;
    QString m_entity;
};

} // namespace sb::ui
