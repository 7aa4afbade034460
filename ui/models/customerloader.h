// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/customerrepository.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// Reads the customer list on a worker thread, so a large workspace never
/// freezes the window. Requests made while a read runs are folded into one
/// more read; only the newest result is delivered.
class CustomerLoader final : public QObject
{
    Q_OBJECT

public:
    explicit CustomerLoader(const core::Database &db, QObject *parent = nullptr);
    /// Waits for a running read: the worker uses the database.
    ~CustomerLoader() override;

    /// Starts a read (or schedules one after the running read).
    void load();
    bool isLoading() const { return m_thread != nullptr; }

signals:
    /// The rows of the newest read, in the GUI thread; `error` is empty on success.
    /// `searchTexts` holds each row's CustomerTableModel::searchText(), prepared on the worker.
    void loaded(const QList<sb::core::CustomerListRow> &rows, const QStringList &searchTexts,
                const QString &error);

private:
    void start();
    void finish(const QList<core::CustomerListRow> &rows, const QStringList &searchTexts,
                const QString &error);

    const core::Database &m_db;
    std::unique_ptr<QThread> m_thread;
    bool m_again = false;
};

} // namespace sb::ui
