// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// The change history (audit log): who changed what and when, newest first,
/// filtered by kind of record, user, date range and text (a field, a value, or a
/// record's name such as an order number), exportable to CSV. Records are named
/// the way users know them (order number, customer code and name, SKU). Opened
/// from View → Change history for everything, or from a page for one record.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The newest entries shown at most; older ones are reached by filtering.
    static constexpr int kMaxEntries = 5000;

    /// All changes, or those of one kind of record (`entity`, e.g. "order") and one record.
    explicit HistoryDialog(const core::Database &db, const QString &entity = {}, const QString &recordId = {},
                           QWidget *parent = nullptr);

    /// Shows only these records (e.g. an order with its lines and checklist), called `label`.
    void setRecords(const QStringList &ids, const QString &label);
    /// Re-reads the entries with the current filters.
    void refresh();
    /// Writes the shown entries to a CSV file; returns false on a write error.
    bool exportCsv(const QString &path) const;

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *userFilter() const { return m_user; }
    QLineEdit *textFilter() const { return m_text; }
    QCheckBox *dateFilter() const { return m_useDates; }

    enum Column {
        When,
        User,
        Office,
        Entity,
        Record,
        Action,
        Field,
        OldValue,
        NewValue,
        ColumnCount
    };

private:
    void buildFilters();
    void fillUsers();
    void exportWithDialog();

    const core::Database &m_db;
    QStringList m_recordIds;
    QComboBox *m_entity = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_scope = nullptr;
    QPushButton *m_showAll = nullptr;
    QLabel *m_count = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTimer m_textTimer;
};

} // namespace sb::ui
