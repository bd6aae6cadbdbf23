-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v4: how many deals each stage holds and what they are worth, per currency, kept in step by
-- triggers. Column headers, the status bar and the settings dialog read these few rows instead of
-- counting deals, so their cost does not grow with the database.

CREATE TABLE stage_totals (
    stage_id    INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    currency    TEXT NOT NULL,
    deal_count  INTEGER NOT NULL,
    value_minor INTEGER NOT NULL,
    PRIMARY KEY (stage_id, currency)
) WITHOUT ROWID;

INSERT INTO stage_totals (stage_id, currency, deal_count, value_minor)
    SELECT stage_id, currency, count(*), sum(value_minor) FROM deals GROUP BY stage_id, currency;

CREATE TRIGGER stage_totals_insert AFTER INSERT ON deals BEGIN
    INSERT INTO stage_totals (stage_id, currency, deal_count, value_minor)
        VALUES (new.stage_id, new.currency, 1, new.value_minor)
        ON CONFLICT (stage_id, currency) DO UPDATE
            SET deal_count = deal_count + 1, value_minor = value_minor + excluded.value_minor;
END;

CREATE TRIGGER stage_totals_delete AFTER DELETE ON deals BEGIN
    UPDATE stage_totals SET deal_count = deal_count - 1, value_minor = value_minor - old.value_minor
        WHERE stage_id = old.stage_id AND currency = old.currency;
    DELETE FROM stage_totals WHERE stage_id = old.stage_id AND currency = old.currency AND deal_count = 0;
END;

CREATE TRIGGER stage_totals_update AFTER UPDATE OF stage_id, currency, value_minor ON deals
    WHEN old.stage_id IS NOT new.stage_id OR old.currency IS NOT new.currency
        OR old.value_minor IS NOT new.value_minor
BEGIN
    UPDATE stage_totals SET deal_count = deal_count - 1, value_minor = value_minor - old.value_minor
        WHERE stage_id = old.stage_id AND currency = old.currency;
    DELETE FROM stage_totals WHERE stage_id = old.stage_id AND currency = old.currency AND deal_count = 0;
    INSERT INTO stage_totals (stage_id, currency, deal_count, value_minor)
        VALUES (new.stage_id, new.currency, 1, new.value_minor)
        ON CONFLICT (stage_id, currency) DO UPDATE
            SET deal_count = deal_count + 1, value_minor = value_minor + excluded.value_minor;
END;
