// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/funnel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// Optional narrowing of the funnel queries; empty fields do not filter.
struct FunnelFilters
{
    QString owner; ///< sales rep id or code
    QString team; ///< team id or code; its sub-teams are included
    QString source; ///< opportunity source, exact
    /// Product line, exact. A deal belongs to a line when its products_needed names
    /// a live product of that line: the product's name or SKU appears in the text,
    /// Latin letters compared without case. A deal naming products of several
    /// lines belongs to each of them.
    QString productLine{};

    bool isEmpty() const
    {
        return owner.isEmpty() && team.isEmpty() && source.isEmpty() && productLine.isEmpty();
    }
};

/// What the command-line funnel prints, aggregated in SQL.
struct FunnelCounts
{
    funnel::ReachTally reach; ///< cohort (created in the period) by highest stage reached
    bool hasAmounts = false; ///< reach.amount is filled (only when asked for)
    funnel::WinRate winRate; ///< deals closed in the period
    funnel::SalesCycle cycle; ///< won deals closed in the period
    bool wholeBook = false; ///< answered by the whole-book path (see funnelqueries.cpp)
};

/// Funnel counts over live opportunities: the fast path for the CLI. `period`
/// bounds the cohort (created_on) and the closings (closed_on); an invalid bound
/// is open. Equals the pure functions of core/analytics/funnel.h on the facts
/// loadFunnelFacts() returns. Throws Error::Usage for an unknown owner, team or
/// product line.
FunnelCounts funnelCounts(const Database &db, const funnel::Period &period, const FunnelFilters &filters = {},
                          bool withAmounts = false);

/// Facts of every live opportunity that was open at some time in `window`
/// (created on or before its end, not closed before its start), with its live
/// stage history and first/last activity dates, ordered by creation date and
/// code: the input of every pure funnel and pipeline analysis.
QList<funnel::OpportunityFacts> loadFunnelFacts(const Database &db, const funnel::Period &window,
                                                const FunnelFilters &filters = {});

/// The customer and amount of a deal, for the lists that name deals.
struct DealCustomer
{
    QString customer; ///< the customer's name
    Money amount = 0;
};

/// Opportunity id → its customer and amount, for the given ids (unknown ids are absent).
QHash<QString, DealCustomer> dealCustomers(const Database &db, const QStringList &ids);

/// The product lines of live products, sorted: the choices of FunnelFilters::productLine.
QStringList funnelProductLines(const Database &db);

/// SQLite's plans of the whole-book path's statements (EXPLAIN QUERY PLAN
/// details), for tests and performance diagnostics.
QStringList funnelCountsPlan(const Database &db);

} // namespace sb::core
