// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/backgroundjob.h"

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace sb::ui {

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent) { }

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool BackgroundJob::start(Work work)
{
    if (m_thread)
        return false;
    run({std::move(work), {}});
    return true;
}

void BackgroundJob::submit(Work work, Failure failure)
{
    Request request{std::move(work), std::move(failure)};
    if (m_thread) {
        m_pending = std::make_unique<Request>(std::move(request));
        return;
    }
    run(std::move(request));
}

void BackgroundJob::submitReading(const core::Database &db, ReadWork work, Failure failure)
{
    submit(reading(db, std::move(work)), std::move(failure));
}

void BackgroundJob::cancel()
{
    if (m_state)
        m_state->cancelRequested = true;
}

BackgroundJob::Work BackgroundJob::reading(const core::Database &db, ReadWork work)
{
    return [db = &db, work = std::move(work)](const TaskProgress &) {
        // A connection belongs to the thread that opened it: this one is the worker's.
        const std::unique_ptr<core::Database> connection = db->openConnection();
        return work(*connection);
    };
}

void BackgroundJob::run(Request request)
{
    auto state = std::make_shared<State>();
    m_state = state;
    m_thread.reset(QThread::create([this, state, request = std::move(request)] {
        // Reports coalesce: the worker keeps the latest figures and posts one event
        // while none is pending, so work that reports every row cannot flood the GUI
        // thread's queue, and the last figures always arrive.
        const TaskProgress progress = [this, state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            if (!state->reportPending.exchange(true)) {
                // Queued to the GUI thread; dropped if this object is gone by then.
                QMetaObject::invokeMethod(
                    this,
                    [this, state] {
                        state->reportPending = false;
                        emit progressed(state->done.load(), state->total.load());
                    },
                    Qt::QueuedConnection);
            }
            return !state->cancelRequested.load();
        };
        std::function<void()> then;
        TaskResult result;
        try {
            then = request.work(progress);
        } catch (const core::Error &e) {
            result.status = TaskResult::Status::Failed;
            result.error = e.message();
        } catch (const std::exception &e) {
            result.status = TaskResult::Status::Failed;
            result.error = QString::fromLocal8Bit(e.what());
        }
        // Work that threw after a cancel request stopped because of it.
        if (result.status == TaskResult::Status::Failed && state->cancelRequested.load())
            result.status = TaskResult::Status::Cancelled;
        // Runs in the GUI thread, where this object lives; dropped if it is gone.
        QMetaObject::invokeMethod(
            this,
            [this, then = std::move(then), result, failure = request.failure] {
                finish(then, result, failure);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void BackgroundJob::finish(const std::function<void()> &then, const TaskResult &result,
                           const Failure &failure)
{
    m_thread->wait();
    m_thread.reset();
    if (m_pending) {
        // A newer request arrived meanwhile: this result is out of date.
        const std::unique_ptr<Request> next = std::move(m_pending);
        run(std::move(*next));
        return;
    }
    m_state.reset();
    if (result.status == TaskResult::Status::Done && then)
        then();
    else if (result.status == TaskResult::Status::Failed && failure)
        failure(result.error);
    emit finished(result);
}

TaskResult BackgroundJob::runWithProgress(QWidget *parent, const QString &label,
                                          const std::function<void(const TaskProgress &progress)> &work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Please wait"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(380);

    BackgroundJob job;
    bool cancelled = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, &job, &cancelled] {
        cancelled = true;
        job.cancel();
        dialog.setLabelText(tr("Cancelling…"));
        dialog.setCancelButton(nullptr);
    });
    QObject::connect(&job, &BackgroundJob::progressed, &dialog,
                     [&dialog, &cancelled](qint64 done, qint64 total) {
                         if (total <= 0 || cancelled)
                             return;
                         // A fixed scale keeps qint64 counts inside QProgressDialog's int range.
                         dialog.setMaximum(1000);
                         dialog.setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
                     });
    TaskResult result;
    bool ended = false;
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::finished, &loop,
                     [&loop, &result, &ended](const TaskResult &outcome) {
                         result = outcome;
                         ended = true;
                         loop.quit();
                     });
    dialog.show();
    job.start([&work](const TaskProgress &progress) -> std::function<void()> {
        work(progress);
        return {};
    });
    loop.exec();
    if (!ended) {
        // The loop was left early (the application is quitting): stop the work and
        // wait for its real outcome rather than report an unfinished task as done.
        cancelled = true;
        job.cancel();
        QEventLoop rest;
        QObject::connect(&job, &BackgroundJob::finished, &rest, &QEventLoop::quit);
        while (!ended && job.isBusy())
            rest.exec();
        if (!ended)
            result.status = TaskResult::Status::Cancelled;
    }
    dialog.hide();
    // Work that noticed the cancel and returned quietly was cancelled all the same.
    if (cancelled && result.status == TaskResult::Status::Done)
        result.status = TaskResult::Status::Cancelled;
    return result;
}

} // namespace sb::ui
