-- SPDX-FileCopyrightText: SalesBench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: every entity of the product.
-- Conventions: id TEXT (UUID) primary key; natural key unique among live rows;
-- created_at / updated_at UTC ISO 8601 with milliseconds; updated_by_office;
-- version (incremented on each write, for office sync); deleted (tombstone).
-- Money: INTEGER minor units. Prices: INTEGER ten-thousandths. Rates: basis points.
-- Dates: TEXT YYYY-MM-DD. Statements end with a semicolon at the end of a line.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_team_id TEXT REFERENCES teams(id),
    region TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX teams_code ON teams(code) WHERE deleted = 0;

CREATE TABLE commission_plans (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'whole' CHECK (mode IN ('whole', 'progressive')),
    quarter_bonus_months_pct INTEGER NOT NULL DEFAULT 100,
    satisfaction_bonus_bp INTEGER NOT NULL DEFAULT 500,
    satisfaction_csat_threshold_bp INTEGER NOT NULL DEFAULT 8500,
    team_pool_bp INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX commission_plans_code ON commission_plans(code) WHERE deleted = 0;

CREATE TABLE commission_tiers (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES commission_plans(id),
    lower_bound_bp INTEGER NOT NULL CHECK (lower_bound_bp >= 0),
    rate_bp INTEGER NOT NULL CHECK (rate_bp >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX commission_tiers_key ON commission_tiers(plan_id, lower_bound_bp) WHERE deleted = 0;

CREATE TABLE reps (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    team_id TEXT REFERENCES teams(id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    base_pay INTEGER NOT NULL DEFAULT 0,
    commission_plan_id TEXT REFERENCES commission_plans(id),
    hired_on TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX reps_code ON reps(code) WHERE deleted = 0;
CREATE INDEX reps_team ON reps(team_id);

CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('direct', 'agent', 'distributor', 'online_store', 'ecommerce')),
    share_model TEXT NOT NULL DEFAULT 'fixed' CHECK (share_model IN ('fixed', 'tiered', 'product_line')),
    partner_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX channels_code ON channels(code) WHERE deleted = 0;

-- fixed: one rule with product_line '' and min_volume 0; tiered: rules by min_volume;
-- product_line: one rule per product line.
CREATE TABLE channel_share_rules (
    id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL REFERENCES channels(id),
    product_line TEXT NOT NULL DEFAULT '',
    min_volume INTEGER NOT NULL DEFAULT 0,
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX channel_share_rules_key ON channel_share_rules(channel_id, product_line, min_volume) WHERE deleted = 0;

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    size_band TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    channel_id TEXT REFERENCES channels(id),
    owner_rep_id TEXT REFERENCES reps(id),
    decision_maker TEXT NOT NULL DEFAULT '',
    decision_maker_title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    lifecycle_stage TEXT NOT NULL DEFAULT 'acquisition'
        CHECK (lifecycle_stage IN ('acquisition', 'conversion', 'delivery', 'retention', 'deepening')),
    customer_type TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX customers_code ON customers(code) WHERE deleted = 0;
CREATE INDEX customers_owner ON customers(owner_rep_id);
CREATE INDEX customers_name ON customers(name);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_decision_maker INTEGER NOT NULL DEFAULT 0 CHECK (is_decision_maker IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX contacts_code ON contacts(code) WHERE deleted = 0;
CREATE INDEX contacts_customer ON contacts(customer_id);

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    product_line TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
    unit_cost INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
    stock_on_hand INTEGER NOT NULL DEFAULT 0,
    safety_stock INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
    lead_time_days INTEGER NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX products_sku ON products(sku) WHERE deleted = 0;

CREATE TABLE lost_reasons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX lost_reasons_name ON lost_reasons(name) WHERE deleted = 0;

CREATE TABLE opportunities (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    title TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    products_needed TEXT NOT NULL DEFAULT '',
    competitors TEXT NOT NULL DEFAULT '',
    owner_rep_id TEXT REFERENCES reps(id),
    created_on TEXT NOT NULL,
    expected_close TEXT,
    stage TEXT NOT NULL DEFAULT 'initial_contact'
        CHECK (stage IN ('initial_contact', 'needs_confirmed', 'proposal', 'negotiation', 'won', 'lost')),
    probability INTEGER NOT NULL DEFAULT 10 CHECK (probability BETWEEN 0 AND 100),
    lost_reason TEXT NOT NULL DEFAULT '',
    lost_competitor TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    lead_source_score INTEGER,
    lead_need_score INTEGER,
    lead_budget_score INTEGER,
    lead_intent_score INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX opportunities_code ON opportunities(code) WHERE deleted = 0;
CREATE INDEX opportunities_customer ON opportunities(customer_id);
CREATE INDEX opportunities_created ON opportunities(created_on);
CREATE INDEX opportunities_owner ON opportunities(owner_rep_id);

-- Append-only: rows are never updated or removed except by undoing the change itself.
CREATE TABLE stage_history (
    id TEXT PRIMARY KEY,
    opportunity_id TEXT NOT NULL REFERENCES opportunities(id),
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX stage_history_key ON stage_history(opportunity_id, changed_at, to_stage) WHERE deleted = 0;
CREATE INDEX stage_history_changed ON stage_history(changed_on);

CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    opportunity_id TEXT REFERENCES opportunities(id),
    rep_id TEXT REFERENCES reps(id),
    kind TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'email', 'proposal', 'meeting')),
    activity_date TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX activities_code ON activities(code) WHERE deleted = 0;
CREATE INDEX activities_customer ON activities(customer_id, activity_date);
CREATE INDEX activities_opportunity ON activities(opportunity_id);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    opportunity_id TEXT REFERENCES opportunities(id),
    owner_rep_id TEXT REFERENCES reps(id),
    channel_id TEXT REFERENCES channels(id),
    order_date TEXT NOT NULL,
    sign_date TEXT,
    contract_amount INTEGER CHECK (contract_amount IS NULL OR contract_amount >= 0),
    amount INTEGER NOT NULL DEFAULT 0,
    payment_terms TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'confirmed', 'delivered', 'closed', 'cancelled')),
    delivery_status TEXT NOT NULL DEFAULT 'pending',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX orders_number ON orders(number) WHERE deleted = 0;
-- Covering index for revenue by customer over a date range (ABC, KPIs).
CREATE INDEX orders_revenue ON orders(order_date, status, customer_id, amount);
CREATE INDEX orders_customer ON orders(customer_id);

CREATE TABLE order_lines (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(id),
    line_no INTEGER NOT NULL CHECK (line_no > 0),
    product_id TEXT REFERENCES products(id),
    quantity INTEGER NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    amount INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX order_lines_key ON order_lines(order_id, line_no) WHERE deleted = 0;
CREATE INDEX order_lines_product ON order_lines(product_id);

CREATE TABLE contract_checks (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(id),
    point TEXT NOT NULL CHECK (point IN ('payment_terms', 'delivery_acceptance', 'ip_ownership', 'liability', 'termination')),
    state TEXT NOT NULL DEFAULT 'unchecked' CHECK (state IN ('unchecked', 'confirmed', 'flagged')),
    note TEXT NOT NULL DEFAULT '',
    checked_by TEXT NOT NULL DEFAULT '',
    checked_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX contract_checks_key ON contract_checks(order_id, point) WHERE deleted = 0;

-- scope_kind: company, team, rep, product_line, customer_type, region;
-- period: 2025, 2025-Q1, 2025-03 or 2025-W10.
CREATE TABLE targets (
    id TEXT PRIMARY KEY,
    period TEXT NOT NULL,
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('company', 'team', 'rep', 'product_line', 'customer_type', 'region')),
    scope_key TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL CHECK (amount >= 0),
    parent_id TEXT REFERENCES targets(id),
    weight_bp INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX targets_key ON targets(period, scope_kind, scope_key) WHERE deleted = 0;

CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    category TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL,
    first_response_at TEXT,
    resolved_at TEXT,
    first_contact_resolution INTEGER CHECK (first_contact_resolution IN (0, 1)),
    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    ces INTEGER CHECK (ces BETWEEN 1 AND 5),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX tickets_number ON tickets(number) WHERE deleted = 0;
CREATE INDEX tickets_customer ON tickets(customer_id);
CREATE INDEX tickets_opened ON tickets(opened_at);

CREATE TABLE promotions (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('price_cut', 'spend_save', 'gift', 'bundle', 'flash_sale')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    budget INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0),
    cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    calendar_node TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (end_date >= start_date)
);
CREATE UNIQUE INDEX promotions_code ON promotions(code) WHERE deleted = 0;

CREATE TABLE promotion_products (
    id TEXT PRIMARY KEY,
    promotion_id TEXT NOT NULL REFERENCES promotions(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX promotion_products_key ON promotion_products(promotion_id, product_id) WHERE deleted = 0;

-- Sales and marketing cost per period (for CAC).
CREATE TABLE period_costs (
    id TEXT PRIMARY KEY,
    period TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT 'sales_marketing',
    amount INTEGER NOT NULL CHECK (amount >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_office TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX period_costs_key ON period_costs(period, category) WHERE deleted = 0;

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    office TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'override')),
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_record ON audit_log(entity, record_id);

-- One row per other office this workspace exchanges packages with.
CREATE TABLE sync_peers (
    office_id TEXT PRIMARY KEY,
    last_sent_seq INTEGER NOT NULL DEFAULT 0,
    last_sent_at TEXT,
    last_received_seq INTEGER NOT NULL DEFAULT 0,
    last_received_at TEXT
);

CREATE TABLE sync_conflicts (
    seq INTEGER PRIMARY KEY,
    detected_at TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT,
    remote_value TEXT,
    winner_office TEXT NOT NULL,
    package TEXT NOT NULL DEFAULT '',
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1))
);

-- Imports, for the import log and undo of the last import.
CREATE TABLE import_runs (
    seq INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    file_name TEXT NOT NULL,
    inserted INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);

CREATE TABLE import_changes (
    seq INTEGER PRIMARY KEY,
    run_seq INTEGER NOT NULL REFERENCES import_runs(seq),
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
    previous_json TEXT
);
CREATE INDEX import_changes_run ON import_changes(run_seq);
