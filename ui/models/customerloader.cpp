// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/customerloader.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "ui/models/customertablemodel.h"

#include <QThread>

namespace sb::ui {

CustomerLoader::CustomerLoader(const core::Database &db, QObject *parent) : QObject(parent), m_db(db) { }

CustomerLoader::~CustomerLoader()
{
    if (m_thread)
        m_thread->wait();
}

void CustomerLoader::load()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void CustomerLoader::start()
{
    m_again = false;
    const core::Database *db = &m_db;
    m_thread.reset(QThread::create([this, db] {
        QList<core::CustomerListRow> rows;
        QStringList searchTexts;
        QString error;
        try {
            // A connection belongs to the thread that opened it: this one is the worker's.
            const std::unique_ptr<core::Database> connection = db->openConnection();
            rows = core::CustomerRepository(*connection).list();
            // Folding the text here keeps filter-as-you-type cheap in the GUI thread.
            searchTexts.reserve(rows.size());
            for (const core::CustomerListRow &row : std::as_const(rows))
                searchTexts.append(CustomerTableModel::searchText(row));
        } catch (const core::Error &e) {
            error = e.message();
        }
        // Runs in the GUI thread, where this object lives; dropped if it is gone.
        QMetaObject::invokeMethod(
            this, [this, rows = std::move(rows), searchTexts = std::move(searchTexts), error] {
                finish(rows, searchTexts, error);
            }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

void CustomerLoader::finish(const QList<core::CustomerListRow> &rows, const QStringList &searchTexts,
                            const QString &error)
{
    m_thread->wait();
    m_thread.reset();
    if (m_again) {
        start();
        return;
    }
    emit loaded(rows, searchTexts, error);
}

} // namespace sb::ui
