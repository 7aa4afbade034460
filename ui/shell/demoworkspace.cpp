// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/demoworkspace.h"

#include "core/demo/demogenerator.h"
#include "core/storage/database.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/workspacepaths.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sb::ui {

DemoWorkspace::Result DemoWorkspace::ensure(QWidget *parent, const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    return create(parent, path);
}

DemoWorkspace::Result DemoWorkspace::create(QWidget *parent, const QString &path)
{
    const QString partial = path + QStringLiteral(".partial");
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !removeWorkspaceFiles(partial))
        return {Outcome::Failed, tr("Cannot prepare the folder of %1.").arg(QDir::toNativeSeparators(path))};

    const TaskResult task = BackgroundJob::runWithProgress(parent, tr("Creating the demo workspace…"),
                                                           [partial](const TaskProgress &progress) {
                                                               const auto db = core::Database::open(partial);
                                                               core::DemoOptions options;
                                                               options.scale = QStringLiteral("small");
                                                               options.today = QDate::currentDate();
                                                               core::generateDemo(*db, options, progress);
                                                           });

    switch (task.status) {
    case TaskResult::Status::Cancelled:
        removeWorkspaceFiles(partial);
        return {Outcome::Cancelled, {}};
    case TaskResult::Status::Failed:
        removeWorkspaceFiles(partial);
        return {Outcome::Failed, task.error};
    case TaskResult::Status::Done:
        break;
    }
    // The worker closed its connection, which checkpoints the WAL into the main file.
    if (QFileInfo::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path)) {
        removeWorkspaceFiles(partial);
        return {Outcome::Failed,
                tr("Cannot move the demo workspace into place at %1.").arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

} // namespace sb::ui
