// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/demowriter.h"

#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitebulkstatement.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb::core {

namespace {

// One statement per DemoRow, in its order.
constexpr const char *kSql[] = {
    // LostReason
    "INSERT INTO lost_reasons (id, name, sort_order, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    // Channel
    "INSERT INTO channels (id, code, name, type, share_model, partner_name, created_at, updated_at, "
    "updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // ChannelShareRule
    "INSERT INTO channel_share_rules (id, channel_id, product_line, min_volume, rate_bp, created_at, "
    "updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    // CommissionPlan
    "INSERT INTO commission_plans (id, code, name, mode, quarter_bonus_months_pct, satisfaction_bonus_bp, "
    "satisfaction_csat_threshold_bp, team_pool_bp, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // CommissionTier
    "INSERT INTO commission_tiers (id, plan_id, lower_bound_bp, rate_bp, created_at, updated_at, "
    "updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?)",
    // Team
    "INSERT INTO teams (id, code, name, parent_team_id, region, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    // Rep
    "INSERT INTO reps (id, code, name, team_id, email, phone, base_pay, commission_plan_id, hired_on, "
    "active, created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Product
    "INSERT INTO products (id, sku, name, product_line, unit_price, unit_cost, stock_on_hand, "
    "safety_stock, lead_time_days, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Promotion
    "INSERT INTO promotions (id, code, name, type, start_date, end_date, budget, cost, calendar_node, "
    "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // PromotionProduct
    "INSERT INTO promotion_products (id, promotion_id, product_id, created_at, updated_at, "
    "updated_by_office) VALUES (?, ?, ?, ?, ?, ?)",
    // Customer
    "INSERT INTO customers (id, code, name, industry, size_band, region, city, channel_id, owner_rep_id, "
    "decision_maker, decision_maker_title, phone, email, source, lifecycle_stage, customer_type, notes, "
    "created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Contact
    "INSERT INTO contacts (id, code, customer_id, name, title, phone, email, is_decision_maker, notes, "
    "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Opportunity
    "INSERT INTO opportunities (id, code, customer_id, title, source, amount, products_needed, "
    "competitors, owner_rep_id, created_on, expected_close, stage, probability, lost_reason, "
    "lost_competitor, closed_on, lead_source_score, lead_need_score, lead_budget_score, "
    "lead_intent_score, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // StageHistory
    "INSERT INTO stage_history (id, opportunity_id, from_stage, to_stage, changed_at, changed_on, "
    "changed_by, created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Activity
    "INSERT INTO activities (id, code, customer_id, opportunity_id, rep_id, kind, activity_date, "
    "summary, next_step, next_step_date, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Order
    "INSERT INTO orders (id, number, customer_id, opportunity_id, owner_rep_id, channel_id, order_date, "
    "sign_date, contract_amount, amount, payment_terms, status, delivery_status, notes, created_at, "
    "updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // OrderLine
    "INSERT INTO order_lines (id, order_id, line_no, product_id, quantity, unit_price, discount_bp, "
    "amount, created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // ContractCheck
    "INSERT INTO contract_checks (id, order_id, point, state, note, checked_by, checked_at, created_at, "
    "updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Ticket
    "INSERT INTO tickets (id, number, customer_id, category, opened_at, first_response_at, resolved_at, "
    "first_contact_resolution, csat, nps, ces, status, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // Target
    "INSERT INTO targets (id, period, scope_kind, scope_key, amount, parent_id, weight_bp, created_at, "
    "updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // PeriodCost
    "INSERT INTO period_costs (id, period, category, amount, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    // ProductStock
    "UPDATE products SET stock_on_hand = ?, safety_stock = ?, updated_at = ? WHERE id = ?",
    // CustomerLifecycle
    "UPDATE customers SET lifecycle_stage = ?, updated_at = ? WHERE id = ?",
    // AccountVisit
    "INSERT INTO activities (id, code, customer_id, opportunity_id, rep_id, kind, activity_date, "
    "summary, next_step, next_step_date, created_at, updated_at, updated_by_office) "
    "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, '', NULL, ?, ?, ?)",
};

QString failureText(SqliteStatement::Phase phase, const QString &detail)
{
    const char *what = phase == SqliteStatement::Phase::Prepare ? "prepare"
        : phase == SqliteStatement::Phase::Bind                 ? "bind"
                                                                : "write";
    return QCoreApplication::translate("sb::core::Demo", "Cannot %1 demo data: %2")
        .arg(QString::fromLatin1(what), detail);
}

} // namespace

static_assert(std::size(kSql) == std::size_t(DemoRow::AccountVisit) + 1, "one statement per DemoRow");

DemoWriter::DemoWriter(const Database &db) : m_db(db) { }

DemoWriter::~DemoWriter() = default;

SqliteBulkStatement &DemoWriter::row(DemoRow kind)
{
    std::unique_ptr<SqliteBulkStatement> &statement = m_rows[std::size_t(kind)];
    if (!statement)
        statement = std::make_unique<SqliteBulkStatement>(m_db, kSql[std::size_t(kind)], &failureText,
                                                          "Demo statement");
    return *statement;
}

bool DemoWriter::canWrite(const Database &db)
{
    return db.handle() != nullptr;
}

const QStringList &DemoWriter::tables()
{
    static const QStringList tables = {
        QStringLiteral("lost_reasons"),
        QStringLiteral("channels"),
        QStringLiteral("channel_share_rules"),
        QStringLiteral("commission_plans"),
        QStringLiteral("commission_tiers"),
        QStringLiteral("teams"),
        QStringLiteral("reps"),
        QStringLiteral("products"),
        QStringLiteral("promotions"),
        QStringLiteral("promotion_products"),
        QStringLiteral("customers"),
        QStringLiteral("contacts"),
        QStringLiteral("opportunities"),
        QStringLiteral("stage_history"),
        QStringLiteral("activities"),
        QStringLiteral("orders"),
        QStringLiteral("order_lines"),
        QStringLiteral("contract_checks"),
        QStringLiteral("tickets"),
        QStringLiteral("targets"),
        QStringLiteral("period_costs"),
    };
    return tables;
}

bool DemoWriter::holdsData(const Database &db)
{
    for (const QString &table : tables()) {
        // The table names are the constants above, never input.
        QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        Database::exec(q, QCoreApplication::translate("sb::core::Demo", "check the workspace"));
        if (q.next())
            return true;
    }
    return false;
}

} // namespace sb::core
