// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/abccolors.h"

namespace sb::ui::abccolors {

QColor classColor(core::abc::Class cls)
{
    // Blue, amber and grey stay apart for colour-blind readers and in greyscale print.
    switch (cls) {
    case core::abc::Class::A:
        return QColor(0x15, 0x65, 0xc0);
    case core::abc::Class::B:
        return QColor(0xf0, 0x9a, 0x1a);
    case core::abc::Class::C:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor classTint(core::abc::Class cls)
{
    QColor tint = classColor(cls);
    tint.setAlpha(48);
    return tint;
}

} // namespace sb::ui::abccolors
