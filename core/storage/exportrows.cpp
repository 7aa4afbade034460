// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/exportrows.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QList>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Exporter" context, spelled ExporterText::tr() so that
/// lupdate files them under the context the program asks for.
class ExporterText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Exporter)
};

struct Query
{
    const char16_t *entity;
    int columns;
    const char *sql; // fixed text: no values are ever built into it
};

// Each query returns the columns of the entity's export, in order. References use natural keys.
const QList<Query> &queries()
{
    static const QList<Query> list = {
        {u"customers", 17,
         "SELECT c.id, c.code, c.name, c.industry, c.size_band, c.region, c.city, ch.code, r.code, "
         "c.decision_maker, c.decision_maker_title, c.phone, c.email, c.source, c.lifecycle_stage, "
         "c.customer_type, c.notes FROM customers c LEFT JOIN channels ch ON ch.id = c.channel_id "
         "LEFT JOIN reps r ON r.id = c.owner_rep_id WHERE c.deleted = 0 ORDER BY c.code"},
        {u"contacts", 9,
         "SELECT k.id, k.code, c.code, k.name, k.title, k.phone, k.email, k.is_decision_maker, k.notes "
         "FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE k.deleted = 0 ORDER BY k.code"},
        {u"activities", 10,
         "SELECT a.id, a.code, c.code, o.code, r.code, a.kind, a.activity_date, a.summary, a.next_step, "
         "a.next_step_date FROM activities a JOIN customers c ON c.id = a.customer_id "
         "LEFT JOIN opportunities o ON o.id = a.opportunity_id LEFT JOIN reps r ON r.id = a.rep_id "
         "WHERE a.deleted = 0 ORDER BY a.code"},
        {u"products", 9,
         "SELECT id, sku, name, product_line, unit_price, unit_cost, stock_on_hand, safety_stock, "
         "lead_time_days FROM products WHERE deleted = 0 ORDER BY sku"},
        {u"opportunities", 20,
         "SELECT o.id, o.code, c.code, o.title, o.source, o.amount, o.products_needed, o.competitors, "
         "r.code, "
         "o.created_on, o.expected_close, o.stage, o.probability, o.lost_reason, o.lost_competitor, "
         "o.closed_on, "
         "o.lead_source_score, o.lead_need_score, o.lead_budget_score, o.lead_intent_score "
         "FROM opportunities o JOIN customers c ON c.id = o.customer_id "
         "LEFT JOIN reps r ON r.id = o.owner_rep_id WHERE o.deleted = 0 ORDER BY o.code"},
        {u"stage-history", 7,
         "SELECT h.id, o.code, h.from_stage, h.to_stage, h.changed_at, h.changed_on, h.changed_by "
         "FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id WHERE h.deleted = 0 "
         "ORDER BY o.code, h.changed_at, h.id"},
        {u"orders", 14,
         "SELECT o.id, o.number, c.code, p.code, r.code, ch.code, o.order_date, o.sign_date, "
         "o.contract_amount, "
         "o.amount, o.payment_terms, o.status, o.delivery_status, o.notes FROM orders o "
         "JOIN customers c ON c.id = o.customer_id LEFT JOIN opportunities p ON p.id = o.opportunity_id "
         "LEFT JOIN reps r ON r.id = o.owner_rep_id LEFT JOIN channels ch ON ch.id = o.channel_id "
         "WHERE o.deleted = 0 ORDER BY o.number"},
        {u"order-lines", 8,
         "SELECT l.id, o.number, l.line_no, p.sku, l.quantity, l.unit_price, l.discount_bp, l.amount "
         "FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id "
         "WHERE l.deleted = 0 AND o.deleted = 0 ORDER BY o.number, l.line_no"},
        {u"tickets", 12,
         "SELECT t.id, t.number, c.code, t.category, t.opened_at, t.first_response_at, t.resolved_at, "
         "t.first_contact_resolution, t.csat, t.nps, t.ces, t.status FROM tickets t "
         "JOIN customers c ON c.id = t.customer_id WHERE t.deleted = 0 ORDER BY t.number"},
        {u"targets", 9,
         "SELECT t.id, t.period, t.scope_kind, t.scope_key, t.amount, p.period, p.scope_kind, p.scope_key, "
         "t.weight_bp FROM targets t LEFT JOIN targets p ON p.id = t.parent_id WHERE t.deleted = 0 "
         "ORDER BY t.period, t.scope_kind, t.scope_key"},
        {u"commission-plans", 8,
         "SELECT id, code, name, mode, quarter_bonus_months_pct, satisfaction_bonus_bp, "
         "satisfaction_csat_threshold_bp, team_pool_bp FROM commission_plans WHERE deleted = 0 ORDER BY "
         "code"},
        {u"reps", 10,
         "SELECT r.id, r.code, r.name, t.code, r.email, r.phone, r.base_pay, p.code, r.hired_on, r.active "
         "FROM reps r LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN commission_plans p "
         "ON p.id = r.commission_plan_id WHERE r.deleted = 0 ORDER BY r.code"},
        {u"teams", 5,
         "SELECT t.id, t.code, t.name, p.code, t.region FROM teams t LEFT JOIN teams p "
         "ON p.id = t.parent_team_id WHERE t.deleted = 0 ORDER BY t.code"},
        {u"channels", 6,
         "SELECT id, code, name, type, share_model, partner_name FROM channels WHERE deleted = 0 ORDER BY "
         "code"},
        {u"promotions", 9,
         "SELECT id, code, name, type, start_date, end_date, budget, cost, calendar_node FROM promotions "
         "WHERE deleted = 0 ORDER BY code"},
    };
    return list;
}

const Query *findQuery(const QString &entity)
{
    for (const Query &q : queries()) {
        if (entity == QStringView(q.entity))
            return &q;
    }
    return nullptr;
}

const char *sqlFor(const QString &entity)
{
    if (const Query *q = findQuery(entity))
        return q->sql;
    throw Error(Error::Kind::Usage,
                ExporterText::tr("Unknown entity \"%1\"; one of: %2.")
                    .arg(entity, ExportRows::entities().join(QStringLiteral(", "))));
}

} // namespace

ExportRows::ExportRows(const Database &db, const QString &entity) : m_cursor(db, sqlFor(entity), entity) { }

QStringList ExportRows::entities()
{
    QStringList names;
    for (const Query &q : queries())
        names.append(QString::fromUtf16(q.entity));
    return names;
}

int ExportRows::columnCount(const QString &entity)
{
    const Query *q = findQuery(entity);
    return q ? q->columns : 0;
}

} // namespace sb::core
