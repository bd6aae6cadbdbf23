-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v6, for the follow-ups agenda.
-- A follow-up can be skipped with a reason (from the agenda, or because its deal was won or lost): it
-- is closed on the day it was skipped, like a done one, but no touch did it. Undo opens it again.
ALTER TABLE follow_ups ADD COLUMN skip_reason TEXT;

-- The steps of a cadence lead up to a come-back date, which none of them reaches; when the agenda shifts
-- the later steps with a moved one, they stop before it. Kept on every step, so a step read alone
-- knows it.
ALTER TABLE follow_ups ADD COLUMN series_until TEXT;

-- Until now only re-engagements of lost deals formed series: their come-back date is the deal's.
UPDATE follow_ups
SET series_until = (SELECT d.reengage_on FROM deals d WHERE d.id = follow_ups.deal_id AND d.status = 'lost')
WHERE series_id IS NOT NULL;
-- Any other series ends the day after its last step.
UPDATE follow_ups
SET series_until = (SELECT date(max(g.due_on), '+1 day') FROM follow_ups g WHERE g.series_id = follow_ups.series_id)
WHERE series_id IS NOT NULL AND series_until IS NULL;
