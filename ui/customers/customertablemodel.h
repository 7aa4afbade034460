// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"
#include "core/storage/customerrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::ui {

/// The live customers of a workspace as a table, read with one list() call.
/// The customer list as read on a worker thread: the rows and their search texts.
struct CustomerRows
{
    QList<core::CustomerListRow> rows;
    QStringList searchTexts; ///< CustomerTableModel::searchText() of each row

    /// Reads every live customer; runs on the loader's thread.
    static CustomerRows read(const core::Database &db);
};

class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Industry,
        SizeBand,
        Region,
        City,
        Owner,
        Channel,
        Lifecycle,
        AbcClass,
        DecisionMaker,
        DecisionMakerTitle,
        Phone,
        Email,
        Source,
        UpdatedAt,
        ColumnCount
    };

    explicit CustomerTableModel(QObject *parent = nullptr);

    /// Replaces the rows (one reset) with what the repository lists.
    void reload(const core::CustomerRepository &repository);
    /// `searchTexts`: searchText() of each row, when already computed (else done here).
    void setRows(QList<core::CustomerListRow> rows, QStringList searchTexts = {});
    /// The searchable fields of a row (code, name, phone, region, city, industry, owner,
    /// decision maker, email), case-folded and separated by a character no word contains.
    static QString searchText(const core::CustomerListRow &row);
    /// searchText() of a row, as set with the rows.
    const QString &searchTextAt(int row) const { return m_searchTexts.at(row); }

    const core::CustomerListRow &rowAt(int row) const { return m_rows.at(row); }
    /// Sets each customer's ABC class (customer id → class), computed elsewhere;
    /// customers missing from `classes` show no class.
    void setClasses(QHash<QString, core::abc::Class> classes);
    bool hasClasses() const { return m_classesKnown; }
    /// The ABC class of a row's customer, if known.
    std::optional<core::abc::Class> classAt(int row) const;
    /// The row of the customer with this id, or -1.
    int rowOfId(const QString &id) const;
    /// Columns hidden until the user shows them with the column chooser.
    static bool isHiddenByDefault(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text shown in a cell, without going through QVariant (the ABC class needs the model).
    static QString text(const core::CustomerListRow &row, int column);
    /// The stored string behind a plain text column, or nullptr for computed
    /// columns (lifecycle, last changed) — lets sorting compare without copies.
    static const QString *field(const core::CustomerListRow &row, int column);

private:
    QVariant classData(int row, int role) const;

    QList<core::CustomerListRow> m_rows;
    QStringList m_searchTexts;
    QHash<QString, core::abc::Class> m_classes;
    bool m_classesKnown = false;
};

} // namespace sb::ui
