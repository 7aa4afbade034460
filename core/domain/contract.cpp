// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/contract.h"

#include <QCoreApplication>
#include <QStringList>

namespace sb::core {

namespace contractpoint {

QString key(ContractPoint point)
{
    switch (point) {
    case ContractPoint::PaymentTerms:
        return QStringLiteral("payment_terms");
    case ContractPoint::DeliveryAcceptance:
        return QStringLiteral("delivery_acceptance");
    case ContractPoint::IpOwnership:
        return QStringLiteral("ip_ownership");
    case ContractPoint::Liability:
        return QStringLiteral("liability");
    case ContractPoint::Termination:
        return QStringLiteral("termination");
    }
    return {};
}

namespace {

/// Translations in the "sb::core::ContractPoint" context, spelled ContractPointText::tr() so that
/// lupdate files them under the context the program asks for.
class ContractPointText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::ContractPoint)
};

} // namespace

QString displayName(ContractPoint point)
{
    switch (point) {
    case ContractPoint::PaymentTerms:
        return ContractPointText::tr("Payment terms clear");
    case ContractPoint::DeliveryAcceptance:
        return ContractPointText::tr("Delivery and acceptance criteria clear");
    case ContractPoint::IpOwnership:
        return ContractPointText::tr("IP ownership clear");
    case ContractPoint::Liability:
        return ContractPointText::tr("Liability capped, force majeure covered");
    case ContractPoint::Termination:
        return ContractPointText::tr("Termination terms clear");
    }
    return {};
}

QList<ContractPoint> all()
{
    return {ContractPoint::PaymentTerms, ContractPoint::DeliveryAcceptance, ContractPoint::IpOwnership,
            ContractPoint::Liability, ContractPoint::Termination};
}

std::optional<ContractPoint> fromText(const QString &text)
{
    // Chinese names as the glossary and the trainer's handbook word them.
    static const QStringList chinese = {QStringLiteral("付款条件明确"), QStringLiteral("交付验收标准明确"),
                                        QStringLiteral("知识产权归属明确"),
                                        QStringLiteral("责任上限与不可抗力"), QStringLiteral("解约条款明确")};
    const QString t = text.trimmed();
    const auto points = all();
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (t.compare(key(points[i]), Qt::CaseInsensitive) == 0 || t == chinese[i]
            || t.compare(displayName(points[i]), Qt::CaseInsensitive) == 0)
            return points[i];
    }
    return std::nullopt;
}

} // namespace contractpoint

namespace checkstate {

QString key(CheckState state)
{
    switch (state) {
    case CheckState::Unchecked:
        return QStringLiteral("unchecked");
    case CheckState::Confirmed:
        return QStringLiteral("confirmed");
    case CheckState::Flagged:
        return QStringLiteral("flagged");
    }
    return {};
}

namespace {

/// Translations in the "sb::core::CheckState" context, spelled CheckStateText::tr() so that
/// lupdate files them under the context the program asks for.
class CheckStateText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::CheckState)
};

} // namespace

QString displayName(CheckState state)
{
    switch (state) {
    case CheckState::Unchecked:
        return CheckStateText::tr("Unchecked");
    case CheckState::Confirmed:
        return CheckStateText::tr("Confirmed");
    case CheckState::Flagged:
        return CheckStateText::tr("Flagged");
    }
    return {};
}

QList<CheckState> all()
{
    return {CheckState::Unchecked, CheckState::Confirmed, CheckState::Flagged};
}

std::optional<CheckState> fromText(const QString &text)
{
    static const QStringList chinese
        = {QStringLiteral("未检查"), QStringLiteral("已确认"), QStringLiteral("有风险")};
    const QString t = text.trimmed();
    const auto states = all();
    for (qsizetype i = 0; i < states.size(); ++i) {
        if (t.compare(key(states[i]), Qt::CaseInsensitive) == 0 || t == chinese[i]
            || t.compare(displayName(states[i]), Qt::CaseInsensitive) == 0)
            return states[i];
    }
    return std::nullopt;
}

} // namespace checkstate

} // namespace sb::core
