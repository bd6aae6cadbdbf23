// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupcommands.h"

#include "pipelinecommand.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ripen::FollowUpCommands {

QString dayName(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

Result<void> reschedule(Workspace &workspace, const QList<qint64> &followUpIds, const QDate &to,
    const QList<FollowUpMove> &cadenceSteps)
{
    Pipeline &pipeline = workspace.pipeline();
    QList<FollowUpMove> before, after;
    for (qint64 id : followUpIds) {
        const auto current = pipeline.followUp(id);
        if (!current)
            return Error { QCoreApplication::translate(
                "FollowUpCommands", "That follow-up no longer exists.") };
        if (current->dueOn == to)
            continue;
        before << FollowUpMove { id, current->dueOn };
        after << FollowUpMove { id, to };
    }
    const qsizetype moved = after.size();
    for (const FollowUpMove &step : cadenceSteps) {
        const auto current = pipeline.followUp(step.followUpId);
        if (!current)
            return Error { QCoreApplication::translate(
                "FollowUpCommands", "That follow-up no longer exists.") };
        if (current->dueOn == step.dueOn || followUpIds.contains(step.followUpId))
            continue;
        before << FollowUpMove { step.followUpId, current->dueOn };
        after << step;
    }
    if (after.isEmpty())
        return {}; // already there: nothing to do, nothing to undo
    if (auto done = pipeline.rescheduleFollowUps(after); !done)
        return done;
    // English loads no translator: one text for one, another for more; %n lets other languages choose.
    QString text = moved == 1
        ? QCoreApplication::translate("FollowUpCommands", "reschedule 1 follow-up to %1").arg(dayName(to))
        : QCoreApplication::translate(
            "FollowUpCommands", "reschedule %n follow-ups to %1", nullptr, int(moved))
              .arg(dayName(to));
    if (const qsizetype steps = after.size() - moved; steps == 1)
        text = QCoreApplication::translate("FollowUpCommands", "%1 and 1 later step").arg(text);
    else if (steps > 1)
        text = QCoreApplication::translate("FollowUpCommands", "%1 and %n later steps", nullptr, int(steps))
                   .arg(text);
    workspace.undoStack().push(new PipelineCommand(
        workspace, text, [&pipeline, before] { return pipeline.rescheduleFollowUps(before); },
        [&pipeline, after] { return pipeline.rescheduleFollowUps(after); }));
    return {};
}

Result<void> skip(Workspace &workspace, const QList<qint64> &followUpIds, const QString &reason)
{
    if (followUpIds.isEmpty())
        return {};
    Pipeline &pipeline = workspace.pipeline();
    if (auto done = pipeline.skipFollowUps(followUpIds, reason); !done)
        return done;
    workspace.undoStack().push(new PipelineCommand(
        workspace,
        followUpIds.size() == 1 ? QCoreApplication::translate("FollowUpCommands", "skip 1 follow-up")
                                : QCoreApplication::translate("FollowUpCommands", "skip %n follow-ups",
                                    nullptr, int(followUpIds.size())),
        [&pipeline, followUpIds] { return pipeline.reopenFollowUps(followUpIds); },
        [&pipeline, followUpIds, reason] { return pipeline.skipFollowUps(followUpIds, reason); }));
    return {};
}

} // namespace Ripen::FollowUpCommands
