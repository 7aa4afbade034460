// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/contact.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace sb::core {

FieldErrors validate(const Contact &contact)
{
    FieldErrors errors;
    if (!validation::isValidCode(contact.code))
        errors.append({QStringLiteral("code"),
                       QCoreApplication::translate("sb::core::Contact",
                                                   "Contact code is required: at most 40 characters, no "
                                                   "spaces at either end, no control characters.")});
    if (contact.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("sb::core::Contact", "Contact name is required.")});
    else if (contact.name.size() > 200)
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("sb::core::Contact",
                                                   "Contact name must be at most 200 characters.")});
    if (contact.title.size() > 200)
        errors.append(
            {QStringLiteral("title"),
             QCoreApplication::translate("sb::core::Contact", "Title must be at most 200 characters.")});
    if (!validation::isValidPhone(contact.phone))
        errors.append({QStringLiteral("phone"),
                       QCoreApplication::translate(
                           "sb::core::Contact",
                           "Phone must be 5 to 20 digits, optionally with +, spaces, dashes or brackets.")});
    if (!validation::isValidEmail(contact.email))
        errors.append(
            {QStringLiteral("email"),
             QCoreApplication::translate("sb::core::Contact", "E-mail must look like name@example.com.")});
    return errors;
}

} // namespace sb::core
