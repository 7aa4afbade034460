-- SPDX-FileCopyrightText: SalesBench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: indexes for the sales funnel (core/storage/funnelqueries.cpp).
-- All partial, so they cost nothing for tombstones and leave other queries alone.

-- Live deals by stage, with what the funnel counts read: one narrow entry per deal.
CREATE INDEX opportunities_funnel ON opportunities(stage, created_on, closed_on, amount) WHERE deleted = 0;

-- The few tombstoned deals, whose history stays live.
CREATE INDEX opportunities_tombstones ON opportunities(id) WHERE deleted = 1;

-- Lost rows by the stage the deal was lost from.
CREATE INDEX stage_history_lost ON stage_history(from_stage) WHERE deleted = 0 AND to_stage = 'lost';

-- Backward moves between open stages (rare). The WHERE must stay identical to the
-- condition in funnelqueries.cpp, or SQLite will not use the index.
CREATE INDEX stage_history_backward ON stage_history(opportunity_id) WHERE deleted = 0 AND ((from_stage = 'needs_confirmed' AND to_stage = 'initial_contact') OR (from_stage = 'proposal' AND to_stage IN ('initial_contact', 'needs_confirmed')) OR (from_stage = 'negotiation' AND to_stage IN ('initial_contact', 'needs_confirmed', 'proposal')));
