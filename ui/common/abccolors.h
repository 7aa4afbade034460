// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QColor>

namespace sb::ui::abccolors {

/// The colour of a class everywhere it is drawn (tables, chart, matrix).
QColor classColor(core::abc::Class cls);
/// A light tint of the class colour for table backgrounds.
QColor classTint(core::abc::Class cls);

} // namespace sb::ui::abccolors
