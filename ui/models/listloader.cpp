// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/listloader.h"

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QThread>

namespace sb::ui {

ListLoaderBase::ListLoaderBase(const core::Database &db, Read read, QObject *parent)
    : QObject(parent), m_db(db), m_read(std::move(read))
{
}

ListLoaderBase::~ListLoaderBase()
{
    waitForWorker();
}

void ListLoaderBase::waitForWorker()
{
    if (m_thread)
        m_thread->wait();
}

void ListLoaderBase::load()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void ListLoaderBase::start()
{
    m_again = false;
    const core::Database *db = &m_db;
    m_thread.reset(QThread::create([this, db] {
        QString error;
        try {
            // A connection belongs to the thread that opened it: this one is the worker's.
            const std::unique_ptr<core::Database> connection = db->openConnection();
            m_read(*connection);
        } catch (const core::Error &e) {
            error = e.message();
        }
        // Runs in the GUI thread, where this object lives.
        QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

void ListLoaderBase::finish(const QString &error)
{
    m_thread->wait(); // the worker has stored its rows before it posted this call
    m_thread.reset();
    if (m_again) {
        start();
        return;
    }
    m_error = error;
    emit loaded();
}

} // namespace sb::ui
