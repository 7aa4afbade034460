// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/opportunity.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace sb::core {
namespace stage {

QString key(Stage s)
{
    switch (s) {
    case Stage::InitialContact:
        return QStringLiteral("initial_contact");
    case Stage::NeedsConfirmed:
        return QStringLiteral("needs_confirmed");
    case Stage::Proposal:
        return QStringLiteral("proposal");
    case Stage::Negotiation:
        return QStringLiteral("negotiation");
    case Stage::Won:
        return QStringLiteral("won");
    case Stage::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QString displayName(Stage s)
{
    switch (s) {
    case Stage::InitialContact:
        return QCoreApplication::translate("sb::core::Stage", "Initial contact");
    case Stage::NeedsConfirmed:
        return QCoreApplication::translate("sb::core::Stage", "Needs confirmed");
    case Stage::Proposal:
        return QCoreApplication::translate("sb::core::Stage", "Proposal");
    case Stage::Negotiation:
        return QCoreApplication::translate("sb::core::Stage", "Negotiation");
    case Stage::Won:
        return QCoreApplication::translate("sb::core::Stage", "Won");
    case Stage::Lost:
        return QCoreApplication::translate("sb::core::Stage", "Lost");
    }
    return {};
}

QList<Stage> funnel()
{
    return {Stage::InitialContact, Stage::NeedsConfirmed, Stage::Proposal, Stage::Negotiation, Stage::Won};
}

QList<Stage> all()
{
    auto stages = funnel();
    stages.append(Stage::Lost);
    return stages;
}

int funnelIndex(Stage s)
{
    return s == Stage::Lost ? -1 : static_cast<int>(s);
}

bool isClosed(Stage s)
{
    return s == Stage::Won || s == Stage::Lost;
}

int defaultProbability(Stage s)
{
    switch (s) {
    case Stage::InitialContact:
        return 10;
    case Stage::NeedsConfirmed:
        return 25;
    case Stage::Proposal:
        return 50;
    case Stage::Negotiation:
        return 75;
    case Stage::Won:
        return 100;
    case Stage::Lost:
        return 0;
    }
    return 0;
}

bool canMove(Stage from, Stage to)
{
    if (from == to || isClosed(from))
        return false;
    if (to == Stage::Lost)
        return true;
    if (to == Stage::Won)
        return from == Stage::Negotiation;
    return true;
}

std::optional<Stage> fromText(const QString &text)
{
    static const QStringList chinese
        = {QStringLiteral("初步接触"), QStringLiteral("需求确认"), QStringLiteral("方案制定"),
           QStringLiteral("商务谈判"), QStringLiteral("成交签约"), QStringLiteral("输单")};
    const QString t = text.trimmed();
    const auto stages = all();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (t.compare(key(stages[i]), Qt::CaseInsensitive) == 0 || t == chinese[i]
            || t.compare(displayName(stages[i]), Qt::CaseInsensitive) == 0)
            return stages[i];
    }
    return std::nullopt;
}

} // namespace stage

namespace {

/// Translations in the "sb::core::Opportunity" context, spelled OpportunityText::tr() so that
/// lupdate files them under the context the program asks for.
class OpportunityText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Opportunity)
};

} // namespace

FieldErrors validate(const Opportunity &o)
{
    FieldErrors errors;
    if (!validation::isValidCode(o.code))
        errors.append({QStringLiteral("code"),
                       OpportunityText::tr("Opportunity code is required: at most 40 characters, no spaces "
                                           "at either end, no control characters.")});
    if (o.customerId.isEmpty())
        errors.append({QStringLiteral("customer_code"), OpportunityText::tr("Customer is required.")});
    if (o.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), OpportunityText::tr("Title is required.")});
    if (o.amount < 0)
        errors.append({QStringLiteral("amount"), OpportunityText::tr("Amount must not be negative.")});
    if (o.probability < 0 || o.probability > 100)
        errors.append(
            {QStringLiteral("probability"), OpportunityText::tr("Probability must be between 0 and 100.")});
    if (!o.createdOn.isValid())
        errors.append({QStringLiteral("created_on"), OpportunityText::tr("Creation date is required.")});
    const std::pair<const char *, const std::optional<int> *> scores[]
        = {{"lead_source_score", &o.leadSourceScore},
           {"lead_need_score", &o.leadNeedScore},
           {"lead_budget_score", &o.leadBudgetScore},
           {"lead_intent_score", &o.leadIntentScore}};
    for (const auto &[field, score] : scores) {
        if (*score && (**score < 0 || **score > 100))
            errors.append(
                {QLatin1String(field), OpportunityText::tr("A lead score must be between 0 and 100.")});
    }
    if (o.stage == Stage::Lost && o.lostReason.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("lost_reason"), OpportunityText::tr("A lost opportunity needs a reason.")});
    return errors;
}

} // namespace sb::core
