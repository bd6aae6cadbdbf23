-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v14: a deal's open follow-ups by day, in an index of their own. A card shows its deal's next
-- step (the earliest open follow-up); through follow_ups_deal_due that read every follow-up of the
-- deal, done ones included, and looked each up in the table for done_on: a few pages scattered over
-- the file per card, the largest part of what a board filtered at 300,000 deals waits for. This index
-- holds the open ones only and answers from itself (done_on is there so no table row is read).

CREATE INDEX follow_ups_open_by_deal ON follow_ups(deal_id, due_on, done_on) WHERE done_on IS NULL;
