// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "contact.h"
#include "result.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Ripen {

// Accounts and contacts. Runs inside a transaction the caller (Pipeline) opened, stores rows as it is
// given them (the caller validates and trims), and gives a failure as the database's reason.
class PartyWriter final
{
public:
    explicit PartyWriter(QSqlDatabase db);

    // Under the row's id when it has one (redo brings a row back as it was), else under a new one.
    Result<qint64> insertAccount(const Account &account);
    Result<void> updateAccount(const Account &account);
    Result<qint64> insertContact(const Contact &contact);
    Result<void> updateContact(const Contact &contact);
    // Undo of a deal's creation: the account or contact typed into its form goes, unless something
    // refers to it by now. Nothing to delete is no failure.
    Result<void> removeAccountIfUnused(qint64 accountId);
    Result<void> removeContactIfUnused(qint64 contactId);

private:
    QSqlDatabase m_db;
    // Its statements, each prepared once for as long as the writer lives: one command, or one import
    // of many rows, where preparing them for every row cost more than running them.
    StatementCache m_statements;
};

} // namespace Ripen
