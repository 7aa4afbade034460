// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/money.h"
#include "core/domain/record.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sb::core {

/// Opportunity stages (商机阶段). The open stages are in funnel order; Won and Lost close a deal.
enum class Stage {
    InitialContact,
    NeedsConfirmed,
    Proposal,
    Negotiation,
    Won,
    Lost
};

namespace stage {
/// Stable key: initial_contact, needs_confirmed, proposal, negotiation, won, lost.
QString key(Stage stage);
/// Parses a key, an English or a Chinese display name.
std::optional<Stage> fromText(const QString &text);
/// Translated name for the UI.
QString displayName(Stage stage);
/// The five funnel stages, initial contact to won (lost is not a funnel step).
QList<Stage> funnel();
/// All six stages.
QList<Stage> all();
/// 0 for initial contact … 4 for won; -1 for lost.
int funnelIndex(Stage stage);
/// True for Won and Lost.
bool isClosed(Stage stage);
/// Default win probability in percent for a stage (10, 25, 50, 75, 100, 0).
int defaultProbability(Stage stage);
/// True when the move is allowed: forward or backward between open stages, to
/// won from negotiation, to lost from any open stage. Closed deals do not move.
bool canMove(Stage from, Stage to);
} // namespace stage

/// An opportunity (商机).
struct Opportunity
{
    RecordMeta meta;
    QString code;
    QString customerId;
    QString title;
    QString source;
    Money amount = 0;
    QString productsNeeded;
    QString competitors;
    QString ownerRepId;
    QDate createdOn; ///< business creation date (the cohort date)
    QDate expectedClose;
    Stage stage = Stage::InitialContact;
    int probability = 10; ///< percent
    QString lostReason; ///< lost_reasons.name when stage is Lost
    QString lostCompetitor;
    QDate closedOn; ///< date it became won or lost
    // Lead assessment, each 0–100 and empty until assessed; a scoring model
    // (core/analytics/leadscoring.h) turns them into a score and grade.
    std::optional<int> leadSourceScore; ///< reliability of this lead's source (else the model's)
    std::optional<int> leadNeedScore; ///< how well the need matches what we sell
    std::optional<int> leadBudgetScore; ///< budget confirmed and sufficient
    std::optional<int> leadIntentScore; ///< intent and urgency to buy
};

/// One recorded stage change (history is append-only).
struct StageChange
{
    RecordMeta meta;
    QString opportunityId;
    std::optional<Stage> from; ///< empty for the creation entry
    Stage to = Stage::InitialContact;
    QString changedAt; ///< UTC timestamp
    QString changedBy; ///< user name
};

/// Field rules: code, customer and title required, amount ≥ 0, probability 0–100,
/// lead scores 0–100, a lost deal needs a reason.
FieldErrors validate(const Opportunity &opportunity);

} // namespace sb::core
