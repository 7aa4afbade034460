-- SPDX-FileCopyrightText: SalesBench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: full indexes on child columns whose only index so far was
-- partial. Foreign-key checks (and undoing an import, which removes the rows it
-- created) cannot use a partial index and would scan the whole child table.
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX contract_checks_order ON contract_checks(order_id);
CREATE INDEX stage_history_opportunity ON stage_history(opportunity_id);
CREATE INDEX commission_tiers_plan ON commission_tiers(plan_id);
CREATE INDEX channel_share_rules_channel ON channel_share_rules(channel_id);
CREATE INDEX promotion_products_promotion ON promotion_products(promotion_id);
CREATE INDEX promotion_products_product ON promotion_products(product_id);
CREATE INDEX targets_parent ON targets(parent_id);
CREATE INDEX teams_parent ON teams(parent_team_id);
