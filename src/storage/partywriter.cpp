// SPDX-License-Identifier: GPL-3.0-or-later
#include "partywriter.h"

#include "clock.h"
#include "enums.h"
#include "sqlutil.h"

namespace Ripen {

PartyWriter::PartyWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{
}

Result<qint64> PartyWriter::insertAccount(const Account &account)
{
    // A NULL id lets SQLite choose the next one.
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO accounts (id, name, industry, website, city, parent_id, notes, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { idOrNull(account.id), account.name, account.industry, account.website, account.city,
            idOrNull(account.parentId), account.notes, isoDateTime(account.createdAt) });
    return executeInsert(q);
}

Result<void> PartyWriter::updateAccount(const Account &account)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE accounts SET name = ?, industry = ?, website = ?, city = ?, "
                       "parent_id = ?, notes = ? WHERE id = ?"),
        { account.name, account.industry, account.website, account.city, idOrNull(account.parentId),
            account.notes, account.id });
    return execute(q);
}

Result<qint64> PartyWriter::insertContact(const Contact &contact)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO contacts (id, account_id, name, job_title, role, email, phone, notes, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { idOrNull(contact.id), contact.accountId, contact.name, contact.jobTitle, enumKey(contact.role),
            contact.email, contact.phone, contact.notes, isoDateTime(contact.createdAt) });
    return executeInsert(q);
}

Result<void> PartyWriter::updateContact(const Contact &contact)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE contacts SET account_id = ?, name = ?, job_title = ?, role = ?, "
                       "email = ?, phone = ?, notes = ? WHERE id = ?"),
        { contact.accountId, contact.name, contact.jobTitle, enumKey(contact.role), contact.email,
            contact.phone, contact.notes, contact.id });
    return execute(q);
}

Result<void> PartyWriter::removeAccountIfUnused(qint64 accountId)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("DELETE FROM accounts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deals WHERE "
                       "account_id = ?) AND NOT EXISTS (SELECT 1 FROM contacts WHERE account_id = ?) "
                       "AND NOT EXISTS (SELECT 1 FROM accounts WHERE parent_id = ?)"),
        { accountId, accountId, accountId, accountId });
    return execute(q);
}

Result<void> PartyWriter::removeContactIfUnused(qint64 contactId)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("DELETE FROM contacts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deals WHERE "
                       "contact_id = ?) AND NOT EXISTS (SELECT 1 FROM touches WHERE contact_id = ?) "
                       "AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE contact_id = ?)"),
        { contactId, contactId, contactId, contactId });
    return execute(q);
}

} // namespace Ripen
