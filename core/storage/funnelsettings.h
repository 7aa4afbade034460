// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/leadscoring.h"
#include "core/analytics/pipeline.h"
#include "core/domain/fielderror.h"

#include <QString>

// The funnel's models as the workspace keeps them (settings table, JSON text), so
// that everyone working in the workspace and the command line weigh the pipeline
// and grade leads alike. A value missing or out of range falls back to its default.
namespace sb::core {

class Database;

/// Probabilities of the four open stages for the weighted pipeline; won is 100
/// and lost 0 always. Stages the workspace does not set are absent (defaults apply).
funnel::StageProbabilities stageProbabilities(const Database &db);
/// Stores the open stages' probabilities (won and lost are ignored). Throws
/// Error::Data when one lies outside 0–100.
void setStageProbabilities(Database &db, const funnel::StageProbabilities &probabilities);

/// The workspace's lead-scoring model; the defaults of LeadScoringModel where unset.
funnel::LeadScoringModel leadScoringModel(const Database &db);
/// Stores the model. Throws Error::Data with the first problem validate() finds.
void setLeadScoringModel(Database &db, const funnel::LeadScoringModel &model);

/// Rules of a lead-scoring model: weights 0–100 adding up to more than 0, scores
/// 0–100, grade thresholds 0–100 with A above B above C. Fields: source_weight,
/// need_weight, budget_weight, intent_weight, unknown_source_score, grade_a,
/// grade_b, grade_c, source_reliability.
FieldErrors validateLeadScoringModel(const funnel::LeadScoringModel &model);

} // namespace sb::core
