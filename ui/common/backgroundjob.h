// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// Progress reported by the work: done and total steps. Returns false once the
/// user asked to cancel; the work should then stop (returning or throwing).
using TaskProgress = std::function<bool(qint64 done, qint64 total)>;

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

/// The one way the UI runs work off the GUI thread: analyses and list loads,
/// previews, imports and exports, backups and restores. The work runs on a
/// worker thread, reports progress, can be cancelled, and returns what to do
/// with its result on the GUI thread (a continuation). A database connection
/// belongs to the thread that opened it: work that reads the workspace opens
/// its own (reading() does that).
///
/// Three ways to use it:
/// - start(): one piece of work at a time, with progressed() and finished()
///   (the import wizard's pages, the export dialog);
/// - submit(): the latest request wins — while work runs, a newer request
///   replaces any waiting one and the running result is dropped (a page that
///   reloads as filters change);
/// - runWithProgress(): modal, with a progress dialog and Cancel, returning
///   when the work has ended (backup, restore, demo generation).
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    /// Runs on the worker; returns what to do with its result on the GUI thread
    /// (an empty function for nothing). Throw sb::core::Error to fail.
    using Work = std::function<std::function<void()>(const TaskProgress &progress)>;
    /// Work on a connection of its own to the workspace.
    using ReadWork = std::function<std::function<void()>(const core::Database &connection)>;
    /// Runs on the GUI thread with the message when submitted work failed.
    using Failure = std::function<void(const QString &message)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    /// Asks running work to stop and waits for it: the work may use objects of the owner.
    ~BackgroundJob() override;

    /// Starts `work`; false (and nothing started) while other work runs.
    bool start(Work work);
    /// Starts `work`, or queues it behind the running work in place of any queued
    /// request; the running work's result is then dropped. `failure` gets the
    /// error message of this request when it fails.
    void submit(Work work, Failure failure = {});
    /// submit() of work that reads `db` on its own connection; `db` must outlive the job.
    void submitReading(const core::Database &db, ReadWork work, Failure failure = {});
    /// Asks the running work to stop at its next progress report.
    void cancel();

    /// True while work runs or waits.
    bool isBusy() const { return m_thread != nullptr; }
    bool isCancelRequested() const { return m_state && m_state->cancelRequested.load(); }

    /// Work that opens its own connection to `db` and runs `work` on it.
    static Work reading(const core::Database &db, ReadWork work);
    /// Runs `work` with a modal progress dialog labelled `label` and a Cancel
    /// button, and returns once it has ended; the window keeps painting meanwhile.
    static TaskResult runWithProgress(QWidget *parent, const QString &label,
                                      const std::function<void(const TaskProgress &progress)> &work);

signals:
    /// Progress as reported by the work (done of total), on the GUI thread.
    void progressed(qint64 done, qint64 total);
    /// The work ended and nothing waits: Done (its continuation has run),
    /// Cancelled (it stopped after cancel() by throwing) or Failed.
    void finished(const sb::ui::TaskResult &result);

private:
    struct State
    {
        std::atomic<bool> cancelRequested{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> reportPending{false};
    };
    struct Request
    {
        Work work;
        Failure failure;
    };
    void run(Request request);
    void finish(const std::function<void()> &then, const TaskResult &result, const Failure &failure);

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<State> m_state;
    std::unique_ptr<Request> m_pending;
};

} // namespace sb::ui
