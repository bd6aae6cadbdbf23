// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmappers.h"

#include "cadence.h"
#include "clock.h"
#include "enums.h"

namespace Ripen {

const QString kAccountColumns
    = QStringLiteral("id, name, industry, website, city, parent_id, notes, created_at");
const QString kContactColumns
    = QStringLiteral("id, account_id, name, job_title, role, email, phone, notes, created_at");
const QString kDealColumns = QStringLiteral(
    "id, title, account_id, contact_id, value_minor, currency, stage_id, position, owner, created_at, "
    "status, won_on, lost_on, lost_reason_id, failed_commitment, competitor, lost_note, reengage_on, "
    "(SELECT max(l.id) FROM losses l WHERE l.deal_id = deals.id)");
const QString kTouchColumns
    = QStringLiteral("id, deal_id, contact_id, channel, occurred_at, outcome, value_kind, value_text, note");
const QString kFollowUpColumns
    = QStringLiteral("id, deal_id, contact_id, due_on, channel, "
                     "planned_value_kind, planned_value, cadence, note, "
                     "done_touch_id, done_on, series_id, series_until, skip_reason");
const QString kStageColumns = QStringLiteral("id, name, position, kind, rot_days, archived");
const QString kReasonColumns = QStringLiteral("id, label, meaning, reengage_days, position");

Deal dealFromQuery(const QSqlQuery &q)
{
    Deal deal;
    deal.id = q.value(0).toLongLong();
    deal.title = q.value(1).toString();
    deal.accountId = q.value(2).toLongLong();
    deal.contactId = q.value(3).toLongLong();
    deal.value = Money { q.value(4).toLongLong(), q.value(5).toString() };
    deal.stageId = q.value(6).toLongLong();
    deal.position = q.value(7).toLongLong();
    deal.owner = q.value(8).toString();
    deal.createdAt = dateTimeFromIso(q.value(9).toString());
    deal.status = enumFromKey<DealStatus>(q.value(10).toString()).value_or(DealStatus::Open);
    deal.wonOn = dateFromIso(q.value(11).toString());
    deal.lost.lostOn = dateFromIso(q.value(12).toString());
    deal.lost.reasonId = q.value(13).toLongLong();
    deal.lost.failedCommitment
        = enumFromKey<FailedCommitment>(q.value(14).toString()).value_or(FailedCommitment::None);
    deal.lost.competitor = q.value(15).toString();
    deal.lost.note = q.value(16).toString();
    deal.lost.reengageOn = dateFromIso(q.value(17).toString());
    deal.lastLossId = q.value(18).toLongLong();
    return deal;
}

Stage stageFromQuery(const QSqlQuery &q)
{
    Stage stage;
    stage.id = q.value(0).toLongLong();
    stage.name = q.value(1).toString();
    stage.position = q.value(2).toInt();
    stage.kind = enumFromKey<StageKind>(q.value(3).toString()).value_or(StageKind::Open);
    stage.rotDays = q.value(4).toInt();
    stage.archived = q.value(5).toBool();
    return stage;
}

LostReason reasonFromQuery(const QSqlQuery &q)
{
    LostReason reason;
    reason.id = q.value(0).toLongLong();
    reason.label = q.value(1).toString();
    reason.meaning = enumFromKey<NoMeaning>(q.value(2).toString()).value_or(NoMeaning::Timing);
    reason.reengageDays = q.value(3).toInt();
    reason.position = q.value(4).toInt();
    return reason;
}

Contact contactFromQuery(const QSqlQuery &q)
{
    Contact contact;
    contact.id = q.value(0).toLongLong();
    contact.accountId = q.value(1).toLongLong();
    contact.name = q.value(2).toString();
    contact.jobTitle = q.value(3).toString();
    contact.role = enumFromKey<ContactRole>(q.value(4).toString()).value_or(ContactRole::Other);
    contact.email = q.value(5).toString();
    contact.phone = q.value(6).toString();
    contact.notes = q.value(7).toString();
    contact.createdAt = dateTimeFromIso(q.value(8).toString());
    return contact;
}

Account accountFromQuery(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.industry = q.value(2).toString();
    a.website = q.value(3).toString();
    a.city = q.value(4).toString();
    a.parentId = q.value(5).toLongLong();
    a.notes = q.value(6).toString();
    a.createdAt = dateTimeFromIso(q.value(7).toString());
    return a;
}

Touch touchFromQuery(const QSqlQuery &q)
{
    Touch t;
    t.id = q.value(0).toLongLong();
    t.dealId = q.value(1).toLongLong();
    t.contactId = q.value(2).toLongLong();
    t.channel = enumFromKey<Channel>(q.value(3).toString()).value_or(Channel::Call);
    t.occurredAt = dateTimeFromIso(q.value(4).toString());
    t.outcome = enumFromKey<TouchOutcome>(q.value(5).toString()).value_or(TouchOutcome::NoAnswer);
    t.valueKind = enumFromKey<ValueKind>(q.value(6).toString()).value_or(ValueKind::None);
    t.valueText = q.value(7).toString();
    t.note = q.value(8).toString();
    return t;
}

FollowUp followUpFromQuery(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.dealId = q.value(1).toLongLong();
    f.contactId = q.value(2).toLongLong();
    f.dueOn = dateFromIso(q.value(3).toString());
    f.channel = enumFromKey<Channel>(q.value(4).toString()).value_or(Channel::Email);
    f.plannedValueKind = enumFromKey<ValueKind>(q.value(5).toString()).value_or(ValueKind::None);
    f.plannedValue = q.value(6).toString();
    f.cadence = cadenceFromStoredText(q.value(7).toString());
    f.note = q.value(8).toString();
    f.doneTouchId = q.value(9).toLongLong();
    f.doneOn = dateFromIso(q.value(10).toString());
    f.seriesId = q.value(11).toLongLong();
    f.seriesUntil = dateFromIso(q.value(12).toString());
    f.skipReason = q.value(13).toString();
    return f;
}

} // namespace Ripen
