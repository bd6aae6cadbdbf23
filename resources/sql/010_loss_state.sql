-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v10: what the lost-deal review asks of every loss, kept on the rows by triggers, so that
-- listing and counting the lost deals of a year reads the losses and their deals and nothing else
-- (looking up each loss's touches, follow-ups and moves was 0.5 s for 28,000 losses).
--   losses.touches_after: the deal's touches on a later day than the loss ("touches since the loss";
--     a touch on the day of the "no" is part of the loss).
--   losses.reengaged: 1 once the deal has moved from a Lost stage to an open one after the loss.
--   deals.open_follow_ups: the deal's follow-ups not done yet (the next step a card shows as missing).
-- A touch "on a later day" compares text: 'YYYY-MM-DDTHH:MM:SS' > 'YYYY-MM-DDU' exactly for the days
-- after. A move after the loss: after its own move into Lost (history_id), or, for a loss without that
-- move, one made on its day or later.

ALTER TABLE losses ADD COLUMN touches_after INTEGER NOT NULL DEFAULT 0;
ALTER TABLE losses ADD COLUMN reengaged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN open_follow_ups INTEGER NOT NULL DEFAULT 0;

UPDATE losses SET touches_after = (SELECT count(*) FROM touches t
    WHERE t.deal_id = losses.deal_id AND t.occurred_at > losses.lost_on || 'U');

UPDATE losses SET reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = losses.deal_id
    AND (CASE WHEN losses.history_id IS NULL THEN h.changed_at > losses.lost_on ELSE h.id > losses.history_id END)
    AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
    AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'));

UPDATE deals SET open_follow_ups = f.n
    FROM (SELECT deal_id, count(*) AS n FROM follow_ups WHERE done_on IS NULL GROUP BY deal_id) AS f
    WHERE deals.id = f.deal_id;

-- A new loss, or one moved to another day or move: counted from what is there.
CREATE TRIGGER losses_insert AFTER INSERT ON losses BEGIN
    UPDATE losses SET
        touches_after = (SELECT count(*) FROM touches t
            WHERE t.deal_id = new.deal_id AND t.occurred_at > new.lost_on || 'U'),
        reengaged = EXISTS (SELECT 1 FROM stage_history h WHERE h.deal_id = new.deal_id
            AND (CASE WHEN new.history_id IS NULL THEN h.changed_at > new.lost_on ELSE h.id > new.history_id END)
            AND h.from_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')
            AND h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'open'))
    WHERE id = new.id;
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

-- Follow-ups: planned, done, skipped, opened again, moved to another deal or deleted.
CREATE TRIGGER deals_open_follow_ups_insert AFTER INSERT ON follow_ups WHEN new.done_on IS NULL BEGIN
    UPDATE deals SET open_follow_ups = open_follow_ups + 1 WHERE id = new.deal_id;
END;

CREATE TRIGGER deals_open_follow_ups_delete AFTER DELETE ON follow_ups WHEN old.done_on IS NULL BEGIN
    UPDATE deals SET open_follow_ups = open_follow_ups - 1 WHERE id = old.deal_id;
END;

CREATE TRIGGER deals_open_follow_ups_update AFTER UPDATE OF deal_id, done_on ON follow_ups
    WHEN old.deal_id IS NOT new.deal_id OR (old.done_on IS NULL) <> (new.done_on IS NULL)
BEGIN
    UPDATE deals SET open_follow_ups = open_follow_ups - 1 WHERE id = old.deal_id AND old.done_on IS NULL;
    UPDATE deals SET open_follow_ups = open_follow_ups + 1 WHERE id = new.deal_id AND new.done_on IS NULL;
END;
