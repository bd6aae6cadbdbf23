-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2: a trigram full-text index over what the board's filter searches (deal title, account
-- name, primary contact name), kept in step by triggers, so substring filtering does not scan deals.

CREATE VIRTUAL TABLE deal_search USING fts5(title, account, contact, tokenize = 'trigram');

INSERT INTO deal_search (rowid, title, account, contact)
    SELECT d.id, d.title, a.name, coalesce(c.name, '')
    FROM deals d JOIN accounts a ON a.id = d.account_id LEFT JOIN contacts c ON c.id = d.contact_id;

CREATE TRIGGER deal_search_insert AFTER INSERT ON deals BEGIN
    INSERT INTO deal_search (rowid, title, account, contact)
        VALUES (new.id, new.title,
                (SELECT name FROM accounts WHERE id = new.account_id),
                coalesce((SELECT name FROM contacts WHERE id = new.contact_id), ''));
END;

CREATE TRIGGER deal_search_update AFTER UPDATE OF title, account_id, contact_id ON deals BEGIN
    DELETE FROM deal_search WHERE rowid = old.id;
    INSERT INTO deal_search (rowid, title, account, contact)
        VALUES (new.id, new.title,
                (SELECT name FROM accounts WHERE id = new.account_id),
                coalesce((SELECT name FROM contacts WHERE id = new.contact_id), ''));
END;

CREATE TRIGGER deal_search_delete AFTER DELETE ON deals BEGIN
    DELETE FROM deal_search WHERE rowid = old.id;
END;

CREATE TRIGGER deal_search_account AFTER UPDATE OF name ON accounts BEGIN
    UPDATE deal_search SET account = new.name WHERE rowid IN (SELECT id FROM deals WHERE account_id = new.id);
END;

CREATE TRIGGER deal_search_contact AFTER UPDATE OF name ON contacts BEGIN
    UPDATE deal_search SET contact = new.name WHERE rowid IN (SELECT id FROM deals WHERE contact_id = new.id);
END;
