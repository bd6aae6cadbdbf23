-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5: the follow-ups of one cadence share a series: the touch that heard the "not now" they
-- answer. The timeline and the agenda show them as one plan; undoing that touch takes them back.

ALTER TABLE follow_ups ADD COLUMN series_id INTEGER REFERENCES touches(id) ON DELETE SET NULL;
CREATE INDEX follow_ups_series ON follow_ups(series_id) WHERE series_id IS NOT NULL;

-- Preferences of this pipeline, as text by key: the nuisance guard's minimum days between touches to
-- one contact ('min_contact_gap_days'). A key that is not here has its default.
CREATE TABLE preferences (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
