// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace sb::ui {

/// Progress reported by the work: done and total steps. Returns false once the
/// user asked to cancel; the work should then stop (returning or throwing).
using TaskProgress = std::function<bool(qint64 done, qint64 total)>;
/// Work for a worker thread. It must open its own database connection: a
/// QSqlDatabase belongs to the thread that created it.
using TaskWork = std::function<void(const TaskProgress &progress)>;

struct TaskResult
{
    enum class Status {
        Done,
        Cancelled,
        Failed
    };
    Status status = Status::Done;
    QString error; ///< for Failed: the message of the sb::core::Error thrown by the work
};

/// Long work (demo generation, backup, restore) off the GUI thread, with a
/// progress dialog and Cancel, so the window keeps painting meanwhile.
class BackgroundTask final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::BackgroundTask)

public:
    /// Runs `work` on a worker thread and returns when it has finished.
    static TaskResult run(QWidget *parent, const QString &label, const TaskWork &work);
};

} // namespace sb::ui
