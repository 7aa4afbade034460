// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"
#include "core/domain/money.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace sb::ui::abcformat {

/// The colour of a class everywhere it is drawn (tables, chart, matrix).
QColor classColor(core::abc::Class cls);
/// A light tint of the class colour for table backgrounds.
QColor classTint(core::abc::Class cls);
/// Money in major units with two decimals and the locale's thousands separators.
QString money(core::Money minor);
/// A fraction (0.4523) as a percentage with `decimals` decimals ("45.2 %").
QString percent(double fraction, int decimals = 1);
/// A count with the locale's thousands separators.
QString count(qint64 value);

} // namespace sb::ui::abcformat
