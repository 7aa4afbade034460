// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sb::core {

class Database;

/// One cell of a synced record: its text, or nullopt for SQL NULL.
using SyncValue = std::optional<QString>;
/// A synced record's cells, in the column order of its table.
using SyncValues = QList<SyncValue>;

/// How the sync stores convert between stored values and SyncValue.
namespace syncvalues {

/// A stored value as text (SQL NULL as nullopt; integers in decimal); never a
/// null QString inside an engaged value.
SyncValue fromStored(const QVariant &variant);
/// A value to bind: SQL NULL or non-null text (SQLite's column affinity stores
/// the text of an INTEGER column as an integer).
QVariant toBindable(const SyncValue &value);

/// Column names of `table` in the workspace, in table order; empty when it has no such table.
QStringList columnsOf(const Database &db, const QString &table);

} // namespace syncvalues

} // namespace sb::core
