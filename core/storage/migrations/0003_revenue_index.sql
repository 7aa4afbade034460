-- SPDX-FileCopyrightText: SalesBench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: revenue queries read only live orders; a partial covering
-- index lets them answer from the index alone (ABC, KPIs over a date range).
DROP INDEX orders_revenue;
CREATE INDEX orders_revenue ON orders(order_date, status, customer_id, amount) WHERE deleted = 0;
