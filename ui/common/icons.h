// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace sb::ui {

/// An icon from resources/icons (":/icons/<name>.svg"); a null icon when missing.
QIcon icon(const QString &name);

} // namespace sb::ui
