// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/exchange/entityimport.h"
#include "core/exchange/importfields.h"

#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace sb::core {

/// How one import field lands in a table column.
struct ColumnBinding
{
    QString field; ///< import field (CSV header)
    QString column; ///< table column
    FieldType type = FieldType::Text;
    QString enumKind; ///< for FieldType::Enum: lifecycle, stage, order_status, …
    QString refTable; ///< for references: the table whose natural key the field holds
    QString refKeyColumn; ///< … and that key's column
    bool required = false;
    QVariant insertDefault; ///< value for a new row when the file has no such column
};

/// An entity stored in one table, imported by matching id or natural key.
struct TableImportSpec
{
    QString entity;
    QString table;
    QString auditEntity;
    QStringList keyColumns; ///< natural key columns (after references are resolved)
    QList<ColumnBinding> bindings;
    /// Fills values that follow from others (e.g. a stage's default probability) before validation.
    std::function<void(QVariantMap &)> complete;
    /// Extra rules on the merged row (column → value).
    std::function<FieldErrors(const QVariantMap &)> validate;
    /// Runs after a row was inserted (`before` empty) or updated.
    std::function<void(ImportContext &, const QString &id, const QVariantMap &before,
                       const QVariantMap &after, const RowInput &row)>
        afterWrite;
};

/// The table specs, one per simply stored entity; nullptr for others.
const TableImportSpec *tableImportSpec(const QString &entity);

/// The generic importer over a TableImportSpec.
class TableImporter final : public EntityImporter
{
public:
    explicit TableImporter(const TableImportSpec &spec) : m_spec(spec) { }
    RowOutcome apply(const RowInput &row, ImportContext &context) override;
    void finish(ImportContext &context) override { context.runDeferred(); }

private:
    const TableImportSpec &m_spec;
};

/// Parses an enum field's text into its stored key; empty when it is not one.
QString enumKey(const QString &kind, const QString &text);

} // namespace sb::core
