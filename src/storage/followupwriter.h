// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup.h"
#include "result.h"
#include "sqlutil.h"
#include "touch.h"

#include <QDate>
#include <QSqlDatabase>

namespace Ripen {

// Touches and follow-ups. Runs inside a transaction the caller (Pipeline) opened, stores rows as it is
// given them (the caller validates and trims), and gives a failure as the database's reason.
class FollowUpWriter final
{
public:
    explicit FollowUpWriter(QSqlDatabase db);

    // touch.id 0 = a new id; else the touch is written back under its own (undo of a delete).
    Result<qint64> insertTouch(const Touch &touch);
    Result<void> updateTouch(const Touch &touch);
    // Deletes the touch and opens again the follow-up it completed.
    Result<void> removeTouch(qint64 touchId);
    // followUp.id 0 = a new id; else it is written back under its own (redo).
    Result<qint64> insertFollowUp(const FollowUp &followUp);
    Result<void> reschedule(qint64 followUpId, const QDate &dueOn);
    // The follow-up happened: touchId is the touch that did it, on doneOn.
    Result<void> complete(qint64 followUpId, qint64 touchId, const QDate &doneOn);
    // Closes an open follow-up without a touch, saying why, on the day it was skipped.
    Result<void> skip(qint64 followUpId, const QString &reason, const QDate &on);
    // Opens a skipped follow-up again (undo of skip).
    Result<void> unskip(qint64 followUpId);
    Result<void> remove(qint64 followUpId);

private:
    QSqlDatabase m_db;
    // Its statements, each prepared once for as long as the writer lives: one command, or one import
    // of many rows, where preparing them for every row cost more than running them.
    StatementCache m_statements;
};

} // namespace Ripen
