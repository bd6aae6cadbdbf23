-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v13: what an activities import with --update overwrote, to be given back when the import is
-- taken back. A touch kept its outcome, value and note; a follow-up its day, planned value and note
-- (outcome is NULL for it). Each row goes with the touch or follow-up it describes, as its file id does.
-- The allowed kinds are an OR chain, not IN (...): see migration 007.

CREATE TABLE import_activity_updates (
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind = 'touch' OR kind = 'follow_up'),
    row_id      INTEGER NOT NULL,
    moment      TEXT NOT NULL,
    outcome     TEXT,
    value_kind  TEXT NOT NULL,
    value_text  TEXT NOT NULL,
    note        TEXT NOT NULL,
    PRIMARY KEY (import_id, kind, row_id)
) WITHOUT ROWID;
CREATE INDEX import_activity_updates_row ON import_activity_updates(kind, row_id);

CREATE TRIGGER import_activity_updates_touch_delete AFTER DELETE ON touches BEGIN
    DELETE FROM import_activity_updates WHERE kind = 'touch' AND row_id = old.id;
END;
CREATE TRIGGER import_activity_updates_follow_up_delete AFTER DELETE ON follow_ups BEGIN
    DELETE FROM import_activity_updates WHERE kind = 'follow_up' AND row_id = old.id;
END;
