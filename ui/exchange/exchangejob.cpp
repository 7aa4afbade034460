// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exchangejob.h"

#include "core/domain/error.h"

#include <QThread>

namespace sb::ui {

ExchangeJob::ExchangeJob(QObject *parent) : QObject(parent) { }

ExchangeJob::~ExchangeJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool ExchangeJob::start(Work work)
{
    if (m_thread)
        return false;
    auto state = std::make_shared<State>();
    m_state = state;
    m_thread.reset(QThread::create([this, state, work = std::move(work)] {
        const TaskProgress progress = [this, state](qint64 done, qint64 total) {
            // Queued to the GUI thread; dropped if this object is gone by then.
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
            return !state->cancelRequested.load();
        };
        std::function<void()> then;
        TaskResult result;
        try {
            then = work(progress);
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
        QMetaObject::invokeMethod(
            this, [this, then = std::move(then), result] { finish(then, result); }, Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

void ExchangeJob::cancel()
{
    if (m_state)
        m_state->cancelRequested = true;
}

void ExchangeJob::finish(const std::function<void()> &then, const TaskResult &result)
{
    m_thread->wait();
    m_thread.reset();
    if (result.status == TaskResult::Status::Done && then)
        then();
    emit finished(result);
}

} // namespace sb::ui
