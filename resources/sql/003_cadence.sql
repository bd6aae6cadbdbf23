-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v3: follow_ups.cadence holds a Cadence key ('' for a one-off, 're_engage', 'ghosted',
-- 'long_game'; see src/domain/cadence.h) instead of free text. The wordings versions 1 and 2 wrote
-- become keys: 're-engage' from the Lost dialog, the demo's "Not now: ...", "Ghosted: ..." and
-- "Long game: ...". Text nobody wrote is left as it was and reads as a one-off.

UPDATE follow_ups SET cadence = CASE
        WHEN cadence LIKE 're-engage%' OR cadence LIKE 'not now:%' THEN 're_engage'
        WHEN cadence LIKE 'ghosted:%' THEN 'ghosted'
        WHEN cadence LIKE 'long game:%' THEN 'long_game'
        ELSE cadence
    END
    WHERE cadence NOT IN ('', 're_engage', 'ghosted', 'long_game');
