// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/funnel.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

// Internal to the funnel queries (funnelqueries.cpp, funnelfacts.cpp): the SQL
// pieces and row decoding they share. Stage keys, "deleted = 0" and the like are
// schema constants written into the SQL (never user values), so that SQLite can
// match the partial indexes of 0002_funnel_indexes.sql.
namespace sb::core {

class Database;
class SqliteStatement;
struct FunnelFilters;

namespace funnelsql {

/// A statement under construction: SQL text and its bound values, in order.
struct Statement
{
    QString sql;
    QStringList values;

    /// Prepares, binds and executes forward-only; throws Error on failure.
    QSqlQuery run(const Database &db, const QString &what) const;
    /// Binds the values to a statement prepared on the native handle.
    void bind(SqliteStatement &statement) const;
};

/// Translations in the funnel queries' context, spelled FunnelText::tr() so that lupdate
/// files them under the same context as the program asks for.
class FunnelText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::FunnelQueries)
};

/// SQL mapping a stage column to its funnel index (lost and unknown: -1).
QString stageIndexSql(const QString &column);
/// SQL for the highest funnel index of the opportunity aliased `o`.
QString reachedSql();
/// The condition of stage_history_backward on the history aliased `h`.
const QString &backwardSql();

/// Funnel index of a stage key; -1 for lost and unknown keys.
int stageIndex(const QString &key);
/// The stage of a key; none for an unknown key.
std::optional<Stage> stageFromKey(const QString &key);
/// A stored "YYYY-MM-DD" date; invalid for NULL, empty or malformed text.
QDate parseDate(const QString &text);

/// The period's bounds as ISO text, open ends as the smallest and largest dates.
QString lowBound(const funnel::Period &period);
QString highBound(const funnel::Period &period);

/// Number of live opportunities.
qint64 liveOpportunities(const Database &db);
/// Appends the filters on the opportunity aliased `o` to the statement.
void addFilters(Statement &statement, const FunnelFilters &filters);
/// Throws Error::Usage for an owner or team that matches no live record.
void checkFilters(const Database &db, const FunnelFilters &filters);

} // namespace funnelsql
} // namespace sb::core
