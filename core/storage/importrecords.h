// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace sb::core {

class Database;

/// A stage_history entry an import writes (see importrecords::insertStageHistory).
struct ImportedStageChange
{
    QString id;
    QString opportunityId;
    QVariant fromStage; ///< null for a new deal's first entry
    QString toStage;
    QString changedAt;
    QString changedOn;
};

/// The reads and writes the generic table importer needs beyond recordio: lookups by
/// natural key and the derived records some entities write. Table and column names
/// passed in come from the constant import specs, never from the file; values are
/// bound. Joins the caller's transaction; failures throw sb::core::Error.
namespace importrecords {

/// The id of the live record of `table` whose `keyColumn` is `key`.
std::optional<QString> findId(const Database &db, const QString &table, const QString &keyColumn,
                              const QString &key);
/// The id of the live record of `table` whose `keyColumns` hold `values` (same order).
std::optional<QString> findIdByKey(const Database &db, const QString &table, const QStringList &keyColumns,
                                   const QVariantList &values);

/// Writes a stage change of an imported opportunity, marked as written by an import
/// (changed_by "import") so that a stage-history import can replace it.
void insertStageHistory(const Database &db, const ImportedStageChange &change);
/// The live entries of an opportunity's history an import wrote: (id, version).
QList<std::pair<QString, qint64>> importedStageHistory(const Database &db, const QVariant &opportunityId);
/// Makes a stage_history entry a tombstone.
void tombstoneStageHistory(const Database &db, const QString &id);

/// The id of the live target of a period and scope.
std::optional<QVariant> findTarget(const Database &db, const QString &period, const QString &scopeKind,
                                   const QString &scopeKey);
/// Links a target to its parent.
void setTargetParent(const Database &db, const QString &id, const QVariant &parentId);

/// Sets an order's amount to the sum of its live lines, or its contract amount when it has none.
void recomputeOrderAmount(const Database &db, const QString &orderId);

} // namespace importrecords

} // namespace sb::core
