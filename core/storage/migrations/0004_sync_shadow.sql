-- SPDX-FileCopyrightText: SalesBench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Office sync: what this office knows about each record in each other office
-- (core/exchange/syncimport.cpp, syncexport.cpp). One row per record and peer.
--   values_json / version: the record as last received from the peer (a JSON object
--     of column → text or null); NULL when nothing was received from it yet. It is the
--     common ancestor for the three-way merge of the peer's next change.
--   known_version / known_updated_at / known_office: the stamp of this office's record
--     that the peer has or has been sent; a record whose stamp differs goes into the
--     next package for that peer. peer '' stands for packages without a destination.
CREATE TABLE sync_shadow (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    peer TEXT NOT NULL,
    values_json TEXT,
    version INTEGER,
    known_version INTEGER,
    known_updated_at TEXT,
    known_office TEXT,
    PRIMARY KEY (table_name, record_id, peer)
);
CREATE INDEX sync_shadow_peer ON sync_shadow(peer, table_name);
