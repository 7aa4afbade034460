// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QHash>
#include <QString>

#include <optional>

// Lead scoring (线索评分), product.md "Opportunities and the sales funnel".
// Four inputs, each a 0–100 score (opportunities.lead_*_score): source reliability,
// need match, budget and intent. Source reliability comes from the lead's own
// score when one was entered, else from the model's source → score map, else the
// model's default. A missing need, budget or intent score counts as 0. The score is
// the weighted mean, rounded half away from zero; grade A, B, C or D by thresholds.
namespace sb::core::funnel {

/// The scoring inputs of one lead; each 0–100, empty when not assessed.
struct LeadInputs
{
    std::optional<int> sourceScore;
    std::optional<int> need;
    std::optional<int> budget;
    std::optional<int> intent;
};

/// A configurable scoring model (settings).
struct LeadScoringModel
{
    int sourceWeight = 25;
    int needWeight = 25;
    int budgetWeight = 25;
    int intentWeight = 25;
    QHash<QString, int> sourceReliability; ///< source (case-insensitive) → 0–100
    int unknownSourceScore = 50; ///< for a source missing from the map
    int gradeA = 80; ///< score ≥ gradeA is A
    int gradeB = 60; ///< score ≥ gradeB is B
    int gradeC = 40; ///< score ≥ gradeC is C, below is D
};

/// A lead's score and grade.
struct LeadScore
{
    int score = 0; ///< 0–100
    QChar grade = u'D'; ///< A, B, C or D
    int sourceScore = 0; ///< the source reliability that was used
};

/// True when at least one input was assessed: a lead without any is not graded.
bool isAssessed(const LeadInputs &inputs);
/// The source reliability used for a lead (own score, map, or the default), 0–100.
int sourceReliability(const QString &source, const LeadInputs &inputs, const LeadScoringModel &model);
/// Scores a lead with the model.
LeadScore scoreLead(const QString &source, const LeadInputs &inputs, const LeadScoringModel &model = {});
/// The grade of a score under the model's thresholds.
QChar gradeFor(int score, const LeadScoringModel &model = {});

} // namespace sb::core::funnel
