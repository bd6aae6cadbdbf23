// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscommands.h"

#include "pipelinecommand.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Ripen::SettingsCommands {

namespace {

void push(Workspace &workspace, const QString &text, PipelineCommand::Step undo, PipelineCommand::Step redo)
{
    workspace.undoStack().push(new PipelineCommand(workspace, text, std::move(undo), std::move(redo)));
}

} // namespace

Result<qint64> addStage(Workspace &workspace, const QString &name, int rotDays)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto added = pipeline.addStage(name, rotDays);
    if (!added)
        return added;
    const qint64 id = *added;
    const QList<qint64> order = pipeline.openStageIds();
    push(
        workspace, QCoreApplication::translate("SettingsCommands", "add stage “%1”").arg(name.trimmed()),
        [&pipeline, id] { return pipeline.removeStage(id); },
        [&pipeline, id, order] { return pipeline.restoreStage(id, order); });
    return id;
}

Result<void> setMinContactGapDays(Workspace &workspace, int days)
{
    Pipeline &pipeline = workspace.pipeline();
    const int before = pipeline.minContactGapDays();
    if (days == before)
        return {};
    if (auto saved = pipeline.setMinContactGapDays(days); !saved)
        return saved;
    push(
        workspace,
        QCoreApplication::translate("SettingsCommands", "change the days between touches to %1").arg(days),
        [&pipeline, before] { return pipeline.setMinContactGapDays(before); },
        [&pipeline, days] { return pipeline.setMinContactGapDays(days); });
    return {};
}

Result<void> updateStage(Workspace &workspace, const Stage &stage)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.stage(stage.id);
    if (!before)
        return Error { QCoreApplication::translate("SettingsCommands", "That stage no longer exists.") };
    if (auto saved = pipeline.updateStage(stage); !saved)
        return saved;
    const Stage after = *pipeline.stage(stage.id);
    push(
        workspace, QCoreApplication::translate("SettingsCommands", "change stage “%1”").arg(after.name),
        [&pipeline, before = *before] { return pipeline.updateStage(before); },
        [&pipeline, after] { return pipeline.updateStage(after); });
    return {};
}

Result<void> reorderStages(Workspace &workspace, const QList<qint64> &openStageIds)
{
    Pipeline &pipeline = workspace.pipeline();
    const QList<qint64> before = pipeline.openStageIds();
    if (auto saved = pipeline.reorderStages(openStageIds); !saved)
        return saved;
    push(
        workspace, QCoreApplication::translate("SettingsCommands", "reorder stages"),
        [&pipeline, before] { return pipeline.reorderStages(before); },
        [&pipeline, openStageIds] { return pipeline.reorderStages(openStageIds); });
    return {};
}

Result<void> removeStage(Workspace &workspace, qint64 stageId, qint64 moveDealsTo)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto stage = pipeline.stage(stageId);
    if (!stage)
        return Error { QCoreApplication::translate("SettingsCommands", "That stage no longer exists.") };
    // Where everything was, so that undo can put the stage and its deals back exactly.
    const QList<qint64> order = pipeline.openStageIds();
    const QList<Deal> deals = pipeline.dealsInStage(stageId);
    if (auto removed = pipeline.removeStage(stageId, moveDealsTo); !removed)
        return removed;
    push(
        workspace, QCoreApplication::translate("SettingsCommands", "remove stage “%1”").arg(stage->name),
        [&pipeline, stageId, order, deals] { return pipeline.restoreStage(stageId, order, deals); },
        [&pipeline, stageId, moveDealsTo] { return pipeline.removeStage(stageId, moveDealsTo); });
    return {};
}

Result<qint64> addLostReason(Workspace &workspace, const LostReason &reason)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto added = pipeline.addLostReason(reason);
    if (!added)
        return added;
    const qint64 id = *added;
    push(
        workspace,
        QCoreApplication::translate("SettingsCommands", "add lost reason “%1”").arg(reason.label.trimmed()),
        [&pipeline, id] { return pipeline.removeLostReason(id); },
        [&pipeline, id] { return pipeline.restoreLostReason(id); });
    return id;
}

Result<void> updateLostReason(Workspace &workspace, const LostReason &reason)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.lostReason(reason.id);
    if (!before)
        return Error { QCoreApplication::translate(
            "SettingsCommands", "That lost reason no longer exists.") };
    if (auto saved = pipeline.updateLostReason(reason); !saved)
        return saved;
    const LostReason after = *pipeline.lostReason(reason.id);
    push(
        workspace,
        QCoreApplication::translate("SettingsCommands", "change lost reason “%1”").arg(after.label),
        [&pipeline, before = *before] { return pipeline.updateLostReason(before); },
        [&pipeline, after] { return pipeline.updateLostReason(after); });
    return {};
}

Result<void> removeLostReason(Workspace &workspace, qint64 reasonId)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto reason = pipeline.lostReason(reasonId);
    if (!reason)
        return Error { QCoreApplication::translate(
            "SettingsCommands", "That lost reason no longer exists.") };
    if (auto removed = pipeline.removeLostReason(reasonId); !removed)
        return removed;
    push(
        workspace,
        QCoreApplication::translate("SettingsCommands", "remove lost reason “%1”").arg(reason->label),
        [&pipeline, reasonId] { return pipeline.restoreLostReason(reasonId); },
        [&pipeline, reasonId] { return pipeline.removeLostReason(reasonId); });
    return {};
}

} // namespace Ripen::SettingsCommands
