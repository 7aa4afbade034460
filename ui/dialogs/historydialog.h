// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// The change history (audit log): who changed what and when, filtered by
/// entity, record and date range, exportable to CSV.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const core::Database &db, const QString &entity = {}, const QString &recordId = {},
                  QWidget *parent = nullptr);

    /// Re-reads the entries with the current filters.
    void refresh();
    /// Writes the shown entries to a CSV file; returns false on a write error.
    bool exportCsv(const QString &path) const;
    QStandardItemModel *model() const { return m_model; }

private:
    void exportWithDialog();

    const core::Database &m_db;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_record = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace sb::ui
