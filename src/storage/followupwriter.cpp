// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupwriter.h"

#include "clock.h"
#include "enums.h"
#include "sqlutil.h"

namespace Ripen {

FollowUpWriter::FollowUpWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{
}

Result<qint64> FollowUpWriter::insertTouch(const Touch &touch)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO touches (id, deal_id, contact_id, channel, occurred_at, outcome, "
                       "value_kind, value_text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { idOrNull(touch.id), touch.dealId, idOrNull(touch.contactId), enumKey(touch.channel),
            isoDateTime(touch.occurredAt), enumKey(touch.outcome), enumKey(touch.valueKind), touch.valueText,
            touch.note });
    return executeInsert(q);
}

Result<void> FollowUpWriter::updateTouch(const Touch &touch)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE touches SET contact_id = ?, channel = ?, occurred_at = ?, outcome = ?, "
                       "value_kind = ?, value_text = ?, note = ? WHERE id = ?"),
        { idOrNull(touch.contactId), enumKey(touch.channel), isoDateTime(touch.occurredAt),
            enumKey(touch.outcome), enumKey(touch.valueKind), touch.valueText, touch.note, touch.id });
    return execute(q);
}

Result<void> FollowUpWriter::removeTouch(qint64 touchId)
{
    QSqlQuery &reopen = m_statements.prepared(
        QStringLiteral("UPDATE follow_ups SET done_touch_id = NULL, done_on = NULL WHERE done_touch_id = ?"),
        { touchId });
    if (auto reopened = execute(reopen); !reopened)
        return reopened;
    QSqlQuery &q = m_statements.prepared(QStringLiteral("DELETE FROM touches WHERE id = ?"), { touchId });
    return execute(q);
}

Result<qint64> FollowUpWriter::insertFollowUp(const FollowUp &followUp)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("INSERT INTO follow_ups (id, deal_id, contact_id, due_on, channel, "
                       "planned_value_kind, planned_value, cadence, note, series_id, series_until) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { idOrNull(followUp.id), followUp.dealId, idOrNull(followUp.contactId), isoDate(followUp.dueOn),
            enumKey(followUp.channel), enumKey(followUp.plannedValueKind), followUp.plannedValue,
            enumKey(followUp.cadence), followUp.note, idOrNull(followUp.seriesId),
            textOrNull(followUp.seriesUntil.isValid() ? isoDate(followUp.seriesUntil) : QString()) });
    return executeInsert(q);
}

Result<void> FollowUpWriter::reschedule(qint64 followUpId, const QDate &dueOn)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE follow_ups SET due_on = ? WHERE id = ?"), { isoDate(dueOn), followUpId });
    return execute(q);
}

Result<void> FollowUpWriter::complete(qint64 followUpId, qint64 touchId, const QDate &doneOn)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE follow_ups SET done_touch_id = ?, done_on = ? WHERE id = ?"),
        { touchId, isoDate(doneOn), followUpId });
    return execute(q);
}

Result<void> FollowUpWriter::skip(qint64 followUpId, const QString &reason, const QDate &on)
{
    QSqlQuery &q = m_statements.prepared(
        QStringLiteral("UPDATE follow_ups SET done_on = ?, skip_reason = ? WHERE id = ? AND done_on IS NULL"),
        { isoDate(on), reason, followUpId });
    return execute(q);
}

Result<void> FollowUpWriter::unskip(qint64 followUpId)
{
    QSqlQuery &q
        = m_statements.prepared(QStringLiteral("UPDATE follow_ups SET done_on = NULL, skip_reason = NULL "
                                               "WHERE id = ? AND skip_reason IS NOT NULL"),
            { followUpId });
    return execute(q);
}

Result<void> FollowUpWriter::remove(qint64 followUpId)
{
    QSqlQuery &q
        = m_statements.prepared(QStringLiteral("DELETE FROM follow_ups WHERE id = ?"), { followUpId });
    return execute(q);
}

} // namespace Ripen
