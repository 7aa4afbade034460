// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/leadscoring.h"

#include "core/domain/money.h"

#include <algorithm>

namespace sb::core::funnel {

namespace {

int clampScore(int value)
{
    return std::clamp(value, 0, 100);
}

} // namespace

bool isAssessed(const LeadInputs &inputs)
{
    return inputs.sourceScore || inputs.need || inputs.budget || inputs.intent;
}

int sourceReliability(const QString &source, const LeadInputs &inputs, const LeadScoringModel &model)
{
    if (inputs.sourceScore)
        return clampScore(*inputs.sourceScore);
    const QString key = source.trimmed().toCaseFolded();
    for (auto it = model.sourceReliability.cbegin(); it != model.sourceReliability.cend(); ++it) {
        if (it.key().trimmed().toCaseFolded() == key)
            return clampScore(it.value());
    }
    return clampScore(model.unknownSourceScore);
}

LeadScore scoreLead(const QString &source, const LeadInputs &inputs, const LeadScoringModel &model)
{
    LeadScore result;
    result.sourceScore = sourceReliability(source, inputs, model);
    const qint64 weights[] = {std::max(model.sourceWeight, 0), std::max(model.needWeight, 0),
                              std::max(model.budgetWeight, 0), std::max(model.intentWeight, 0)};
    const qint64 scores[] = {result.sourceScore, clampScore(inputs.need.value_or(0)),
                             clampScore(inputs.budget.value_or(0)), clampScore(inputs.intent.value_or(0))};
    qint64 weighted = 0;
    qint64 total = 0;
    for (int i = 0; i < 4; ++i) {
        weighted += weights[i] * scores[i];
        total += weights[i];
    }
    result.score = total > 0 ? int(money::divRound(weighted, total)) : 0;
    result.grade = gradeFor(result.score, model);
    return result;
}

QChar gradeFor(int score, const LeadScoringModel &model)
{
    if (score >= model.gradeA)
        return u'A';
    if (score >= model.gradeB)
        return u'B';
    if (score >= model.gradeC)
        return u'C';
    return u'D';
}

} // namespace sb::core::funnel
