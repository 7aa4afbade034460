// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace sb::core {

class Database;

/// Options of the trainer demo: the same seed and today give the same data.
struct DemoOptions
{
    quint64 seed = 20250301;
    QDate today = QDate::currentDate();
    /// Scale by name: small (≈300 customers), medium (≈5 000), large (≈50 000
    /// customers, 200 000 opportunities, 1 000 000 order lines).
    QString scale = QStringLiteral("small");
    /// When set, overrides the order-line count of the scale ("N-orders" on the CLI).
    std::optional<qint64> orderLines;
};

/// Counts of what was generated, for the CLI and the UI to report.
struct DemoSummary
{
    qint64 customers = 0;
    qint64 opportunities = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 tickets = 0;
};

/// Progress callback: done and total steps; returning false cancels (nothing is kept).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

/// Fills an empty workspace with realistic, deterministic demo data. Throws
/// Error::Data when the workspace already holds business data (customers, orders
/// or any other table the demo fills) and Error::Usage for an unknown scale or an
/// invalid today. Everything is written in one transaction and streamed (the large
/// scale never sits in memory); when the progress callback returns false the
/// transaction is rolled back and Error::Data ("cancelled") is thrown, so a cancel
/// or a failure leaves the workspace as it was. Sets the settings office_id
/// DEMO0001, number_prefix DEMO, is_demo 1, demo_seed, demo_today and demo_scale.
DemoSummary generateDemo(Database &db, const DemoOptions &options, const DemoProgress &progress = {});

/// True when the scale name is known (small, medium, large) or has the form N-orders.
bool isValidDemoScale(const QString &scale);

} // namespace sb::core
