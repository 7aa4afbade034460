// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The steps of the demo generator, in the order generateDemo() runs them.
// Each writes one group of tables and leaves in the context what later steps need.
namespace sb::core::demo {

struct DemoContext;

/// Lost reasons, channels with their revenue-share rules, commission plans, teams and reps.
void writeOrganisation(DemoContext &ctx);
/// Products across the product lines, promotions of the yearly calendar and their products.
void writeCatalog(DemoContext &ctx);
/// Customers (Pareto-shaped buying power, regions, industries) and their contacts.
void writeCustomers(DemoContext &ctx);
/// Opportunities with their full stage history and the activities around them.
void writePipeline(DemoContext &ctx);
/// Orders with lines (or a contract amount) and contract checks, month by month.
void writeOrders(DemoContext &ctx);
/// Service tickets with response and resolution times and survey answers.
void writeService(DemoContext &ctx);
/// Targets (company, team, rep by year, quarter and month) and sales and marketing costs.
void writePlanning(DemoContext &ctx);
/// What depends on the orders: stock levels, customer lifecycle stages, account visits.
void writeFollowUps(DemoContext &ctx);

} // namespace sb::core::demo
