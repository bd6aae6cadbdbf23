-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v11: imports. Each import is a row of imports, with what it created in import_rows, so that it
-- can be taken back as a whole; the ids rows had in the file they came from are kept in external_ids,
-- so that importing the same file again matches them instead of adding them twice.
-- The allowed keys are an OR chain, not IN (...): see migration 007.

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind = 'deals' OR kind = 'activities'),
    imported_at TEXT NOT NULL,
    rows_read   INTEGER NOT NULL DEFAULT 0,
    imported    INTEGER NOT NULL DEFAULT 0,
    present     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE import_rows (
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind = 'deal' OR kind = 'account' OR kind = 'contact' OR kind = 'stage'
                                     OR kind = 'lost_reason' OR kind = 'touch' OR kind = 'follow_up'),
    row_id      INTEGER NOT NULL,
    PRIMARY KEY (import_id, kind, row_id)
) WITHOUT ROWID;

CREATE TABLE external_ids (
    kind        TEXT NOT NULL CHECK (kind = 'deal' OR kind = 'activity'),
    external_id TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    PRIMARY KEY (kind, external_id)
) WITHOUT ROWID;
CREATE INDEX external_ids_row ON external_ids(kind, row_id);

-- A deal deleted (by hand or by taking an import back) takes its file id with it.
CREATE TRIGGER external_ids_deal_delete AFTER DELETE ON deals BEGIN
    DELETE FROM external_ids WHERE kind = 'deal' AND row_id = old.id;
END;

-- Deals are matched by title, account and created day when the file has no ids.
CREATE INDEX deals_account_title ON deals(account_id, title);
