// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/funnelsettings.h"

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::core {

namespace {

/// Translations in the "sb::core::FunnelSettings" context, spelled FunnelSettingsText::tr()
/// so that lupdate files them under the context the program asks for.
class FunnelSettingsText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::FunnelSettings)
};

const QString kProbabilitiesKey = QStringLiteral("funnel/stage_probabilities");
const QString kLeadModelKey = QStringLiteral("funnel/lead_scoring");

constexpr Stage kOpenStages[]
    = {Stage::InitialContact, Stage::NeedsConfirmed, Stage::Proposal, Stage::Negotiation};

QJsonObject readObject(const Database &db, const QString &key)
{
    return QJsonDocument::fromJson(db.setting(key).toUtf8()).object();
}

void writeObject(Database &db, const QString &key, const QJsonObject &object)
{
    db.setSetting(key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

bool isPercent(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInt()) && value.toInt() >= 0
        && value.toInt() <= 100;
}

// The integer under `key` when it is a whole number 0–100; `fallback` otherwise.
int percentOr(const QJsonObject &object, const QString &key, int fallback)
{
    const QJsonValue value = object.value(key);
    return isPercent(value) ? value.toInt() : fallback;
}

bool inRange(int value)
{
    return value >= 0 && value <= 100;
}

} // namespace

funnel::StageProbabilities stageProbabilities(const Database &db)
{
    const QJsonObject object = readObject(db, kProbabilitiesKey);
    funnel::StageProbabilities probabilities;
    for (const Stage s : kOpenStages) {
        const QJsonValue value = object.value(stage::key(s));
        if (isPercent(value))
            probabilities.insert(s, value.toInt());
    }
    return probabilities;
}

void setStageProbabilities(Database &db, const funnel::StageProbabilities &probabilities)
{
    QJsonObject object;
    for (const Stage s : kOpenStages) {
        if (!probabilities.contains(s))
            continue;
        const int value = probabilities.value(s);
        if (!inRange(value))
            throw Error(Error::Kind::Data,
                        FunnelSettingsText::tr("The probability of %1 must be between 0 and 100 %, not %2.")
                            .arg(stage::displayName(s))
                            .arg(value));
        object.insert(stage::key(s), value);
    }
    writeObject(db, kProbabilitiesKey, object);
}

funnel::LeadScoringModel leadScoringModel(const Database &db)
{
    const QJsonObject object = readObject(db, kLeadModelKey);
    funnel::LeadScoringModel model;
    const QJsonObject weights = object.value(QStringLiteral("weights")).toObject();
    model.sourceWeight = percentOr(weights, QStringLiteral("source"), model.sourceWeight);
    model.needWeight = percentOr(weights, QStringLiteral("need"), model.needWeight);
    model.budgetWeight = percentOr(weights, QStringLiteral("budget"), model.budgetWeight);
    model.intentWeight = percentOr(weights, QStringLiteral("intent"), model.intentWeight);
    if (model.sourceWeight + model.needWeight + model.budgetWeight + model.intentWeight == 0)
        model = funnel::LeadScoringModel{};
    model.unknownSourceScore = percentOr(object, QStringLiteral("unknown_source"), model.unknownSourceScore);
    const QJsonObject grades = object.value(QStringLiteral("grades")).toObject();
    const int a = percentOr(grades, QStringLiteral("a"), model.gradeA);
    const int b = percentOr(grades, QStringLiteral("b"), model.gradeB);
    const int c = percentOr(grades, QStringLiteral("c"), model.gradeC);
    if (a > b && b > c) { // thresholds out of order would leave a grade unreachable
        model.gradeA = a;
        model.gradeB = b;
        model.gradeC = c;
    }
    const QJsonObject sources = object.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        if (!it.key().trimmed().isEmpty() && isPercent(it.value()))
            model.sourceReliability.insert(it.key().trimmed(), it.value().toInt());
    }
    return model;
}

void setLeadScoringModel(Database &db, const funnel::LeadScoringModel &model)
{
    const FieldErrors errors = validateLeadScoringModel(model);
    if (!errors.isEmpty())
        throw Error(Error::Kind::Data, errors.constFirst().message);
    QJsonObject sources;
    for (auto it = model.sourceReliability.cbegin(); it != model.sourceReliability.cend(); ++it) {
        if (!it.key().trimmed().isEmpty())
            sources.insert(it.key().trimmed(), it.value());
    }
    const QJsonObject object{{QStringLiteral("weights"),
                              QJsonObject{{QStringLiteral("source"), model.sourceWeight},
                                          {QStringLiteral("need"), model.needWeight},
                                          {QStringLiteral("budget"), model.budgetWeight},
                                          {QStringLiteral("intent"), model.intentWeight}}},
                             {QStringLiteral("unknown_source"), model.unknownSourceScore},
                             {QStringLiteral("grades"),
                              QJsonObject{{QStringLiteral("a"), model.gradeA},
                                          {QStringLiteral("b"), model.gradeB},
                                          {QStringLiteral("c"), model.gradeC}}},
                             {QStringLiteral("sources"), sources}};
    writeObject(db, kLeadModelKey, object);
}

FieldErrors validateLeadScoringModel(const funnel::LeadScoringModel &m)
{
    FieldErrors errors;
    const auto percent = [&errors](const char *field, int value, const QString &message) {
        if (!inRange(value))
            errors.append({QLatin1String(field), message});
    };
    const QString weight = FunnelSettingsText::tr("A weight must be between 0 and 100.");
    percent("source_weight", m.sourceWeight, weight);
    percent("need_weight", m.needWeight, weight);
    percent("budget_weight", m.budgetWeight, weight);
    percent("intent_weight", m.intentWeight, weight);
    if (errors.isEmpty() && m.sourceWeight + m.needWeight + m.budgetWeight + m.intentWeight == 0)
        errors.append({QStringLiteral("source_weight"),
                       FunnelSettingsText::tr("At least one weight must be above 0.")});
    percent("unknown_source_score", m.unknownSourceScore,
            FunnelSettingsText::tr("A score must be between 0 and 100."));
    const QString threshold = FunnelSettingsText::tr("A grade threshold must be between 0 and 100.");
    percent("grade_a", m.gradeA, threshold);
    percent("grade_b", m.gradeB, threshold);
    percent("grade_c", m.gradeC, threshold);
    if (inRange(m.gradeA) && inRange(m.gradeB) && m.gradeA <= m.gradeB)
        errors.append({QStringLiteral("grade_a"),
                       FunnelSettingsText::tr("Grade A must start above grade B (%1).").arg(m.gradeB)});
    if (inRange(m.gradeB) && inRange(m.gradeC) && m.gradeB <= m.gradeC)
        errors.append({QStringLiteral("grade_b"),
                       FunnelSettingsText::tr("Grade B must start above grade C (%1).").arg(m.gradeC)});
    for (auto it = m.sourceReliability.cbegin(); it != m.sourceReliability.cend(); ++it) {
        if (!inRange(it.value())) {
            errors.append({QStringLiteral("source_reliability"),
                           FunnelSettingsText::tr("The reliability of source %1 must be between 0 and 100.")
                               .arg(it.key())});
            break;
        }
    }
    return errors;
}

} // namespace sb::core
