// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

// Revenue (product.md, architecture.md): the amounts of live orders (deleted = 0)
// whose status is confirmed, delivered or closed, dated by order_date. The amount
// is orders.amount, which every write path keeps equal to the sum of the order's
// lines (or the contract amount for an order without lines), so these queries read
// one index entry per order and never touch order_lines.

/// Every live customer with its revenue over [from, to] (both inclusive; an
/// invalid date leaves that end open), 0 for customers without revenue, ordered by code.
QList<abc::CustomerRevenue> customerRevenue(const Database &db, QDate from, QDate to);

/// Customer id → ABC class over [from, to], for the customer list's filter and exports.
QHash<QString, abc::Class> customerClasses(const Database &db, QDate from, QDate to,
                                           abc::Thresholds thresholds = {},
                                           abc::Method method = abc::Method::Revenue);

/// SQLite's plan for customerRevenue(), one line per step (EXPLAIN QUERY PLAN
/// details), for tests and performance diagnostics.
QStringList customerRevenuePlan(const Database &db);

} // namespace sb::core
