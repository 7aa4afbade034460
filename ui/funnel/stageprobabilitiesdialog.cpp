// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/stageprobabilitiesdialog.h"

#include "core/domain/error.h"
#include "core/storage/funnelsettings.h"
#include "ui/common/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::ui {

StageProbabilitiesDialog::StageProbabilitiesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("stageProbabilitiesDialog"));
    setWindowTitle(tr("Stage probabilities"));
    auto *intro
        = new QLabel(tr("The chance that a deal in each stage is won. The weighted pipeline adds up "
                        "amount × probability of the open deals; won deals count 100 %, lost ones 0 %."),
                     this);
    intro->setWordWrap(true);
    core::funnel::StageProbabilities stored;
    QString problem;
    try {
        stored = core::stageProbabilities(workspace.database());
    } catch (const core::Error &e) {
        problem = e.message();
    }
    auto *form = new QFormLayout;
    for (const core::Stage stage : core::stage::funnel()) {
        if (core::stage::isClosed(stage))
            continue;
        auto *box = new QSpinBox(this);
        box->setObjectName(core::stage::key(stage));
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral(" %"));
        box->setAlignment(Qt::AlignRight);
        box->setValue(core::funnel::probabilityFor(stage, stored));
        box->setToolTip(tr("Default: %1 %").arg(core::stage::defaultProbability(stage)));
        box->setEnabled(!workspace.isReadOnly());
        form->addRow(tr("%1:").arg(core::stage::displayName(stage)), box);
        m_boxes.append({stage, box});
    }
    auto *note = new QLabel(problem, this);
    note->setWordWrap(true);
    note->setVisible(!problem.isEmpty());
    m_buttons = new QDialogButtonBox(workspace.isReadOnly() ? QDialogButtonBox::Close
                                                            : QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *defaults = m_buttons->button(QDialogButtonBox::RestoreDefaults)) {
        connect(defaults, &QPushButton::clicked, this, [this] {
            for (const auto &[stage, box] : std::as_const(m_boxes))
                box->setValue(core::stage::defaultProbability(stage));
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

core::funnel::StageProbabilities StageProbabilitiesDialog::probabilities() const
{
    core::funnel::StageProbabilities out;
    for (const auto &[stage, box] : m_boxes)
        out.insert(stage, box->value());
    return out;
}

QSpinBox *StageProbabilitiesDialog::box(core::Stage stage) const
{
    for (const auto &[s, box] : m_boxes) {
        if (s == stage)
            return box;
    }
    return nullptr;
}

void StageProbabilitiesDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        try {
            core::setStageProbabilities(m_workspace.database(), probabilities());
        } catch (const core::Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
            return;
        }
        m_workspace.notifyChanged(QStringLiteral("stage_probabilities"));
    }
    QDialog::done(result);
}

} // namespace sb::ui
