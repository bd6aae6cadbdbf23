// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "deal.h"
#include "money.h"
#include "result.h"
#include "sqlutil.h"

#include <QDate>
#include <QSqlDatabase>

class QSqlQuery;

namespace Ripen {

// Deals, their place in a column and their stage history. Runs inside a transaction the caller
// (Pipeline) opened and stores what it is given (the caller validates and trims). A failure is the
// database's reason, or a sentence when the writer knows more (the neighbour to insert before left).
class DealWriter final
{
public:
    DealWriter(QSqlDatabase db, const Clock &clock);

    // The deal (under its id when it has one, as redo needs) and its first stage-history row, both
    // dated by its created_at.
    Result<qint64> insert(const Deal &deal);
    // Title, account, contact, value, currency and owner.
    Result<void> update(const Deal &deal);
    // Its stage history goes with it (ON DELETE CASCADE).
    Result<void> remove(qint64 dealId);

    // Where dealId goes in stageId: before beforeDealId, or at the end when that is 0. Renumbers the
    // column when no gap is left between the neighbours.
    Result<qint64> positionIn(qint64 stageId, qint64 beforeDealId, qint64 dealId = 0);
    // The top of the column, where a new deal arrives.
    Result<qint64> topOf(qint64 stageId);

    // Each of these places the deal in the target stage (before beforeDealId, 0 = at the end), writes
    // the fields that belong to that step with its own statement, and records the stage change.
    Result<void> move(const Deal &current, qint64 toStageId, qint64 beforeDealId);
    Result<void> markWon(const Deal &current, qint64 wonStageId, const Money &value, const QDate &wonOn);
    // Also records the loss in losses, pointing at its stage-history row.
    Result<void> markLost(const Deal &current, qint64 lostStageId, const LostInfo &lost);
    // The last "no" (reason, dates) stays on the deal and every loss in losses: the lost-deal review
    // counts re-engaged deals.
    Result<void> reopen(const Deal &current, qint64 toStageId, qint64 beforeDealId);
    // The come-back date of a lost deal: on the deal and on its latest loss.
    Result<void> setReengageOn(qint64 dealId, const QDate &reengageOn);

    // Value, stage, position, status, won and lost fields as captured (undo), and the stage-history
    // row when that moves the deal away from fromStageId. Losses newer than the snapshot's last one go
    // (undo of a loss); the snapshot's last loss, when it is gone, comes back under its id (redo).
    Result<void> restore(const Deal &snapshot, qint64 fromStageId);
    // Every deal of fromStageId goes below the deals of toStageId, in the order it had, each with its
    // stage-history row.
    Result<void> moveAll(qint64 fromStageId, qint64 toStageId);

private:
    // The end of every relocation: runs its UPDATE, then records the stage change.
    // Returns the stage-history row, 0 when the stage stayed.
    Result<qint64> relocated(QSqlQuery &update, const Deal &current, qint64 toStageId);
    Result<qint64> recordStageChange(qint64 dealId, qint64 fromStageId, qint64 toStageId);
    // One row of losses (lossId 0: a new one) for the stage change historyId (0: none).
    Result<void> insertLoss(qint64 lossId, qint64 dealId, const LostInfo &lost, qint64 historyId);

    QSqlDatabase m_db;
    const Clock &m_clock;
    // Its statements, each prepared once for as long as the writer lives: one command, or one import
    // of many rows, where preparing them for every row cost more than running them.
    StatementCache m_statements;
};

} // namespace Ripen
