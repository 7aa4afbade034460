// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <array>
#include <memory>

namespace sb::core {

class Database;
class SqliteBulkStatement;

/// The rows the demo generator writes, one prepared statement each. The comment
/// lists the values to bind, in order; "stamps" is created_at, updated_at and
/// updated_by_office (SqliteBulkStatement::stamps).
enum class DemoRow {
    LostReason, ///< id, name, sort_order, stamps
    Channel, ///< id, code, name, type, share_model, partner_name, stamps
    ChannelShareRule, ///< id, channel_id, product_line, min_volume, rate_bp, stamps
    CommissionPlan, ///< id, code, name, mode, quarter_bonus_months_pct, satisfaction_bonus_bp,
                    ///< satisfaction_csat_threshold_bp, team_pool_bp, stamps
    CommissionTier, ///< id, plan_id, lower_bound_bp, rate_bp, stamps
    Team, ///< id, code, name, parent_team_id, region, stamps
    Rep, ///< id, code, name, team_id, email, phone, base_pay, commission_plan_id, hired_on, active, stamps
    Product, ///< id, sku, name, product_line, unit_price, unit_cost, stock_on_hand, safety_stock,
             ///< lead_time_days, stamps
    Promotion, ///< id, code, name, type, start_date, end_date, budget, cost, calendar_node, stamps
    PromotionProduct, ///< id, promotion_id, product_id, stamps
    Customer, ///< id, code, name, industry, size_band, region, city, channel_id, owner_rep_id,
              ///< decision_maker, decision_maker_title, phone, email, source, lifecycle_stage,
              ///< customer_type, notes, stamps
    Contact, ///< id, code, customer_id, name, title, phone, email, is_decision_maker, notes, stamps
    Opportunity, ///< id, code, customer_id, title, source, amount, products_needed, competitors,
                 ///< owner_rep_id, created_on, expected_close, stage, probability, lost_reason,
                 ///< lost_competitor, closed_on, lead_source_score, lead_need_score,
                 ///< lead_budget_score, lead_intent_score, stamps
    StageHistory, ///< id, opportunity_id, from_stage, to_stage, changed_at, changed_on, changed_by, stamps
    Activity, ///< id, code, customer_id, opportunity_id, rep_id, kind, activity_date, summary,
              ///< next_step, next_step_date, stamps
    Order, ///< id, number, customer_id, opportunity_id, owner_rep_id, channel_id, order_date,
           ///< sign_date, contract_amount, amount, payment_terms, status, delivery_status, notes, stamps
    OrderLine, ///< id, order_id, line_no, product_id, quantity, unit_price, discount_bp, amount, stamps
    ContractCheck, ///< id, order_id, point, state, note, checked_by, checked_at, stamps
    Ticket, ///< id, number, customer_id, category, opened_at, first_response_at, resolved_at,
            ///< first_contact_resolution, csat, nps, ces, status, stamps
    Target, ///< id, period, scope_kind, scope_key, amount, parent_id, weight_bp, stamps
    PeriodCost, ///< id, period, category, amount, stamps
    ProductStock, ///< UPDATE of a product: stock_on_hand, safety_stock, updated_at, then its id
    CustomerLifecycle, ///< UPDATE of a customer: lifecycle_stage, updated_at, then its id
    AccountVisit, ///< an activity without opportunity nor next step: id, code, customer_id, rep_id,
                  ///< kind, activity_date, summary, stamps
};

/// The storage side of the demo generator: the statements that write its rows,
/// each prepared on first use and kept until the writer goes. The generator
/// decides what to write and binds the values; this class owns the SQL. End the
/// writer before the dropped indexes are created again.
class DemoWriter final
{
public:
    explicit DemoWriter(const Database &db);
    ~DemoWriter();
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;

    /// The prepared statement that writes one row of that kind.
    SqliteBulkStatement &row(DemoRow kind);

    /// True when the workspace has the native connection the statements need.
    static bool canWrite(const Database &db);
    /// The tables a demo fills.
    static const QStringList &tables();
    /// True when any of tables() holds a row: the demo never mixes with real data.
    static bool holdsData(const Database &db);

private:
    static constexpr std::size_t kRowKinds = std::size_t(DemoRow::AccountVisit) + 1;

    const Database &m_db;
    std::array<std::unique_ptr<SqliteBulkStatement>, kRowKinds> m_rows;
};

} // namespace sb::core
