// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sb::core {
class Database;
}

namespace sb::ui {

class SyncConflictModel;

/// The conflict report of office sync: fields both offices changed, the value
/// kept and the value that lost. Conflicts can be marked as reviewed and
/// exported as CSV for a spreadsheet.
class SyncConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncConflictsDialog(core::Database &db, QWidget *parent = nullptr);

    const SyncConflictModel &model() const { return *m_model; }
    void reload();
    /// Marks the selected conflicts (or all shown) as reviewed.
    void markReviewed(bool selectedOnly);
    /// Writes the conflicts shown to `path` as CSV; false (with the reason shown) on failure.
    bool exportTo(const QString &path);

private:
    void exportConflicts();

    core::Database &m_db;
    SyncConflictModel *m_model;
    QTableView *m_view = nullptr;
    QCheckBox *m_showReviewed = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_markSelected = nullptr;
    QPushButton *m_markAll = nullptr;
};

} // namespace sb::ui
