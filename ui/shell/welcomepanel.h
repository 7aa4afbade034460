// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sb::ui {

class WorkspaceActions;

/// What the window shows while no workspace is open: the ways to open one.
class WelcomePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(const WorkspaceActions *actions, QWidget *parent = nullptr);
};

} // namespace sb::ui
