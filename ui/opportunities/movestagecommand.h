// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>
#include <QDate>

namespace sb::ui {

/// Moves an opportunity to another stage through OpportunityRepository::moveStage,
/// which records the change in the stage history. Undo calls undoStageMove with
/// the history row the move wrote, so the history loses exactly that row; redo
/// moves again and records a new row.
class MoveStageCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::MoveStageCommand)

public:
    /// `code` names the deal in Edit → Undo; reason and competitor are for a move to lost.
    MoveStageCommand(Workspace &workspace, QString opportunityId, const QString &code, core::Stage to,
                     QString lostReason = {}, QString competitor = {});

    const QString &opportunityId() const { return m_id; }
    core::Stage target() const { return m_to; }
    /// The history row of the latest redo(); empty before it ran or after undo().
    const QString &historyId() const { return m_historyId; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_id;
    core::Stage m_to;
    QString m_reason;
    QString m_competitor;
    QString m_historyId;
};

} // namespace sb::ui
