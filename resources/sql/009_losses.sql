-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9: every loss of a deal, not only the last. The deal's own lost_* columns still hold its last
-- loss (the card and the Lost dialog read them); a deal that is lost, re-engaged and lost again keeps a
-- row here for each "no", which the lost-deal review counts month by month.
-- history_id is the stage-history row of the move into the Lost stage. reason_id is NULL only for an
-- earlier loss that this migration found in the stage history alone, which knows no reason.
-- The allowed keys are an OR chain, not IN (...): see migration 007.

CREATE TABLE losses (
    id                  INTEGER PRIMARY KEY,
    deal_id             INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    history_id          INTEGER REFERENCES stage_history(id) ON DELETE SET NULL,
    lost_on             TEXT NOT NULL,
    reason_id           INTEGER REFERENCES lost_reasons(id),
    failed_commitment   TEXT NOT NULL DEFAULT 'none'
                        CHECK (failed_commitment = 'none' OR failed_commitment = 'first_meeting' OR failed_commitment = 'discovery' OR failed_commitment = 'proposal'),
    competitor          TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT '',
    reengage_on         TEXT
);
-- The review reads losses by month; it joins each deal's losses and stage history by deal.
CREATE INDEX losses_lost_on ON losses(lost_on, deal_id);
CREATE INDEX losses_deal ON losses(deal_id, lost_on);
-- Deleting a deal deletes its stage history, which looks up the losses pointing at it.
CREATE INDEX losses_history ON losses(history_id);

-- Every move into a Lost stage is a loss. The latest one of a deal whose lost_on is set is its last
-- loss, with the deal's own details; the others are known by their day only. A lost deal without such
-- a move (written by hand) still gets its loss. Rows go in the order they happened, so a deal's newest
-- loss has its largest id.
INSERT INTO losses (deal_id, history_id, lost_on, reason_id, failed_commitment, competitor, note, reengage_on)
SELECT deal_id, history_id, lost_on, reason_id, failed_commitment, competitor, note, reengage_on FROM (
    SELECT m.deal_id, m.id AS history_id, substr(m.changed_at, 1, 10) AS lost_on, NULL AS reason_id,
           'none' AS failed_commitment, '' AS competitor, '' AS note, NULL AS reengage_on, m.changed_at AS moment
    FROM (SELECT h.id, h.deal_id, h.changed_at,
                 row_number() OVER (PARTITION BY h.deal_id ORDER BY h.changed_at DESC, h.id DESC) AS newest
          FROM stage_history h WHERE h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')) m
    JOIN deals d ON d.id = m.deal_id
    WHERE m.newest > 1 OR d.lost_on IS NULL
    UNION ALL
    SELECT d.id, m.id, d.lost_on, d.lost_reason_id, d.failed_commitment, d.competitor, d.lost_note,
           d.reengage_on, coalesce(m.changed_at, d.lost_on)
    FROM deals d
    LEFT JOIN (SELECT h.id, h.deal_id, h.changed_at,
                      row_number() OVER (PARTITION BY h.deal_id ORDER BY h.changed_at DESC, h.id DESC) AS newest
               FROM stage_history h WHERE h.to_stage_id IN (SELECT id FROM stages WHERE kind = 'lost')) m
           ON m.deal_id = d.id AND m.newest = 1
    WHERE d.lost_on IS NOT NULL
)
ORDER BY moment, deal_id;
