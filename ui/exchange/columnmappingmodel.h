// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importmapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace sb::ui {

/// A field a column can be imported as (from core::importfields, which this
/// header does not include: its FieldType names clash with core's money types under -Wshadow).
struct MappingField
{
    QString name;
    bool required = false;
};

/// One row per column of the file: its header, a sample value and the fields
/// it feeds. The Field column is editable; its EditRole is the field names
/// joined with commas (empty: the column is not imported).
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SourceColumn,
        Sample,
        Field,
        ColumnCount
    };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    /// Shows `mapping` for the file's `headers` (`sample`: the first data row).
    void setMapping(const QString &entity, const QStringList &headers, const QStringList &sample,
                    const core::ImportMapping &mapping);
    /// The edited mapping: the columns as chosen here, everything else as given.
    core::ImportMapping mapping() const;

    const QList<MappingField> &fields() const { return m_fields; }
    /// Required fields that no column feeds and no constant fills.
    QStringList missingRequired() const;
    /// Fields that more than one column feeds.
    QStringList duplicateFields() const;
    /// A field's name with a mark when it is required ("code *").
    QString fieldLabel(const QString &field) const;
    bool isRequired(const QString &field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    core::ImportMapping m_base;
    QList<MappingField> m_fields;
    QStringList m_headers;
    QStringList m_sample;
    QList<QStringList> m_assigned; ///< per file column
};

} // namespace sb::ui
