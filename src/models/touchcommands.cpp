// SPDX-License-Identifier: GPL-3.0-or-later
#include "touchcommands.h"

#include "enums.h"
#include "pipelinecommand.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Ripen {

namespace {

QString dealTitle(Workspace &workspace, qint64 dealId)
{
    return workspace.pipeline().deal(dealId).value_or(Deal {}).title;
}

void push(Workspace &workspace, const QString &text, PipelineCommand::Step undo, PipelineCommand::Step redo)
{
    workspace.undoStack().push(new PipelineCommand(workspace, text, std::move(undo), std::move(redo)));
}

} // namespace

namespace TouchCommands {

Result<qint64> log(Workspace &workspace, const Touch &touch, const TouchPlan &plan)
{
    Pipeline &pipeline = workspace.pipeline();
    QList<qint64> plannedIds;
    const auto id = pipeline.logTouch(touch, plan, &plannedIds);
    if (!id)
        return id;
    const Touch logged = pipeline.touch(*id).value_or(touch);
    QList<FollowUp> planned;
    for (qint64 plannedId : std::as_const(plannedIds))
        planned << pipeline.followUp(plannedId).value_or(FollowUp {});
    push(
        workspace,
        QCoreApplication::translate("TouchCommands", "log %1 on “%2”")
            .arg(enumLabel(touch.channel).toLower(), dealTitle(workspace, touch.dealId)),
        [&pipeline, touchId = *id, plannedIds] { return pipeline.removeTouch(touchId, plannedIds); },
        [&pipeline, logged, completes = plan.completesFollowUpId, planned] {
            return pipeline.restoreTouch(logged, completes, planned);
        });
    return id;
}

Result<void> edit(Workspace &workspace, const Touch &touch)
{
    Pipeline &pipeline = workspace.pipeline();
    const std::optional<Touch> before = pipeline.touch(touch.id);
    if (!before)
        return Error { QCoreApplication::translate("TouchCommands", "That touch no longer exists.") };
    if (auto changed = pipeline.updateTouch(touch); !changed)
        return changed;
    const Touch after = pipeline.touch(touch.id).value_or(touch);
    push(
        workspace,
        QCoreApplication::translate("TouchCommands", "edit %1 on “%2”")
            .arg(enumLabel(after.channel).toLower(), dealTitle(workspace, after.dealId)),
        [&pipeline, before = *before] { return pipeline.updateTouch(before); },
        [&pipeline, after] { return pipeline.updateTouch(after); });
    return {};
}

Result<void> remove(Workspace &workspace, qint64 touchId)
{
    Pipeline &pipeline = workspace.pipeline();
    const std::optional<Touch> before = pipeline.touch(touchId);
    if (!before)
        return Error { QCoreApplication::translate("TouchCommands", "That touch no longer exists.") };
    const qint64 completed = pipeline.followUpCompletedBy(touchId);
    if (auto removed = pipeline.removeTouch(touchId); !removed)
        return removed;
    push(
        workspace,
        QCoreApplication::translate("TouchCommands", "delete %1 on “%2”")
            .arg(enumLabel(before->channel).toLower(), dealTitle(workspace, before->dealId)),
        [&pipeline, before = *before, completed] { return pipeline.restoreTouch(before, completed); },
        [&pipeline, touchId] { return pipeline.removeTouch(touchId); });
    return {};
}

Result<QList<qint64>> planCadence(Workspace &workspace, const QList<FollowUp> &steps)
{
    if (steps.isEmpty())
        return QList<qint64> {};
    Pipeline &pipeline = workspace.pipeline();
    const auto ids = pipeline.scheduleFollowUps(steps);
    if (!ids)
        return ids;
    QList<FollowUp> planned;
    for (qint64 id : *ids)
        planned << pipeline.followUp(id).value_or(FollowUp {});
    push(
        workspace,
        QCoreApplication::translate(
            "TouchCommands", "plan %n value touch(es) on “%1”", nullptr, int(steps.size()))
            .arg(dealTitle(workspace, steps.first().dealId)),
        [&pipeline, ids = *ids] { return pipeline.cancelFollowUps(ids); },
        [&pipeline, planned]() -> Result<void> {
            if (auto again = pipeline.scheduleFollowUps(planned); !again)
                return Error { again.error() };
            return {};
        });
    return ids;
}

} // namespace TouchCommands

} // namespace Ripen
