-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ripen schema v1: the whole mission, so later versions add columns, not redesigns.
-- Dates are ISO-8601 text, money is integer minor units plus an ISO 4217 code.

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    industry    TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    parent_id   INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX accounts_name ON accounts(name COLLATE NOCASE);
CREATE INDEX accounts_parent ON accounts(parent_id);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    job_title   TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT 'other'
                CHECK (role IN ('decision_maker', 'champion', 'influencer', 'gatekeeper', 'user', 'other')),
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE stages (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    rot_days    INTEGER NOT NULL DEFAULT 14 CHECK (rot_days >= 0),
    -- A removed stage is archived, not deleted: the stage history still names it.
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX stages_position ON stages(position);

CREATE TABLE lost_reasons (
    id              INTEGER PRIMARY KEY,
    label           TEXT NOT NULL CHECK (length(trim(label)) > 0),
    meaning         TEXT NOT NULL
                    CHECK (meaning IN ('approach', 'value', 'timing', 'competitor', 'ghosted', 'reflex')),
    reengage_days   INTEGER NOT NULL CHECK (reengage_days >= 0),
    position        INTEGER NOT NULL DEFAULT 0,
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE deals (
    id                  INTEGER PRIMARY KEY,
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    account_id          INTEGER NOT NULL REFERENCES accounts(id),
    contact_id          INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    value_minor         INTEGER NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
    currency            TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    stage_id            INTEGER NOT NULL REFERENCES stages(id),
    position            INTEGER NOT NULL DEFAULT 0,
    owner               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    won_on              TEXT,
    lost_on             TEXT,
    lost_reason_id      INTEGER REFERENCES lost_reasons(id),
    failed_commitment   TEXT NOT NULL DEFAULT 'none'
                        CHECK (failed_commitment IN ('none', 'first_meeting', 'discovery', 'proposal')),
    competitor          TEXT NOT NULL DEFAULT '',
    lost_note           TEXT NOT NULL DEFAULT '',
    reengage_on         TEXT,
    CHECK (status <> 'won' OR won_on IS NOT NULL),
    CHECK (status <> 'lost' OR (lost_on IS NOT NULL AND lost_reason_id IS NOT NULL AND reengage_on IS NOT NULL))
);
CREATE INDEX deals_stage_position ON deals(stage_id, position, id);
-- Covers the board's column totals (count and value per stage and currency) without table reads.
CREATE INDEX deals_stage_value ON deals(stage_id, currency, value_minor);
CREATE INDEX deals_owner ON deals(owner);
CREATE INDEX deals_account ON deals(account_id);
CREATE INDEX deals_contact ON deals(contact_id);
CREATE INDEX deals_status_reengage ON deals(status, reengage_on);
CREATE INDEX deals_lost_on ON deals(lost_on) WHERE lost_on IS NOT NULL;

CREATE TABLE touches (
    id           INTEGER PRIMARY KEY,
    deal_id      INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    channel      TEXT NOT NULL
                 CHECK (channel IN ('call', 'voicemail', 'email', 'linkedin', 'handwritten_note',
                                    'package', 'drop_in', 'referral', 'meeting', 'event_invite')),
    occurred_at  TEXT NOT NULL,
    outcome      TEXT NOT NULL
                 CHECK (outcome IN ('no_answer', 'conversation', 'no', 'not_now', 'meeting_booked', 'yes')),
    value_kind   TEXT NOT NULL DEFAULT 'none'
                 CHECK (value_kind IN ('none', 'insight', 'white_paper', 'invitation', 'referral', 'idea')),
    value_text   TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX touches_deal_time ON touches(deal_id, occurred_at);
CREATE INDEX touches_contact ON touches(contact_id);

CREATE TABLE follow_ups (
    id                  INTEGER PRIMARY KEY,
    deal_id             INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    contact_id          INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    due_on              TEXT NOT NULL,
    channel             TEXT NOT NULL
                        CHECK (channel IN ('call', 'voicemail', 'email', 'linkedin', 'handwritten_note',
                                           'package', 'drop_in', 'referral', 'meeting', 'event_invite')),
    planned_value_kind  TEXT NOT NULL DEFAULT 'none'
                        CHECK (planned_value_kind IN ('none', 'insight', 'white_paper', 'invitation', 'referral', 'idea')),
    planned_value       TEXT NOT NULL DEFAULT '',
    cadence             TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT '',
    done_touch_id       INTEGER REFERENCES touches(id) ON DELETE SET NULL,
    done_on             TEXT
);
CREATE INDEX follow_ups_deal_due ON follow_ups(deal_id, due_on);
CREATE INDEX follow_ups_open_due ON follow_ups(due_on) WHERE done_on IS NULL;
CREATE INDEX follow_ups_contact ON follow_ups(contact_id);
CREATE INDEX follow_ups_touch ON follow_ups(done_touch_id);

CREATE TABLE stage_history (
    id              INTEGER PRIMARY KEY,
    deal_id         INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage_id   INTEGER REFERENCES stages(id),
    to_stage_id     INTEGER NOT NULL REFERENCES stages(id),
    changed_at      TEXT NOT NULL
);
CREATE INDEX stage_history_deal ON stage_history(deal_id, changed_at);
CREATE INDEX stage_history_from ON stage_history(from_stage_id);
CREATE INDEX stage_history_to ON stage_history(to_stage_id);
