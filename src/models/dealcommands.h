// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deal.h"
#include "followup.h"
#include "pipeline.h"
#include "result.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace Ripen {

class Workspace;

// Board commands that can be undone. Each runs its Pipeline command first; only a command that
// succeeded goes on the undo stack, so a failure leaves both the database and the stack as they were.
namespace DealCommands {

// A new deal, with the account and contact typed into the form when they are new; undo takes all
// three back (refused once the deal has touches or follow-ups), redo brings them back under their ids.
Result<qint64> create(Workspace &workspace, const Deal &deal, const NewParties &parties = {});

Result<void> move(Workspace &workspace, qint64 dealId, qint64 toStageId, qint64 beforeDealId = 0);
// skipFollowUps: the deal's open follow-ups the user chose not to keep; undo plans them again.
Result<void> markWon(Workspace &workspace, qint64 dealId, const Money &value, const QDate &wonOn,
    const QList<qint64> &skipFollowUps = {});
Result<void> markLost(Workspace &workspace, qint64 dealId, const LostInfo &lost,
    const std::optional<FollowUp> &firstTouch = {}, const QList<qint64> &skipFollowUps = {});
Result<void> edit(Workspace &workspace, const Deal &deal, const NewParties &parties = {});

} // namespace DealCommands

// Undo puts the deal's placement and outcome back as they were; redo as they became.
class DealSnapshotCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DealSnapshotCommand)
public:
    // skipped: follow-ups the step closed with the deal (won or lost), open again on undo.
    DealSnapshotCommand(Workspace &workspace, const QString &text, Deal before, Deal after,
        qint64 plannedFollowUpId = 0, QList<qint64> skipped = {});

    void undo() override;
    void redo() override;

protected:
    Workspace &m_workspace;
    Deal m_before;
    Deal m_after;
    std::optional<FollowUp> m_planned; // the first value touch planned with a "lost"
    qint64 m_plannedId = 0;
    QList<qint64> m_skipped;
    bool m_firstRedo = true;
};

class EditDealCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditDealCommand)
public:
    EditDealCommand(Workspace &workspace, Deal before, Deal after);
    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    Deal m_before;
    Deal m_after;
    bool m_firstRedo = true;
};

} // namespace Ripen
