// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Ripen {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::begin()
{
    // IMMEDIATE takes the write lock up front, so a busy database fails here and not half-way.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = query.lastError();
        return false;
    }
    m_active = true;
    return true;
}

QString Transaction::errorText() const
{
    return sqlErrorText(m_error);
}

bool Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Ripen
