// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"

namespace sb::ui {

/// How undo commands name a contact in the Edit menu.
inline QString contactLabel(const core::Contact &contact)
{
    return contact.name;
}

} // namespace sb::ui
