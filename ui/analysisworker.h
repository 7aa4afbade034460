// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// Runs read-only analyses on a worker thread with a database connection of its
/// own, one at a time, so the window keeps painting. A request made while one
/// runs replaces any request still waiting, and a result that is already stale
/// when it arrives is dropped: only the newest parameters reach the screen.
class AnalysisWorker final : public QObject
{
    Q_OBJECT

public:
    /// Runs on the worker thread and returns what to do with its result on the GUI thread.
    using Job = std::function<std::function<void()>(const core::Database &connection)>;
    /// Runs on the GUI thread when a job threw; gets the error message.
    using Failure = std::function<void(const QString &message)>;

    explicit AnalysisWorker(const core::Database &db, QObject *parent = nullptr);
    /// Waits for a running job: it uses the database.
    ~AnalysisWorker() override;

    /// Starts `job`, or queues it (replacing a queued one) behind the running job.
    void submit(Job job, Failure failure = {});
    /// True while a job runs or waits.
    bool isBusy() const { return m_thread != nullptr; }

signals:
    /// Emitted after a job's result (or failure) was handled and nothing waits.
    void finished();

private:
    struct Request
    {
        Job job;
        Failure failure;
    };
    void start(Request request);
    void finish(const std::function<void()> &then, const QString &error, const Failure &failure);

    const core::Database &m_db;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<Request> m_pending;
};

} // namespace sb::ui
