// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sb::ui::format {

/// An amount for reading: grouped digits, two decimals ("1,234,500.00").
QString money(core::Money amount);
/// A large amount shortened for charts and cards ("1.2M", "35.6K"; Chinese "万"/"亿").
QString compactMoney(core::Money amount);
/// A share as a percentage with one decimal ("41.2%"); "–" when there is none.
QString percent(std::optional<double> share);
/// A fraction (0.4523) as a percentage with `decimals` decimals and a space before
/// the sign, as the ABC page shows it ("45.2 %").
QString percentSpaced(double fraction, int decimals = 1);
/// A count with the locale's thousands separators.
QString count(qint64 value);
/// A date in the short ISO form the tables use; empty for an invalid date.
QString date(const QDate &date);
/// A number of days with one decimal ("12.5"), "–" when there is none.
QString days(std::optional<double> value);

} // namespace sb::ui::format
