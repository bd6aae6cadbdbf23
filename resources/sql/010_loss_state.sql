-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v10: what the lost-deal review asks of every loss, kept on the loss by triggers, so that
-- listing, ordering and counting the lost deals of a year reads the losses alone, and their deals only
-- for the rows shown (a lookup of each loss's deal, touches, follow-ups and moves was 0.5 s for 28,000
-- losses at 100,000 deals).
--   touches_after: the deal's touches on a later day than the loss ("touches since the loss"; a touch
--     on the day of the "no" is part of the loss). A touch "on a later day" compares text:
--     'YYYY-MM-DDTHH:MM:SS' > 'YYYY-MM-DDU' exactly for the days after.
--   reengaged: 1 once the deal has moved from a Lost stage to an open one after the loss: after the
--     loss's own move into Lost (history_id), or, for a loss without that move, on its day or later.
--   latest: 1 for the deal's newest loss (its greatest id), the one the list of lost deals shows.
--   deal_status, won_on, currency, value_minor, open_follow_ups: the deal's, as they are now (won_on
--     only while it is won).
-- And on each won deal what the review's histograms count: deals.won_attempts, its touches up to the
-- end of its win day, and deals.won_nos, those of them that heard "no" or "not now" (0 while not won).

ALTER TABLE losses ADD COLUMN touches_after INTEGER NOT NULL DEFAULT 0;
ALTER TABLE losses ADD COLUMN reengaged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE losses ADD COLUMN latest INTEGER NOT NULL DEFAULT 0;
ALTER TABLE losses ADD COLUMN deal_status TEXT NOT NULL DEFAULT 'lost';
ALTER TABLE losses ADD COLUMN won_on TEXT;
ALTER TABLE losses ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';
ALTER TABLE losses ADD COLUMN value_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE losses ADD COLUMN open_follow_ups INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN won_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN won_nos INTEGER NOT NULL DEFAULT 0;

UPDATE losses SET touches_after = (SELECT count(*) FROM touches t
    WHERE t.deal_id = losses.deal_id AND t.occurred_at > losses.lost_on || 'U');

UPDATE losses SET reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = losses.deal_id
    AND (CASE WHEN losses.history_id IS NULL THEN h.changed_at > losses.lost_on ELSE h.id > losses.history_id END)
    AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
    AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'));

UPDATE losses SET latest = (id = (SELECT max(x.id) FROM losses x WHERE x.deal_id = losses.deal_id)),
    (deal_status, won_on, currency, value_minor) = (SELECT d.status, CASE WHEN d.status = 'won' THEN d.won_on END,
        d.currency, d.value_minor FROM deals d WHERE d.id = losses.deal_id),
    open_follow_ups = (SELECT count(*) FROM follow_ups f WHERE f.deal_id = losses.deal_id AND f.done_on IS NULL);

UPDATE deals SET
    won_attempts = (SELECT count(*) FROM touches t WHERE t.deal_id = deals.id AND t.occurred_at < deals.won_on || 'U'),
    won_nos = (SELECT count(*) FROM touches t WHERE t.deal_id = deals.id AND t.occurred_at < deals.won_on || 'U'
        AND (t.outcome = 'no' OR t.outcome = 'not_now'))
    WHERE status = 'won';

-- The review's months: every figure it sums is in this index, so it reads nothing else but the reasons.
DROP INDEX losses_lost_on;
CREATE INDEX losses_review ON losses(lost_on, reason_id, currency, value_minor, reengaged, touches_after, won_on);
-- The list of lost deals: its window, and what orders it and counts it by state.
CREATE INDEX losses_list ON losses(latest, lost_on, deal_status, touches_after, open_follow_ups, reengage_on,
    deal_id);

-- A deal's touches in order (id breaks ties) with their outcome and value: counting a won deal's "no"s
-- and attempts (the review's histograms) and a card's touches, last value touch and last reply read the
-- index alone.
DROP INDEX touches_deal_time;
CREATE INDEX touches_deal_time ON touches(deal_id, occurred_at, id, outcome, value_kind);

-- The review's histograms: the deals won in its months, with their counts, from this index alone
-- (status too: SQLite reads the column of the condition even from a partial index).
CREATE INDEX deals_won ON deals(won_on, won_nos, won_attempts, status) WHERE status = 'won';

-- A new loss is counted from what is there, and becomes its deal's latest; a removed one leaves the
-- deal's newest other loss its latest.
CREATE TRIGGER losses_insert AFTER INSERT ON losses BEGIN
    UPDATE losses SET
        touches_after = (SELECT count(*) FROM touches t
            WHERE t.deal_id = new.deal_id AND t.occurred_at > new.lost_on || 'U'),
        reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = new.deal_id
            AND (CASE WHEN new.history_id IS NULL THEN h.changed_at > new.lost_on ELSE h.id > new.history_id END)
            AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
            AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open')),
        (deal_status, won_on, currency, value_minor) = (SELECT d.status,
            CASE WHEN d.status = 'won' THEN d.won_on END, d.currency, d.value_minor FROM deals d WHERE d.id = new.deal_id),
        open_follow_ups = (SELECT count(*) FROM follow_ups f WHERE f.deal_id = new.deal_id AND f.done_on IS NULL)
    WHERE id = new.id;
    UPDATE losses SET latest = (id = (SELECT max(x.id) FROM losses x WHERE x.deal_id = new.deal_id))
        WHERE deal_id = new.deal_id;
END;

CREATE TRIGGER losses_delete AFTER DELETE ON losses BEGIN
    UPDATE losses SET latest = (id = (SELECT max(x.id) FROM losses x WHERE x.deal_id = old.deal_id))
        WHERE deal_id = old.deal_id;
END;

CREATE TRIGGER losses_update AFTER UPDATE OF deal_id, lost_on, history_id ON losses BEGIN
    UPDATE losses SET
        touches_after = (SELECT count(*) FROM touches t
            WHERE t.deal_id = new.deal_id AND t.occurred_at > new.lost_on || 'U'),
        reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = new.deal_id
            AND (CASE WHEN new.history_id IS NULL THEN h.changed_at > new.lost_on ELSE h.id > new.history_id END)
            AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
            AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'))
    WHERE id = new.id;
END;

-- The deal won, reopened, lost again or given another value: its losses say so.
CREATE TRIGGER losses_deal_update AFTER UPDATE OF status, won_on, currency, value_minor ON deals
    WHEN old.status IS NOT new.status OR old.won_on IS NOT new.won_on OR old.currency IS NOT new.currency
        OR old.value_minor IS NOT new.value_minor
BEGIN
    UPDATE losses SET deal_status = new.status, won_on = CASE WHEN new.status = 'won' THEN new.won_on END,
        currency = new.currency, value_minor = new.value_minor
        WHERE deal_id = new.id;
END;

-- Touches: each counts for the losses of its deal before its day.
CREATE TRIGGER losses_touch_insert AFTER INSERT ON touches BEGIN
    UPDATE losses SET touches_after = touches_after + 1
        WHERE deal_id = new.deal_id AND new.occurred_at > lost_on || 'U';
END;

CREATE TRIGGER losses_touch_delete AFTER DELETE ON touches BEGIN
    UPDATE losses SET touches_after = touches_after - 1
        WHERE deal_id = old.deal_id AND old.occurred_at > lost_on || 'U';
END;

CREATE TRIGGER losses_touch_update AFTER UPDATE OF deal_id, occurred_at ON touches
    WHEN old.deal_id IS NOT new.deal_id OR old.occurred_at IS NOT new.occurred_at
BEGIN
    UPDATE losses SET touches_after = touches_after - 1
        WHERE deal_id = old.deal_id AND old.occurred_at > lost_on || 'U';
    UPDATE losses SET touches_after = touches_after + 1
        WHERE deal_id = new.deal_id AND new.occurred_at > lost_on || 'U';
END;

-- Moves from Lost to an open stage: the deal's earlier losses are re-engaged. An undone move (its row
-- deleted) or an edited one: the deal's losses are looked at again.
CREATE TRIGGER losses_reengaged_insert AFTER INSERT ON stage_history
    WHEN new.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
        AND new.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open')
BEGIN
    UPDATE losses SET reengaged = 1
        WHERE deal_id = new.deal_id AND reengaged = 0
            AND (CASE WHEN history_id IS NULL THEN new.changed_at > lost_on ELSE new.id > history_id END);
END;

CREATE TRIGGER losses_reengaged_delete AFTER DELETE ON stage_history
    WHEN old.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
        AND old.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open')
BEGIN
    UPDATE losses SET reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = losses.deal_id
            AND (CASE WHEN losses.history_id IS NULL THEN h.changed_at > losses.lost_on ELSE h.id > losses.history_id END)
            AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
            AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'))
        WHERE deal_id = old.deal_id AND reengaged = 1;
END;

CREATE TRIGGER losses_reengaged_update AFTER UPDATE OF deal_id, from_stage_id, to_stage_id, changed_at ON stage_history
BEGIN
    UPDATE losses SET reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = losses.deal_id
            AND (CASE WHEN losses.history_id IS NULL THEN h.changed_at > losses.lost_on ELSE h.id > losses.history_id END)
            AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
            AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'))
        WHERE deal_id = old.deal_id OR deal_id = new.deal_id;
END;

-- Follow-ups planned, done, skipped, opened again, moved to another deal or deleted.
CREATE TRIGGER losses_follow_up_insert AFTER INSERT ON follow_ups WHEN new.done_on IS NULL BEGIN
    UPDATE losses SET open_follow_ups = open_follow_ups + 1 WHERE deal_id = new.deal_id;
END;

CREATE TRIGGER losses_follow_up_delete AFTER DELETE ON follow_ups WHEN old.done_on IS NULL BEGIN
    UPDATE losses SET open_follow_ups = open_follow_ups - 1 WHERE deal_id = old.deal_id;
END;

CREATE TRIGGER losses_follow_up_update AFTER UPDATE OF deal_id, done_on ON follow_ups
    WHEN old.deal_id IS NOT new.deal_id OR (old.done_on IS NULL) <> (new.done_on IS NULL)
BEGIN
    UPDATE losses SET open_follow_ups = open_follow_ups - 1 WHERE deal_id = old.deal_id AND old.done_on IS NULL;
    UPDATE losses SET open_follow_ups = open_follow_ups + 1 WHERE deal_id = new.deal_id AND new.done_on IS NULL;
END;

-- A won deal's touches up to its win day: counted when it is won (or written won), kept by its touches.
CREATE TRIGGER deals_won_insert AFTER INSERT ON deals WHEN new.status = 'won' BEGIN
    UPDATE deals SET
        won_attempts = (SELECT count(*) FROM touches t WHERE t.deal_id = new.id AND t.occurred_at < new.won_on || 'U'),
        won_nos = (SELECT count(*) FROM touches t WHERE t.deal_id = new.id AND t.occurred_at < new.won_on || 'U'
            AND (t.outcome = 'no' OR t.outcome = 'not_now'))
        WHERE id = new.id;
END;

CREATE TRIGGER deals_won_update AFTER UPDATE OF status, won_on ON deals
    WHEN old.status IS NOT new.status OR old.won_on IS NOT new.won_on
BEGIN
    UPDATE deals SET
        won_attempts = CASE WHEN new.status = 'won' THEN (SELECT count(*) FROM touches t
            WHERE t.deal_id = new.id AND t.occurred_at < new.won_on || 'U') ELSE 0 END,
        won_nos = CASE WHEN new.status = 'won' THEN (SELECT count(*) FROM touches t
            WHERE t.deal_id = new.id AND t.occurred_at < new.won_on || 'U'
                AND (t.outcome = 'no' OR t.outcome = 'not_now')) ELSE 0 END
        WHERE id = new.id;
END;

CREATE TRIGGER deals_won_touch_insert AFTER INSERT ON touches BEGIN
    UPDATE deals SET won_attempts = won_attempts + 1,
            won_nos = won_nos + (new.outcome = 'no' OR new.outcome = 'not_now')
        WHERE id = new.deal_id AND status = 'won' AND new.occurred_at < won_on || 'U';
END;

CREATE TRIGGER deals_won_touch_delete AFTER DELETE ON touches BEGIN
    UPDATE deals SET won_attempts = won_attempts - 1,
            won_nos = won_nos - (old.outcome = 'no' OR old.outcome = 'not_now')
        WHERE id = old.deal_id AND status = 'won' AND old.occurred_at < won_on || 'U';
END;

CREATE TRIGGER deals_won_touch_update AFTER UPDATE OF deal_id, occurred_at, outcome ON touches
    WHEN old.deal_id IS NOT new.deal_id OR old.occurred_at IS NOT new.occurred_at OR old.outcome IS NOT new.outcome
BEGIN
    UPDATE deals SET won_attempts = won_attempts - 1,
            won_nos = won_nos - (old.outcome = 'no' OR old.outcome = 'not_now')
        WHERE id = old.deal_id AND status = 'won' AND old.occurred_at < won_on || 'U';
    UPDATE deals SET won_attempts = won_attempts + 1,
            won_nos = won_nos + (new.outcome = 'no' OR new.outcome = 'not_now')
        WHERE id = new.deal_id AND status = 'won' AND new.occurred_at < won_on || 'U';
END;
