// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysisworker.h"

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QThread>

namespace sb::ui {

AnalysisWorker::AnalysisWorker(const core::Database &db, QObject *parent) : QObject(parent), m_db(db) { }

AnalysisWorker::~AnalysisWorker()
{
    if (m_thread)
        m_thread->wait();
}

void AnalysisWorker::submit(Job job, Failure failure)
{
    Request request{std::move(job), std::move(failure)};
    if (m_thread) {
        m_pending = std::make_unique<Request>(std::move(request));
        return;
    }
    start(std::move(request));
}

void AnalysisWorker::start(Request request)
{
    const core::Database *db = &m_db;
    m_thread.reset(QThread::create([this, db, request = std::move(request)] {
        std::function<void()> then;
        QString error;
        try {
            // A connection belongs to the thread that opened it: this one is the worker's.
            const std::unique_ptr<core::Database> connection = db->openConnection();
            then = request.job(*connection);
        } catch (const core::Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        // Runs in the GUI thread, where this object lives; dropped if it is gone.
        QMetaObject::invokeMethod(
            this,
            [this, then = std::move(then), error, failure = request.failure] {
                finish(then, error, failure);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void AnalysisWorker::finish(const std::function<void()> &then, const QString &error, const Failure &failure)
{
    m_thread->wait();
    m_thread.reset();
    if (m_pending) {
        const std::unique_ptr<Request> next = std::move(m_pending);
        start(std::move(*next));
        return;
    }
    if (!error.isEmpty()) {
        if (failure)
            failure(error);
    } else if (then) {
        then();
    }
    emit finished();
}

} // namespace sb::ui
