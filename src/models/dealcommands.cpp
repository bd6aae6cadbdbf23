// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcommands.h"

#include "pipelinecommand.h"
#include "workspace.h"

namespace Ripen {

namespace {

QString stageName(Workspace &workspace, qint64 stageId)
{
    const auto stage = workspace.pipeline().stage(stageId);
    return stage ? stage->name : QString();
}

} // namespace

DealSnapshotCommand::DealSnapshotCommand(Workspace &workspace, const QString &text, Deal before, Deal after,
    qint64 plannedFollowUpId, QList<qint64> skipped)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_plannedId(plannedFollowUpId)
    , m_skipped(std::move(skipped))
{
    if (m_plannedId)
        m_planned = m_workspace.pipeline().followUp(m_plannedId);
}

void DealSnapshotCommand::undo()
{
    Pipeline &pipeline = m_workspace.pipeline();
    if (m_plannedId) {
        if (auto cancelled = pipeline.cancelFollowUp(m_plannedId); !cancelled)
            emit m_workspace.commandFailed(cancelled.error());
        m_plannedId = 0;
    }
    if (auto restored = pipeline.restoreDeal(m_before, m_skipped); !restored)
        emit m_workspace.commandFailed(restored.error());
}

void DealSnapshotCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // the Pipeline command already ran before this was pushed
        return;
    }
    Pipeline &pipeline = m_workspace.pipeline();
    if (auto restored = pipeline.restoreDeal(m_after, {}, m_skipped); !restored) {
        emit m_workspace.commandFailed(restored.error());
        return;
    }
    if (m_planned) {
        FollowUp again = *m_planned;
        again.id = 0;
        const auto id = pipeline.scheduleFollowUp(again);
        if (!id)
            emit m_workspace.commandFailed(id.error());
        else
            m_plannedId = *id;
    }
}

EditDealCommand::EditDealCommand(Workspace &workspace, Deal before, Deal after)
    : QUndoCommand(tr("edit “%1”").arg(after.title))
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditDealCommand::undo()
{
    if (auto result = m_workspace.pipeline().updateDeal(m_before); !result)
        emit m_workspace.commandFailed(result.error());
}

void EditDealCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (auto result = m_workspace.pipeline().updateDeal(m_after); !result)
        emit m_workspace.commandFailed(result.error());
}

namespace DealCommands {

Result<qint64> create(Workspace &workspace, const Deal &deal, const NewParties &parties)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto created = pipeline.createDeal(deal, parties);
    if (!created)
        return created;
    const Deal stored = *pipeline.deal(*created);
    // What was created with it, to take back on undo and bring back on redo.
    std::optional<Account> account;
    std::optional<Contact> contact;
    if (stored.accountId != deal.accountId)
        account = pipeline.account(stored.accountId);
    if (stored.contactId && stored.contactId != deal.contactId)
        contact = pipeline.contact(stored.contactId);
    workspace.undoStack().push(new PipelineCommand(
        workspace, QCoreApplication::translate("DealCommands", "new deal “%1”").arg(stored.title),
        [&pipeline, stored, account, contact] {
            return pipeline.removeNewDeal(stored.id, account ? account->id : 0, contact ? contact->id : 0);
        },
        [&pipeline, stored, account, contact] { return pipeline.recreateDeal(stored, account, contact); }));
    return stored.id;
}

Result<void> move(Workspace &workspace, qint64 dealId, qint64 toStageId, qint64 beforeDealId)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.deal(dealId);
    if (!before)
        return Error { QCoreApplication::translate("DealCommands", "That deal no longer exists.") };
    if (auto moved = pipeline.moveDeal(dealId, toStageId, beforeDealId); !moved)
        return moved;
    const auto after = pipeline.deal(dealId);
    if (after->stageId == before->stageId && after->position == before->position)
        return {};
    const QString text = before->stageId == toStageId
        ? QCoreApplication::translate("DealCommands", "reorder “%1” in %2")
              .arg(before->title, stageName(workspace, toStageId))
        : QCoreApplication::translate("DealCommands", "move “%1” to %2")
              .arg(before->title, stageName(workspace, toStageId));
    workspace.undoStack().push(new DealSnapshotCommand(workspace, text, *before, *after));
    return {};
}

Result<void> markWon(Workspace &workspace, qint64 dealId, const Money &value, const QDate &wonOn,
    const QList<qint64> &skipFollowUps)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.deal(dealId);
    if (!before)
        return Error { QCoreApplication::translate("DealCommands", "That deal no longer exists.") };
    if (auto won = pipeline.markWon(dealId, value, wonOn, skipFollowUps); !won)
        return won;
    workspace.undoStack().push(new DealSnapshotCommand(workspace,
        QCoreApplication::translate("DealCommands", "mark “%1” as won").arg(before->title), *before,
        *pipeline.deal(dealId), 0, skipFollowUps));
    return {};
}

Result<void> markLost(Workspace &workspace, qint64 dealId, const LostInfo &lost,
    const std::optional<FollowUp> &firstTouch, const QList<qint64> &skipFollowUps)
{
    Pipeline &pipeline = workspace.pipeline();
    const auto before = pipeline.deal(dealId);
    if (!before)
        return Error { QCoreApplication::translate("DealCommands", "That deal no longer exists.") };
    const auto planned = pipeline.markLost(dealId, lost, firstTouch, skipFollowUps);
    if (!planned)
        return Error { planned.error() };
    workspace.undoStack().push(new DealSnapshotCommand(workspace,
        QCoreApplication::translate("DealCommands", "mark “%1” as lost").arg(before->title), *before,
        *pipeline.deal(dealId), *planned, skipFollowUps));
    return {};
}

Result<void> edit(Workspace &workspace, const Deal &deal, const NewParties &parties)
{
    const auto before = workspace.pipeline().deal(deal.id);
    if (!before)
        return Error { QCoreApplication::translate("DealCommands", "That deal no longer exists.") };
    if (auto saved = workspace.pipeline().updateDeal(deal, parties); !saved)
        return saved;
    workspace.undoStack().push(new EditDealCommand(workspace, *before, *workspace.pipeline().deal(deal.id)));
    return {};
}

} // namespace DealCommands

} // namespace Ripen
