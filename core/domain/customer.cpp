// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/customer.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace sb::core {

namespace lifecycle {

QString key(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Acquisition:
        return QStringLiteral("acquisition");
    case LifecycleStage::Conversion:
        return QStringLiteral("conversion");
    case LifecycleStage::Delivery:
        return QStringLiteral("delivery");
    case LifecycleStage::Retention:
        return QStringLiteral("retention");
    case LifecycleStage::Deepening:
        return QStringLiteral("deepening");
    }
    return {};
}

QString displayName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Acquisition:
        return QCoreApplication::translate("sb::core::Lifecycle", "Acquisition");
    case LifecycleStage::Conversion:
        return QCoreApplication::translate("sb::core::Lifecycle", "Conversion");
    case LifecycleStage::Delivery:
        return QCoreApplication::translate("sb::core::Lifecycle", "Delivery");
    case LifecycleStage::Retention:
        return QCoreApplication::translate("sb::core::Lifecycle", "Retention");
    case LifecycleStage::Deepening:
        return QCoreApplication::translate("sb::core::Lifecycle", "Deepening");
    }
    return {};
}

QList<LifecycleStage> all()
{
    return {LifecycleStage::Acquisition, LifecycleStage::Conversion, LifecycleStage::Delivery,
            LifecycleStage::Retention, LifecycleStage::Deepening};
}

std::optional<LifecycleStage> fromText(const QString &text)
{
    static const QStringList chinese
        = {QStringLiteral("获客"), QStringLiteral("转化"), QStringLiteral("交付"), QStringLiteral("维系"),
           QStringLiteral("深耕")};
    const QString t = text.trimmed();
    const auto stages = all();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (t.compare(key(stages[i]), Qt::CaseInsensitive) == 0 || t == chinese[i]
            || t == displayName(stages[i]))
            return stages[i];
    }
    return std::nullopt;
}

} // namespace lifecycle

namespace {

/// Translations in the "sb::core::Customer" context, spelled CustomerText::tr() so that
/// lupdate files them under the context the program asks for.
class CustomerText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Customer)
};

} // namespace

FieldErrors validate(const Customer &customer)
{
    FieldErrors errors;
    if (customer.code.trimmed().isEmpty())
        errors.append({QStringLiteral("code"), CustomerText::tr("Customer code is required.")});
    else if (!validation::isValidCode(customer.code))
        errors.append(
            {QStringLiteral("code"),
             CustomerText::tr(
                 "Customer code: at most 40 characters, no spaces at either end, no control characters.")});
    if (customer.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), CustomerText::tr("Customer name is required.")});
    else if (customer.name.size() > 200)
        errors.append(
            {QStringLiteral("name"), CustomerText::tr("Customer name must be at most 200 characters.")});
    if (!validation::isValidPhone(customer.phone))
        errors.append({QStringLiteral("phone"),
                       CustomerText::tr(
                           "Phone must be 5 to 20 digits, optionally with +, spaces, dashes or brackets.")});
    if (!validation::isValidEmail(customer.email))
        errors.append({QStringLiteral("email"), CustomerText::tr("E-mail must look like name@example.com.")});
    return errors;
}

QStringList customerSizeBands()
{
    return {QStringLiteral("1-49"), QStringLiteral("50-199"), QStringLiteral("200-499"),
            QStringLiteral("500-999"), QStringLiteral("1000+")};
}

} // namespace sb::core
