// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealwriter.h"

#include "enums.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Ripen {

// Messages keep Pipeline's translation context: they reach the user through its commands.

namespace {

Result<void> discardId(const Result<qint64> &result)
{
    if (!result)
        return Error { result.error() };
    return {};
}

} // namespace

DealWriter::DealWriter(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_statements(m_db)
{
}

Result<qint64> DealWriter::insert(const Deal &deal)
{
    const QString createdAt = isoDateTime(deal.createdAt);
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO deals (id, title, account_id, contact_id, value_minor, currency, "
                       "stage_id, position, owner, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { idOrNull(deal.id), deal.title, deal.accountId, idOrNull(deal.contactId), deal.value.minor,
            deal.value.currency, deal.stageId, deal.position, deal.owner, createdAt });
    const auto id = executeInsert(q);
    if (!id)
        return id;
    QSqlQuery &h = m_statements.prepared(
        QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at) "
                       "VALUES (?, NULL, ?, ?)"),
        { *id, deal.stageId, createdAt });
    if (auto history = execute(h); !history)
        return Error { history.error() };
    return id;
}

Result<void> DealWriter::update(const Deal &deal)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE deals SET title = ?, account_id = ?, contact_id = ?, value_minor = ?, "
                       "currency = ?, owner = ? WHERE id = ?"),
        { deal.title, deal.accountId, idOrNull(deal.contactId), deal.value.minor, deal.value.currency,
            deal.owner, deal.id });
    return execute(q);
}

Result<void> DealWriter::remove(qint64 dealId)
{
    QSqlQuery &q = m_statements.prepared(QStringLiteral("DELETE FROM deals WHERE id = ?"), { dealId });
    return execute(q);
}

Result<qint64> DealWriter::positionIn(qint64 stageId, qint64 beforeDealId, qint64 dealId)
{
    if (!beforeDealId) {
        const QVariant last = m_statements.scalar(
            QStringLiteral("SELECT max(position) FROM deals WHERE stage_id = ? AND id <> ?"),
            { stageId, dealId });
        return last.isNull() ? qint64(0) : last.toLongLong() + Pipeline::kPositionGap;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery &before = m_statements.prepared(
            QStringLiteral("SELECT position, stage_id FROM deals WHERE id = ?"), { beforeDealId });
        const bool found = before.exec() && before.next() && before.value(1).toLongLong() == stageId;
        const qint64 next = found ? before.value(0).toLongLong() : 0;
        before.finish(); // kept for the next call: no read left open meanwhile
        if (!found)
            return Error { Pipeline::tr("The deal to insert before is no longer in that stage.") };
        const QVariant prev
            = m_statements.scalar(QStringLiteral("SELECT max(position) FROM deals WHERE stage_id = ? AND "
                                                 "position < ? AND id <> ?"),
                { stageId, next, dealId });
        if (prev.isNull())
            return next - Pipeline::kPositionGap;
        if (next - prev.toLongLong() >= 2)
            return prev.toLongLong() + (next - prev.toLongLong()) / 2;
        // No room left between the neighbours: spread the column out again, keeping its order.
        QSqlQuery &renumber = m_statements.prepared(
            QStringLiteral("UPDATE deals SET position = r.rank * ? FROM (SELECT id, "
                           "row_number() OVER (ORDER BY position, id) AS rank FROM deals "
                           "WHERE stage_id = ?) AS r WHERE deals.id = r.id"),
            { Pipeline::kPositionGap, stageId });
        if (auto done = execute(renumber); !done)
            return Error { Pipeline::tr("Could not reorder the stage: %1").arg(done.error()) };
    }
    return Error { Pipeline::tr("Could not find a place for the deal in its stage.") };
}

Result<qint64> DealWriter::topOf(qint64 stageId)
{
    const qint64 first
        = m_statements
              .scalar(QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id LIMIT 1"),
                  { stageId })
              .toLongLong();
    return positionIn(stageId, first);
}

Result<void> DealWriter::move(const Deal &current, qint64 toStageId, qint64 beforeDealId)
{
    const auto position = positionIn(toStageId, beforeDealId, current.id);
    if (!position)
        return Error { position.error() };
    QSqlQuery &q
        = m_statements.prepared(QStringLiteral("UPDATE deals SET stage_id = ?, position = ? WHERE id = ?"),
            { toStageId, *position, current.id });
    return discardId(relocated(q, current, toStageId));
}

Result<void> DealWriter::markWon(
    const Deal &current, qint64 wonStageId, const Money &value, const QDate &wonOn)
{
    const auto position = positionIn(wonStageId, 0, current.id);
    if (!position)
        return Error { position.error() };
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE deals SET status = 'won', won_on = ?, value_minor = ?, currency = ?, "
                       "stage_id = ?, position = ? WHERE id = ?"),
        { isoDate(wonOn), value.minor, value.currency, wonStageId, *position, current.id });
    return discardId(relocated(q, current, wonStageId));
}

Result<void> DealWriter::markLost(const Deal &current, qint64 lostStageId, const LostInfo &lost)
{
    const auto position = positionIn(lostStageId, 0, current.id);
    if (!position)
        return Error { position.error() };
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE deals SET status = 'lost', lost_on = ?, lost_reason_id = ?, "
                       "failed_commitment = ?, competitor = ?, lost_note = ?, reengage_on = ?, "
                       "stage_id = ?, position = ? WHERE id = ?"),
        { isoDate(lost.lostOn), lost.reasonId, enumKey(lost.failedCommitment), lost.competitor, lost.note,
            isoDate(lost.reengageOn), lostStageId, *position, current.id });
    const auto history = relocated(q, current, lostStageId);
    if (!history)
        return Error { history.error() };
    return insertLoss(0, current.id, lost, *history);
}

Result<void> DealWriter::reopen(const Deal &current, qint64 toStageId, qint64 beforeDealId)
{
    const auto position = positionIn(toStageId, beforeDealId, current.id);
    if (!position)
        return Error { position.error() };
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE deals SET status = 'open', won_on = NULL, stage_id = ?, position = ? "
                       "WHERE id = ?"),
        { toStageId, *position, current.id });
    return discardId(relocated(q, current, toStageId));
}

Result<void> DealWriter::setReengageOn(qint64 dealId, const QDate &reengageOn)
{
    QSqlQuery &deal = m_statements.prepared(
        QStringLiteral("UPDATE deals SET reengage_on = ? WHERE id = ?"), { isoDate(reengageOn), dealId });
    if (auto done = execute(deal); !done)
        return done;
    QSqlQuery &loss = m_statements.prepared(QStringLiteral("UPDATE losses SET reengage_on = ? WHERE id = "
                                                           "(SELECT max(id) FROM losses WHERE deal_id = ?)"),
        { isoDate(reengageOn), dealId });
    return execute(loss);
}

Result<qint64> DealWriter::relocated(QSqlQuery &update, const Deal &current, qint64 toStageId)
{
    if (auto done = execute(update); !done)
        return Error { done.error() };
    return recordStageChange(current.id, current.stageId, toStageId);
}

Result<void> DealWriter::insertLoss(qint64 lossId, qint64 dealId, const LostInfo &lost, qint64 historyId)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO losses (id, deal_id, history_id, lost_on, reason_id, failed_commitment, "
                       "competitor, note, reengage_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { idOrNull(lossId), dealId, idOrNull(historyId), isoDate(lost.lostOn), idOrNull(lost.reasonId),
            enumKey(lost.failedCommitment), lost.competitor, lost.note,
            textOrNull(isoDate(lost.reengageOn)) });
    if (auto done = execute(q); !done)
        return Error { Pipeline::tr("Could not record the loss: %1").arg(done.error()) };
    return {};
}

Result<void> DealWriter::restore(const Deal &snapshot, qint64 fromStageId)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral(
            "UPDATE deals SET value_minor = ?, currency = ?, stage_id = ?, position = ?, status = ?, "
            "won_on = ?, lost_on = ?, lost_reason_id = ?, failed_commitment = ?, competitor = ?, "
            "lost_note = ?, reengage_on = ? WHERE id = ?"),
        { snapshot.value.minor, snapshot.value.currency, snapshot.stageId, snapshot.position,
            enumKey(snapshot.status), textOrNull(isoDate(snapshot.wonOn)),
            textOrNull(isoDate(snapshot.lost.lostOn)), idOrNull(snapshot.lost.reasonId),
            enumKey(snapshot.lost.failedCommitment), snapshot.lost.competitor, snapshot.lost.note,
            textOrNull(isoDate(snapshot.lost.reengageOn)), snapshot.id });
    if (auto done = execute(q); !done)
        return done;
    const auto history = recordStageChange(snapshot.id, fromStageId, snapshot.stageId);
    if (!history)
        return Error { history.error() };
    // Only undo and redo of a loss change the losses; a move, a win or a re-engagement keeps them.
    QSqlQuery &newer
        = m_statements.prepared(QStringLiteral("DELETE FROM losses WHERE deal_id = ? AND id > ?"),
            { snapshot.id, snapshot.lastLossId });
    if (auto done = execute(newer); !done)
        return done;
    if (!snapshot.lastLossId || snapshot.status != DealStatus::Lost
        || m_statements
                .scalar(QStringLiteral("SELECT count(*) FROM losses WHERE id = ?"), { snapshot.lastLossId })
                .toLongLong()
            > 0)
        return {};
    return insertLoss(snapshot.lastLossId, snapshot.id, snapshot.lost, *history);
}

Result<void> DealWriter::moveAll(qint64 fromStageId, qint64 toStageId)
{
    QSqlQuery &history = m_statements.prepared(
        QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, "
                       "changed_at) SELECT id, stage_id, ?, ? FROM deals WHERE stage_id = ?"),
        { toStageId, isoDateTime(m_clock.now()), fromStageId });
    if (auto done = execute(history); !done)
        return done;
    const QVariant base = m_statements.scalar(
        QStringLiteral("SELECT max(position) FROM deals WHERE stage_id = ?"), { toStageId });
    QSqlQuery &move = m_statements.prepared(
        QStringLiteral("UPDATE deals SET stage_id = ?, position = ? + r.rank * ? FROM (SELECT id, "
                       "row_number() OVER (ORDER BY position, id) AS rank FROM deals WHERE "
                       "stage_id = ?) AS r WHERE deals.id = r.id"),
        { toStageId, base.isNull() ? qint64(0) : base.toLongLong(), Pipeline::kPositionGap, fromStageId });
    return execute(move);
}

Result<qint64> DealWriter::recordStageChange(qint64 dealId, qint64 fromStageId, qint64 toStageId)
{
    if (fromStageId == toStageId)
        return qint64(0);
    QSqlQuery &h = m_statements.prepared(
        QStringLiteral("INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at) "
                       "VALUES (?, ?, ?, ?)"),
        { dealId, idOrNull(fromStageId), toStageId, isoDateTime(m_clock.now()) });
    const auto id = executeInsert(h);
    if (!id)
        return Error { Pipeline::tr("Could not record the stage change: %1").arg(id.error()) };
    return id;
}

} // namespace Ripen
