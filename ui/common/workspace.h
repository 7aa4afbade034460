// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sb::ui {

/// The open workspace as the UI sees it: the database plus a change signal that
/// lets every page refresh after an edit, wherever the edit came from (a form,
/// an undo, an import).
class Workspace final : public QObject
{
    Q_OBJECT

public:
    /// Opens a workspace file; throws sb::core::Error (Kind::Locked when another
    /// process holds it and `mode` is ReadWrite).
    static std::unique_ptr<Workspace> open(const QString &path,
                                           core::Database::Mode mode = core::Database::Mode::ReadWrite);

    explicit Workspace(std::unique_ptr<core::Database> db, QObject *parent = nullptr);
    ~Workspace() override;

    core::Database &database() const { return *m_db; }
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    /// True for the trainer demo workspace.
    bool isDemo() const;

    /// Tells every listener that records of `entity` (e.g. "customers") changed.
    void notifyChanged(const QString &entity);
    /// Reports a failed write that has no dialog of its own (e.g. an undo step).
    void reportError(const QString &message);

signals:
    void changed(const QString &entity);
    void errorReported(const QString &message);

private:
    std::unique_ptr<core::Database> m_db;
};

} // namespace sb::ui
