// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup.h"
#include "pipeline.h"
#include "result.h"
#include "touch.h"

#include <optional>

namespace Ripen {

class Workspace;

// Timeline commands that can be undone: log, edit and delete a touch. Each runs its Pipeline command
// first (one transaction) and only a command that succeeded goes on the undo stack, named for the
// Edit menu ("Undo log call on “Acme renewal”").
namespace TouchCommands {
// Logs the touch with its plan (the follow-up it carries out, those it plans) as one step; undo takes
// all of it back. Returns the touch's id.
Result<qint64> log(Workspace &workspace, const Touch &touch, const TouchPlan &plan = {});
Result<void> edit(Workspace &workspace, const Touch &touch);
Result<void> remove(Workspace &workspace, qint64 touchId);
// Plans follow-ups that share a cadence (the steps of a "not now"), as one step.
Result<QList<qint64>> planCadence(Workspace &workspace, const QList<FollowUp> &steps);
} // namespace TouchCommands

} // namespace Ripen
