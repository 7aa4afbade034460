// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspace.h"

#include "ui/common/workspacepaths.h"

namespace sb::ui {

std::unique_ptr<Workspace> Workspace::open(const QString &path, core::Database::Mode mode)
{
    return std::make_unique<Workspace>(core::Database::open(path, mode));
}

Workspace::Workspace(std::unique_ptr<core::Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
}

Workspace::~Workspace() = default;

bool Workspace::isDemo() const
{
    return isSameFile(path(), demoWorkspacePath());
}

void Workspace::notifyChanged(const QString &entity)
{
    emit changed(entity);
}

void Workspace::reportError(const QString &message)
{
    emit errorReported(message);
}

} // namespace sb::ui
