// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/welcomepanel.h"

#include "ui/common/pageheader.h"
#include "ui/shell/workspaceactions.h"

#include <QAction>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::ui {

WelcomePanel::WelcomePanel(const WorkspaceActions *actions, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *header = new PageHeader(tr("Welcome to SalesBench"),
                                  tr("No workspace is open. A workspace is one file that holds your "
                                     "customers, opportunities and orders. Start with the demo workspace "
                                     "to look around, or create your own."),
                                  this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(10);
    layout->addWidget(header);
    for (QAction *action : {actions->openDemoAction(), actions->newAction(), actions->openAction()}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(22, 22));
        button->setMinimumWidth(260);
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

} // namespace sb::ui
