// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/columnmappingmodel.h"

#include "core/exchange/importfields.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace sb::ui {

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent) { }

void ColumnMappingModel::setMapping(const QString &entity, const QStringList &headers,
                                    const QStringList &sample, const core::ImportMapping &mapping)
{
    beginResetModel();
    m_base = mapping;
    m_base.entity = entity;
    m_fields.clear();
    for (const core::ImportField &field : core::importfields::forEntity(entity))
        m_fields.append({field.name, field.required});
    m_headers = headers;
    m_sample = sample;
    m_assigned.clear();
    for (const QString &header : headers)
        m_assigned.append(mapping.fieldsFor(header));
    endResetModel();
    emit mappingChanged();
}

core::ImportMapping ColumnMappingModel::mapping() const
{
    core::ImportMapping m = m_base;
    m.columns.clear();
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (!m_assigned.at(i).isEmpty())
            m.columns.append({m_headers.at(i), m_assigned.at(i)});
    }
    return m;
}

bool ColumnMappingModel::isRequired(const QString &field) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [&field](const MappingField &f) { return f.name == field && f.required; });
}

QString ColumnMappingModel::fieldLabel(const QString &field) const
{
    return isRequired(field) ? field + QStringLiteral(" *") : field;
}

QStringList ColumnMappingModel::missingRequired() const
{
    QStringList missing;
    for (const MappingField &field : m_fields) {
        if (!field.required || m_base.constants.contains(field.name))
            continue;
        const bool fed
            = std::any_of(m_assigned.cbegin(), m_assigned.cend(),
                          [&field](const QStringList &names) { return names.contains(field.name); });
        if (!fed)
            missing.append(field.name);
    }
    return missing;
}

QStringList ColumnMappingModel::duplicateFields() const
{
    QStringList seen;
    QStringList duplicates;
    for (const QStringList &names : m_assigned) {
        for (const QString &name : names) {
            if (seen.contains(name) && !duplicates.contains(name))
                duplicates.append(name);
            seen.append(name);
        }
    }
    return duplicates;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QStringList &assigned = m_assigned.at(row);
    switch (Column(index.column())) {
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_headers.at(row);
        return {};
    case Sample:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row < m_sample.size() ? m_sample.at(row) : QString();
        return {};
    case Field:
        if (role == Qt::EditRole)
            return assigned.join(u',');
        if (role == Qt::DisplayRole) {
            if (assigned.isEmpty())
                return tr("(not imported)");
            QStringList labels;
            for (const QString &name : assigned)
                labels.append(fieldLabel(name));
            return labels.join(QStringLiteral(", "));
        }
        if (role == Qt::ForegroundRole && assigned.isEmpty())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Field || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QStringList names = value.toString().split(u',', Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    for (const QString &name : std::as_const(names)) {
        const bool known = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                       [&name](const MappingField &f) { return f.name == name; });
        if (!known)
            return false;
    }
    if (names == m_assigned.at(index.row()))
        return true;
    m_assigned[index.row()] = names;
    emit dataChanged(index, index);
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Field)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Column in the file");
    case Sample:
        return tr("First value");
    case Field:
        return tr("Imported as");
    default:
        return {};
    }
}

} // namespace sb::ui
