// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"

#include <QColor>

namespace sb::ui {

/// The colour that marks a stage on the board and in the funnel: cool blues for
/// the early stages warming towards the close, green for won, red for lost.
inline QColor stageColor(core::Stage stage)
{
    switch (stage) {
    case core::Stage::InitialContact:
        return QColor(0x4E, 0x79, 0xC7);
    case core::Stage::NeedsConfirmed:
        return QColor(0x3A, 0x9F, 0xBF);
    case core::Stage::Proposal:
        return QColor(0x3D, 0xA8, 0x8C);
    case core::Stage::Negotiation:
        return QColor(0xE0, 0x9A, 0x2B);
    case core::Stage::Won:
        return QColor(0x2E, 0x8B, 0x47);
    case core::Stage::Lost:
        return QColor(0xB8, 0x4A, 0x3E);
    }
    return QColor(Qt::gray);
}

} // namespace sb::ui
