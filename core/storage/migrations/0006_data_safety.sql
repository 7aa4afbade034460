-- SPDX-FileCopyrightText: SalesBench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: what restore, undo-import and office sync need to never lose data.

-- The file says what it is: 'SBWS' in the SQLite header (application_id), so restore
-- recognises a SalesBench workspace before it touches anything.
PRAGMA application_id = 1396856659;

-- Each record's stamp (version|updated_at|updated_by_office) right after the import
-- that wrote it, and right after an undo of that import: undo-import leaves records
-- changed since alone. NULL for imports made before this version.
ALTER TABLE import_changes ADD COLUMN after_stamp TEXT;
ALTER TABLE import_changes ADD COLUMN undo_stamp TEXT;
-- Why a record was left alone by an undo (changed since, referenced since).
ALTER TABLE import_changes ADD COLUMN kept_reason TEXT;
CREATE INDEX import_changes_record ON import_changes(record_id);

-- Every package imported from another office, by its number and its random id: a
-- different package under a number already imported (the sender restored a backup
-- or copied its file) is reported instead of being taken for a repeat.
CREATE TABLE sync_received (
    office_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    package_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (office_id, sequence)
);
