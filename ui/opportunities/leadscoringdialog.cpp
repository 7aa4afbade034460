// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/leadscoringdialog.h"

#include "core/domain/error.h"
#include "core/storage/funnelsettings.h"
#include "core/storage/opportunityqueries.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QSpinBox *percentBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

LeadScoringDialog::LeadScoringDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("leadScoringDialog"));
    setWindowTitle(tr("Lead scoring model"));
    m_messages = new FieldMessages(this);
    auto *intro = new QLabel(tr("A lead's score is the weighted mean of its four assessments (each 0–100); "
                                "its grade follows from the score. Source reliability comes from the lead "
                                "itself when assessed there, else from the table below."),
                             this);
    intro->setWordWrap(true);

    m_sourceWeight = percentBox(QStringLiteral("source_weight"), this);
    m_needWeight = percentBox(QStringLiteral("need_weight"), this);
    m_budgetWeight = percentBox(QStringLiteral("budget_weight"), this);
    m_intentWeight = percentBox(QStringLiteral("intent_weight"), this);
    auto *weights = new QGroupBox(tr("Weights"), this);
    auto *weightForm = new QFormLayout(weights);
    weightForm->addRow(tr("Source re&liability:"),
                       m_messages->add(QStringLiteral("source_weight"), m_sourceWeight));
    weightForm->addRow(tr("Nee&d match:"), m_messages->add(QStringLiteral("need_weight"), m_needWeight));
    weightForm->addRow(tr("&Budget:"), m_messages->add(QStringLiteral("budget_weight"), m_budgetWeight));
    weightForm->addRow(tr("&Intent:"), m_messages->add(QStringLiteral("intent_weight"), m_intentWeight));

    m_gradeA = percentBox(QStringLiteral("grade_a"), this);
    m_gradeB = percentBox(QStringLiteral("grade_b"), this);
    m_gradeC = percentBox(QStringLiteral("grade_c"), this);
    auto *grades = new QGroupBox(tr("Grades (score at least)"), this);
    auto *gradeForm = new QFormLayout(grades);
    gradeForm->addRow(tr("Grade &A:"), m_messages->add(QStringLiteral("grade_a"), m_gradeA));
    gradeForm->addRow(tr("Grade B:"), m_messages->add(QStringLiteral("grade_b"), m_gradeB));
    gradeForm->addRow(tr("Grade &C:"), m_messages->add(QStringLiteral("grade_c"), m_gradeC));
    gradeForm->addRow(new QLabel(tr("Below grade C: D."), this));

    m_unknownSource = percentBox(QStringLiteral("unknown_source_score"), this);
    m_sources = new QTableWidget(0, 2, this);
    m_sources->setObjectName(QStringLiteral("sourceReliability"));
    m_sources->setHorizontalHeaderLabels({tr("Lead source"), tr("Reliability (0–100; empty: default)")});
    m_sources->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sources->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sources->verticalHeader()->hide();
    m_sources->setMinimumHeight(160);
    auto *sources = new QGroupBox(tr("Source reliability"), this);
    auto *sourceForm = new QFormLayout(sources);
    sourceForm->addRow(tr("Default for &other sources:"),
                       m_messages->add(QStringLiteral("unknown_source_score"), m_unknownSource));
    sourceForm->addRow(m_messages->add(QStringLiteral("source_reliability"), m_sources));

    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("leadExample"));
    m_example->setWordWrap(true);
    auto *general = new QLabel(this);
    m_messages->setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setModel({}); });

    auto *left = new QVBoxLayout;
    left->addWidget(weights);
    left->addWidget(grades);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(sources, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_example);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    for (QSpinBox *box : {m_sourceWeight, m_needWeight, m_budgetWeight, m_intentWeight, m_gradeA, m_gradeB,
                          m_gradeC, m_unknownSource})
        connect(box, &QSpinBox::valueChanged, this, &LeadScoringDialog::revalidate);
    connect(m_sources, &QTableWidget::itemChanged, this, &LeadScoringDialog::revalidate);

    core::funnel::LeadScoringModel stored;
    try {
        stored = core::leadScoringModel(workspace.database());
    } catch (const core::Error &e) {
        general->setText(e.message());
    }
    setModel(stored);
    if (workspace.isReadOnly()) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        for (QWidget *w : std::initializer_list<QWidget *>{weights, grades, sources})
            w->setEnabled(false);
    }
    resize(sizeHint().expandedTo(QSize(760, 480)));
}

void LeadScoringDialog::setModel(const core::funnel::LeadScoringModel &model)
{
    const QSignalBlocker blocker(m_sources);
    m_sourceWeight->setValue(model.sourceWeight);
    m_needWeight->setValue(model.needWeight);
    m_budgetWeight->setValue(model.budgetWeight);
    m_intentWeight->setValue(model.intentWeight);
    m_gradeA->setValue(model.gradeA);
    m_gradeB->setValue(model.gradeB);
    m_gradeC->setValue(model.gradeC);
    m_unknownSource->setValue(model.unknownSourceScore);
    // Every source in use gets a row, and every source the model names.
    QStringList names;
    try {
        names = core::OpportunityQueries::sources(m_workspace.database());
    } catch (const core::Error &) {
        // The model's own sources still show.
    }
    QSet<QString> known;
    for (const QString &name : std::as_const(names))
        known.insert(name.toCaseFolded());
    for (auto it = model.sourceReliability.cbegin(); it != model.sourceReliability.cend(); ++it) {
        if (!known.contains(it.key().toCaseFolded())) {
            names.append(it.key());
            known.insert(it.key().toCaseFolded());
        }
    }
    m_sources->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names.at(row));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_sources->setItem(row, 0, name);
        QString value;
        for (auto it = model.sourceReliability.cbegin(); it != model.sourceReliability.cend(); ++it) {
            if (it.key().toCaseFolded() == names.at(row).toCaseFolded())
                value = QString::number(it.value());
        }
        auto *score = new QTableWidgetItem(value);
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sources->setItem(row, 1, score);
    }
    revalidate();
}

core::funnel::LeadScoringModel LeadScoringDialog::model() const
{
    core::funnel::LeadScoringModel m;
    m.sourceWeight = m_sourceWeight->value();
    m.needWeight = m_needWeight->value();
    m.budgetWeight = m_budgetWeight->value();
    m.intentWeight = m_intentWeight->value();
    m.gradeA = m_gradeA->value();
    m.gradeB = m_gradeB->value();
    m.gradeC = m_gradeC->value();
    m.unknownSourceScore = m_unknownSource->value();
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        const QTableWidgetItem *name = m_sources->item(row, 0);
        const QTableWidgetItem *score = m_sources->item(row, 1);
        const QString text = score ? score->text().trimmed() : QString();
        if (!name || text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        // Text that is no number is kept out of range, so that validation names it.
        m.sourceReliability.insert(name->text(), ok ? value : -1);
    }
    return m;
}

void LeadScoringDialog::revalidate()
{
    const core::funnel::LeadScoringModel m = model();
    const core::FieldErrors errors = core::validateLeadScoringModel(m);
    m_messages->show(errors);
    m_valid = errors.isEmpty();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_valid);
    // A worked example makes the weights concrete.
    const core::funnel::LeadInputs example{70, 80, 60, 50};
    const core::funnel::LeadScore score = core::funnel::scoreLead(QString(), example, m);
    m_example->setText(tr("Example: source 70, need 80, budget 60, intent 50 → score %1, grade %2.")
                           .arg(score.score)
                           .arg(score.grade));
}

void LeadScoringDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!m_valid)
            return;
        try {
            core::setLeadScoringModel(m_workspace.database(), model());
        } catch (const core::Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
            return;
        }
        m_workspace.notifyChanged(QStringLiteral("lead_scoring"));
    }
    QDialog::done(result);
}

} // namespace sb::ui
