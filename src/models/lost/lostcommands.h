// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace Ripen {

class Workspace;

// The lost-deals view's commands, each one undo step named for the Edit menu. Each runs its Pipeline
// command first (one transaction); only one that succeeded goes on the stack.
namespace LostCommands {

// Reopens a lost deal at the top of an open stage and plans its first value touch, as one step
// ("re-engage “Fleet renewal” into Discovery"). Returns the follow-up's id.
Result<qint64> reengage(Workspace &workspace, qint64 dealId, qint64 toStageId, const FollowUp &firstTouch);
// A value touch planned on a deal that stays lost ("plan a value touch for “Fleet renewal”").
Result<qint64> planValueTouch(Workspace &workspace, const FollowUp &touch);
// The deal comes back on another day ("snooze “Fleet renewal” to Tue 14 Jan").
Result<void> snooze(Workspace &workspace, qint64 dealId, const QDate &reengageOn);
// First move: one value touch for each of dealIds, due on the days spreadOver() gives from `from`, all
// in one transaction and one step ("first move: 12 value touches").
Result<QList<qint64>> firstMove(Workspace &workspace, const QList<qint64> &dealIds, const QDate &from);

// The days count touches go on: the next kFirstMoveDays working days from `from` (itself included
// when it is a working day), as evenly as they go, earlier days first; one a day when there are fewer.
constexpr int kFirstMoveDays = 10;
QList<QDate> spreadOver(int count, const QDate &from, int days = kFirstMoveDays);
// The value touch first move plans on a deal: an email bringing an insight, which the user can change
// in the agenda.
FollowUp firstMoveTouch(qint64 dealId, const QDate &dueOn);

} // namespace LostCommands

} // namespace Ripen
