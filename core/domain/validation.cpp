// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/validation.h"

#include <QRegularExpression>

namespace sb::core::validation {

bool isValidPhone(const QString &phone)
{
    if (phone.isEmpty())
        return true;
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()\-.]+$)"));
    if (!allowed.match(phone).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 5 && digits <= 20;
}

bool isValidEmail(const QString &email)
{
    if (email.isEmpty())
        return true;
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

bool isValidCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 40)
        return false;
    // Other systems write keys like "Acme Corporation" or "BANK CHARGES": an ordinary inner
    // space is part of the key, but padding, tabs, line breaks and invisible characters are not.
    if (code.front().isSpace() || code.back().isSpace())
        return false;
    for (const QChar c : code) {
        if (c.isSpace() && c != u' ')
            return false;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

} // namespace sb::core::validation
