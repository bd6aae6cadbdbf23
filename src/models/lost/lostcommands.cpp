// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostcommands.h"

#include "dealcommands.h"
#include "followupcommands.h"
#include "pipelinecommand.h"
#include "workspace.h"

#include <QCoreApplication>
#include <memory>

namespace Ripen::LostCommands {

namespace {

bool isWorkingDay(const QDate &day)
{
    return day.dayOfWeek() <= 5;
}

} // namespace

Result<qint64> reengage(Workspace &workspace, qint64 dealId, qint64 toStageId, const FollowUp &firstTouch)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.deal(dealId);
    if (!before)
        return Error { QCoreApplication::translate("LostCommands", "That deal no longer exists.") };
    const auto planned = pipeline.reengage(dealId, toStageId, firstTouch);
    if (!planned)
        return planned;
    const auto stage = pipeline.stage(toStageId);
    workspace.undoStack().push(new DealSnapshotCommand(workspace,
        QCoreApplication::translate("LostCommands", "re-engage “%1” into %2")
            .arg(before->title, stage ? stage->name : QString()),
        *before, *pipeline.deal(dealId), *planned));
    return planned;
}

Result<qint64> planValueTouch(Workspace &workspace, const FollowUp &touch)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto deal = pipeline.deal(touch.dealId);
    if (!deal)
        return Error { QCoreApplication::translate("LostCommands", "That deal no longer exists.") };
    const auto id = pipeline.scheduleFollowUp(touch);
    if (!id)
        return id;
    // Redo writes the follow-up again under a new id, which the next undo takes back.
    auto current = std::make_shared<qint64>(*id);
    workspace.undoStack().push(new PipelineCommand(
        workspace,
        QCoreApplication::translate("LostCommands", "plan a value touch for “%1”").arg(deal->title),
        [&pipeline, current] { return pipeline.cancelFollowUp(*current); },
        [&pipeline, current, touch]() -> Result<void> {
            const auto again = pipeline.scheduleFollowUp(touch);
            if (!again)
                return Error { again.error() };
            *current = *again;
            return {};
        }));
    return id;
}

Result<void> snooze(Workspace &workspace, qint64 dealId, const QDate &reengageOn)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.deal(dealId);
    if (!before)
        return Error { QCoreApplication::translate("LostCommands", "That deal no longer exists.") };
    if (auto done = pipeline.setReengageDate(dealId, reengageOn); !done)
        return done;
    const QDate was = before->lost.reengageOn;
    workspace.undoStack().push(new PipelineCommand(
        workspace,
        QCoreApplication::translate("LostCommands", "snooze “%1” to %2")
            .arg(before->title, FollowUpCommands::dayName(reengageOn)),
        [&pipeline, dealId, was] { return pipeline.setReengageDate(dealId, was); },
        [&pipeline, dealId, reengageOn] { return pipeline.setReengageDate(dealId, reengageOn); }));
    return {};
}

QList<QDate> spreadOver(int count, const QDate &from, int days)
{
    QList<QDate> workingDays;
    for (QDate day = from; workingDays.size() < std::min(count, std::max(1, days)); day = day.addDays(1)) {
        if (isWorkingDay(day))
            workingDays << day;
    }
    QList<QDate> due;
    due.reserve(count);
    if (workingDays.isEmpty())
        return due;
    // Day i takes count / n touches, the first count % n days one more.
    const qsizetype n = workingDays.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype share = count / n + (i < count % n ? 1 : 0);
        for (qsizetype k = 0; k < share; ++k)
            due << workingDays.at(i);
    }
    return due;
}

FollowUp firstMoveTouch(qint64 dealId, const QDate &dueOn)
{
    FollowUp touch;
    touch.dealId = dealId;
    touch.dueOn = dueOn;
    touch.channel = Channel::Email;
    touch.plannedValueKind = ValueKind::Insight;
    touch.note = QCoreApplication::translate(
        "LostCommands", "First move after the “no”: bring something useful, ask nothing.");
    return touch;
}

Result<QList<qint64>> firstMove(Workspace &workspace, const QList<qint64> &dealIds, const QDate &from)
{
    if (dealIds.isEmpty())
        return Error { QCoreApplication::translate(
            "LostCommands", "No ripe lost deal is waiting for a first move.") };
    const QList<QDate> days = spreadOver(int(dealIds.size()), from);
    QList<FollowUp> touches;
    touches.reserve(dealIds.size());
    for (qsizetype i = 0; i < dealIds.size(); ++i)
        touches << firstMoveTouch(dealIds.at(i), days.at(i));
    Pipeline &pipeline = workspace.pipeline();
    const auto ids = pipeline.scheduleFollowUps(touches);
    if (!ids)
        return ids;
    auto current = std::make_shared<QList<qint64>>(*ids);
    const QString text = touches.size() == 1
        ? QCoreApplication::translate("LostCommands", "first move: 1 value touch")
        : QCoreApplication::translate("LostCommands", "first move: %1 value touches").arg(touches.size());
    workspace.undoStack().push(new PipelineCommand(
        workspace, text, [&pipeline, current] { return pipeline.cancelFollowUps(*current); },
        [&pipeline, current, touches]() -> Result<void> {
            const auto again = pipeline.scheduleFollowUps(touches);
            if (!again)
                return Error { again.error() };
            *current = *again;
            return {};
        }));
    return ids;
}

} // namespace Ripen::LostCommands
