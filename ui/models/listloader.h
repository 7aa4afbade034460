// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// Reads a page's list on a worker thread, so a large workspace never freezes the
/// window. Requests made while a read runs are folded into one more read; only the
/// newest result is delivered. The rows travel type-erased; ListLoader<Rows> below
/// gives them their type back.
class ListLoaderBase : public QObject
{
    Q_OBJECT

public:
    /// Waits for a running read: the worker uses the database.
    ~ListLoaderBase() override;

    /// Starts a read (or schedules one after the running read).
    void load();
    bool isLoading() const { return m_thread != nullptr; }
    /// The error of the newest read, empty when it succeeded.
    QString error() const { return m_error; }

signals:
    /// The newest read has finished (in the GUI thread); take its rows now.
    void loaded();

protected:
    /// `read` runs on the worker with a connection of its own and stores its result.
    using Read = std::function<void(const core::Database &connection)>;
    ListLoaderBase(const core::Database &db, Read read, QObject *parent);
    /// Blocks until a running read has finished; derived classes call it before their
    /// members (which the read writes) are destroyed.
    void waitForWorker();

private:
    void start();
    void finish(const QString &error);

    const core::Database &m_db;
    Read m_read;
    std::unique_ptr<QThread> m_thread;
    QString m_error;
    bool m_again = false;
};

template<typename Rows>
class ListLoader final : public ListLoaderBase
{
public:
    using Reader = std::function<Rows(const core::Database &connection)>;

    ListLoader(const core::Database &db, Reader reader, QObject *parent = nullptr)
        : ListLoaderBase(db, [this, reader = std::move(reader)](const core::Database &c) { m_rows = reader(c); },
                         parent)
    {
    }

    ~ListLoader() override { waitForWorker(); }

    /// The rows of the newest read (moved out: call once per loaded()).
    Rows takeRows() { return std::exchange(m_rows, Rows()); }

private:
    Rows m_rows; // written by the worker, read after loaded() in the GUI thread
};

} // namespace sb::ui
