// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Ripen {

// One user command = one transaction. Rolls back unless commit() succeeded.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    bool begin();
    bool commit();
    void rollback();
    // Why begin() or commit() failed, in the user's words (sqlErrorText), and as SQLite said it.
    QString errorText() const;
    QSqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace Ripen
