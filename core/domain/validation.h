// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::core::validation {

/// True for an empty string or a plausible phone number: digits with optional
/// leading '+', spaces, dashes, dots and brackets; 5 to 20 digits.
bool isValidPhone(const QString &phone);

/// True for an empty string or a plausible e-mail address (one '@', a dot in the domain).
bool isValidEmail(const QString &email);

/// True when a code is non-empty, at most 40 characters, has no whitespace at either end and
/// no control, format or whitespace characters inside other than the ordinary space (U+0020).
bool isValidCode(const QString &code);

} // namespace sb::core::validation
