// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/pageregistry.h"

namespace sb::ui {

/// The pages that are ready for users, in the order of the navigation list.
PageRegistry builtinPages();

} // namespace sb::ui
