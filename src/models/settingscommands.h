// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lostreason.h"
#include "result.h"
#include "stage.h"

#include <QList>

namespace Ripen {

class Workspace;

// Settings > Pipeline as undoable commands on the workspace's undo stack, beside the deal commands:
// undoing the removal of a stage brings the stage back before any deal can be undone into it. Each runs
// its Pipeline command first; only one that succeeded goes on the stack.
namespace SettingsCommands {

Result<qint64> addStage(Workspace &workspace, const QString &name, int rotDays);
Result<void> updateStage(Workspace &workspace, const Stage &stage); // name and rot days
Result<void> reorderStages(Workspace &workspace, const QList<qint64> &openStageIds);
// moveDealsTo: where the deals it holds go (required when it holds any); undo brings them back.
Result<void> removeStage(Workspace &workspace, qint64 stageId, qint64 moveDealsTo = 0);
Result<qint64> addLostReason(Workspace &workspace, const LostReason &reason);
Result<void> updateLostReason(Workspace &workspace, const LostReason &reason);
Result<void> removeLostReason(Workspace &workspace, qint64 reasonId);
Result<void> setMinContactGapDays(Workspace &workspace, int days);

} // namespace SettingsCommands

} // namespace Ripen
