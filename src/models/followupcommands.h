// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace Ripen {

class Workspace;

// Agenda commands that can be undone, each one step on the undo stack named for the Edit menu
// ("Undo reschedule 3 follow-ups to Tue 14 Jan"). Each runs its Pipeline command first (one
// transaction); only one that succeeded goes on the stack.
namespace FollowUpCommands {

// The follow-ups the user moved to `to`, and the later steps of their cadences that follow them (with
// their own new days), as one step.
Result<void> reschedule(Workspace &workspace, const QList<qint64> &followUpIds, const QDate &to,
    const QList<FollowUpMove> &cadenceSteps = {});
// Moves from different days by the same number of days, each to its own day, as one step.
Result<void> rescheduleEach(
    Workspace &workspace, const QList<FollowUpMove> &moves, const QList<FollowUpMove> &cadenceSteps = {});
// Skips open follow-ups with the user's reason; undo plans them again on their days.
Result<void> skip(Workspace &workspace, const QList<qint64> &followUpIds, const QString &reason);

// "Tue 14 Jan": how the agenda and the undo steps name a day.
QString dayName(const QDate &date);

} // namespace FollowUpCommands

} // namespace Ripen
