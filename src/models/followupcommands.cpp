// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupcommands.h"

#include "pipelinecommand.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <functional>

namespace Ripen::FollowUpCommands {

QString dayName(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

namespace {

// The moves the user asked for, then the cadence steps that follow them, as one step named by name
// (which gets the number of moves the user asked for, and of steps that follow).
Result<void> push(Workspace &workspace, const QList<FollowUpMove> &moves,
    const QList<FollowUpMove> &cadenceSteps, const std::function<QString(int moved)> &name)
{
    Pipeline &pipeline = workspace.pipeline();
    QList<FollowUpMove> before, after;
    QList<qint64> ids;
    for (const FollowUpMove &move : moves + cadenceSteps) {
        const auto current = pipeline.followUp(move.followUpId);
        if (!current)
            return Error { QCoreApplication::translate(
                "FollowUpCommands", "That follow-up no longer exists.") };
        if (current->dueOn == move.dueOn || ids.contains(move.followUpId))
            continue;
        ids << move.followUpId;
        before << FollowUpMove { move.followUpId, current->dueOn };
        after << move;
    }
    qsizetype moved = 0;
    for (const FollowUpMove &move : moves)
        moved += after.contains(move) ? 1 : 0;
    if (after.isEmpty())
        return {}; // already there: nothing to do, nothing to undo
    if (auto done = pipeline.rescheduleFollowUps(after); !done)
        return done;
    QString text = name(int(moved));
    // English loads no translator: one text for one, another for more; %n lets other languages choose.
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

} // namespace

Result<void> reschedule(Workspace &workspace, const QList<qint64> &followUpIds, const QDate &to,
    const QList<FollowUpMove> &cadenceSteps)
{
    QList<FollowUpMove> moves;
    for (qint64 id : followUpIds)
        moves << FollowUpMove { id, to };
    return push(workspace, moves, cadenceSteps, [&to](int moved) {
        return moved == 1
            ? QCoreApplication::translate("FollowUpCommands", "reschedule 1 follow-up to %1").arg(dayName(to))
            : QCoreApplication::translate(
                "FollowUpCommands", "reschedule %n follow-ups to %1", nullptr, moved)
                  .arg(dayName(to));
    });
}

Result<void> rescheduleEach(
    Workspace &workspace, const QList<FollowUpMove> &moves, const QList<FollowUpMove> &cadenceSteps)
{
    return push(workspace, moves, cadenceSteps, [](int moved) {
        return moved == 1
            ? QCoreApplication::translate("FollowUpCommands", "reschedule 1 follow-up")
            : QCoreApplication::translate("FollowUpCommands", "reschedule %n follow-ups", nullptr, moved);
    });
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
