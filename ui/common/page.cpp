// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/page.h"

namespace sb::ui {

Page::Page(const PageContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    Q_ASSERT(context.workspace && context.undoStack);
}

} // namespace sb::ui
