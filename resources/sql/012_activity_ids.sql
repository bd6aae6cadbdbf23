-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v12: the file ids of imported activities kept by what they became, a touch or a follow-up (the
-- two may share a row id, so one kind "activity" could not say which row an id belongs to), and each
-- dropped with its row, as a deal's is. No "activity" ids were written before this version.
-- An import can be taken back: imports.undone_at says when, and import_updates keeps what a deal
-- matched with --update held before, to be given back.
-- The allowed keys are an OR chain, not IN (...): see migration 007.

DROP TRIGGER external_ids_deal_delete;
DROP INDEX external_ids_row;
CREATE TABLE external_ids_v12 (
    kind        TEXT NOT NULL CHECK (kind = 'deal' OR kind = 'touch' OR kind = 'follow_up'),
    external_id TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    PRIMARY KEY (kind, external_id)
) WITHOUT ROWID;
INSERT INTO external_ids_v12 (kind, external_id, row_id)
    SELECT kind, external_id, row_id FROM external_ids WHERE kind = 'deal';
DROP TABLE external_ids;
ALTER TABLE external_ids_v12 RENAME TO external_ids;
CREATE INDEX external_ids_row ON external_ids(kind, row_id);

CREATE TRIGGER external_ids_deal_delete AFTER DELETE ON deals BEGIN
    DELETE FROM external_ids WHERE kind = 'deal' AND row_id = old.id;
END;
CREATE TRIGGER external_ids_touch_delete AFTER DELETE ON touches BEGIN
    DELETE FROM external_ids WHERE kind = 'touch' AND row_id = old.id;
END;
CREATE TRIGGER external_ids_follow_up_delete AFTER DELETE ON follow_ups BEGIN
    DELETE FROM external_ids WHERE kind = 'follow_up' AND row_id = old.id;
END;

ALTER TABLE imports ADD COLUMN undone_at TEXT;
CREATE TABLE import_updates (
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    deal_id     INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    value_minor INTEGER NOT NULL,
    currency    TEXT NOT NULL,
    owner       TEXT NOT NULL,
    PRIMARY KEY (import_id, deal_id)
) WITHOUT ROWID;
CREATE INDEX import_updates_deal ON import_updates(deal_id);
