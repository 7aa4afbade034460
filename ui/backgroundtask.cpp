// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backgroundtask.h"

#include "core/domain/error.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace sb::ui {

namespace {

// Shared between the GUI thread and the worker; the strings are read only after the worker ended.
struct TaskState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelRequested{false};
    bool failed = false;
    QString error;
};

} // namespace

TaskResult BackgroundTask::run(QWidget *parent, const QString &label, const TaskWork &work)
{
    auto state = std::make_shared<TaskState>();
    std::unique_ptr<QThread> thread(QThread::create([state, work] {
        const TaskProgress progress = [state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancelRequested.load();
        };
        try {
            work(progress);
        } catch (const core::Error &e) {
            state->failed = true;
            state->error = e.message();
        } catch (const std::exception &e) {
            state->failed = true;
            state->error = QString::fromLocal8Bit(e.what());
        }
    }));

    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Please wait"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(380);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, state] {
        state->cancelRequested = true;
        dialog.setLabelText(tr("Cancelling…"));
        dialog.setCancelButton(nullptr);
    });

    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, state] {
        const qint64 total = state->total.load();
        if (total <= 0 || state->cancelRequested.load())
            return;
        // A fixed scale keeps qint64 counts inside QProgressDialog's int range.
        dialog.setMaximum(1000);
        dialog.setValue(int(qBound(qint64(0), state->done.load() * 1000 / total, qint64(1000))));
    });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    dialog.show();
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.hide();

    TaskResult result;
    if (state->cancelRequested.load())
        result.status = TaskResult::Status::Cancelled;
    else if (state->failed)
        result.status = TaskResult::Status::Failed;
    result.error = state->error;
    return result;
}

} // namespace sb::ui
