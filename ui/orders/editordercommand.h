// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contract.h"
#include "core/domain/order.h"
#include "ui/common/workspacecommand.h"

#include <QCoreApplication>
#include <QList>

namespace sb::ui {

/// Changes an order's fields and lines and the points of its contract checklist
/// in one transaction; undo writes the earlier values back, checklist points
/// exactly as they were (ContractReview::restorePoint). The status is never
/// touched here: it moves only through MoveOrderCommand and ConfirmOrderCommand.
class EditOrderCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::EditOrderCommand)

public:
    /// The checklists are the five points before and after, in checklist order
    /// (either may be empty when the checklist was not edited).
    EditOrderCommand(Workspace &workspace, core::Order before, core::Order after,
                     QList<core::ContractCheck> checklistBefore = {},
                     QList<core::ContractCheck> checklistAfter = {});

    /// True when the order's own fields or lines differ (not only its checklist).
    bool changesOrder() const { return m_changesOrder; }
    /// Number of checklist points the command changes.
    int changedPoints() const { return int(m_changedPoints.size()); }

    /// Whether two versions of an order differ in anything a user edits in the form.
    static bool sameValues(const core::Order &a, const core::Order &b);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const core::Order &values);

    core::Order m_before;
    core::Order m_after;
    QList<core::ContractCheck> m_checklistBefore;
    QList<core::ContractCheck> m_checklistAfter;
    QList<int> m_changedPoints; ///< indexes into the checklists
    bool m_changesOrder = true;
};

} // namespace sb::ui
