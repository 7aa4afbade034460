// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/backgroundtask.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace sb::ui {

/// Runs one piece of exchange work (a preview, a dry run, an import, an export)
/// on a worker thread while the page that started it keeps painting and shows
/// its own progress bar. Unlike BackgroundTask::run it does not block: the
/// result arrives through finished(). The work opens its own database
/// connection (Database::openConnection()) because a connection belongs to the
/// thread that opened it.
class ExchangeJob final : public QObject
{
    Q_OBJECT

public:
    /// Runs on the worker; returns what to do with its result on the GUI thread
    /// (an empty function for nothing). Throw sb::core::Error to fail.
    using Work = std::function<std::function<void()>(const TaskProgress &progress)>;

    explicit ExchangeJob(QObject *parent = nullptr);
    /// Asks a running job to stop and waits for it: the work may use objects of the owner.
    ~ExchangeJob() override;

    /// Starts `work`; false (and nothing started) while another job runs.
    bool start(Work work);
    /// Asks the running work to stop at its next progress report.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelRequested() const { return m_state && m_state->cancelRequested.load(); }

signals:
    /// Progress as reported by the work (done of total), on the GUI thread.
    void progressed(qint64 done, qint64 total);
    /// The work ended: Done (its continuation has run), Cancelled (it stopped
    /// after cancel() by throwing) or Failed (with the error's message).
    void finished(const sb::ui::TaskResult &result);

private:
    struct State
    {
        std::atomic<bool> cancelRequested{false};
    };
    void finish(const std::function<void()> &then, const TaskResult &result);

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<State> m_state;
};

} // namespace sb::ui
