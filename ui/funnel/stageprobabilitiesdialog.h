// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/pipeline.h"

#include <QDialog>

class QDialogButtonBox;
class QSpinBox;

namespace sb::ui {

class Workspace;

/// "Stage probabilities…": the win probability of each open stage that weighs
/// the pipeline (won counts 100 %, lost 0 %). The workspace keeps them
/// (core/storage/funnelsettings.h); OK saves them.
class StageProbabilitiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit StageProbabilitiesDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// The probabilities as entered, one per open stage.
    core::funnel::StageProbabilities probabilities() const;
    /// The spin box of an open stage.
    QSpinBox *box(core::Stage stage) const;

    void done(int result) override;

private:
    Workspace &m_workspace;
    QList<std::pair<core::Stage, QSpinBox *>> m_boxes;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
