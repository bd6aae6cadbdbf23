// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "cadence.h"
#include "clock.h"
#include "lostreason.h"
#include "pipeline.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace Ripen {

namespace {

constexpr int kSourceStage = 0;
constexpr int kSourceTouch = 1;

// A read that fails (a damaged or vanished file) leaves the rows as they are and says why in the log;
// the next write through the Pipeline reports the problem to the user.
bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qWarning("Ripen: the timeline could not be read: %s", qPrintable(sqlErrorText(query)));
    return false;
}

// Above every stored moment: the key the first page of the past is read before.
const auto kAfterEverything = QStringLiteral("9999-12-31T23:59:59");

} // namespace

TimelineModel::TimelineModel(Pipeline &pipeline, QObject *parent)
    : QAbstractListModel(parent)
    , m_pipeline(&pipeline)
{
    connect(m_pipeline, &Pipeline::touchLogged, this, &TimelineModel::onTouch);
    connect(m_pipeline, &Pipeline::touchChanged, this, &TimelineModel::onTouch);
    connect(m_pipeline, &Pipeline::followUpChanged, this, &TimelineModel::onFollowUp);
    connect(m_pipeline, &Pipeline::dealMoved, this, [this](qint64 dealId) { onDealHistory(dealId); });
    connect(m_pipeline, &Pipeline::dealStatusChanged, this, [this](qint64 dealId) { onDealHistory(dealId); });
    connect(m_pipeline, &Pipeline::dealChanged, this, &TimelineModel::onDealChanged);
    connect(m_pipeline, &Pipeline::contactChanged, this, &TimelineModel::onContactChanged);
    connect(m_pipeline, &Pipeline::stagesChanged, this, [this] {
        if (!m_dealId)
            return;
        readContext();
        if (!m_past.isEmpty())
            emit dataChanged(index(0), index(int(m_past.size()) - 1));
        emit dealChanged();
    });
    connect(m_pipeline, &Pipeline::bulkChanged, this, [this] {
        if (m_dealId)
            reload();
    });
    connect(m_pipeline, &Pipeline::lostReasonsChanged, this, [this] {
        if (m_dealId && !m_past.isEmpty())
            emit dataChanged(index(0), index(int(m_past.size()) - 1));
    });
}

void TimelineModel::setDeal(qint64 dealId, Scope scope)
{
    if (dealId == m_dealId && scope == m_scope)
        return;
    m_dealId = dealId;
    m_scope = scope;
    reload();
}

void TimelineModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TimelineModel::release()
{
    if (!m_pipeline)
        return;
    beginResetModel();
    disconnect(m_pipeline, nullptr, this, nullptr);
    m_pipeline = nullptr;
    m_dealId = m_accountId = 0;
    m_past.clear();
    m_planned.clear();
    m_deals.clear();
    m_pastComplete = true;
    endResetModel();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_past.clear();
    m_planned.clear();
    m_people.clear();
    m_pastComplete = true;
    if (m_pipeline && m_dealId) {
        readContext();
        if (!m_deals.contains(m_dealId)) {
            m_dealId = m_accountId = 0; // the deal is gone
        } else {
            m_past = readPast(nullptr, kPageSize);
            m_pastComplete = m_past.size() < kPageSize;
            std::reverse(m_past.begin(), m_past.end());
            m_planned = readPlanned();
        }
    }
    endResetModel();
    emit dealChanged();
}

// The deals in scope (their titles and what the Lost entries say) and the stages by id.
void TimelineModel::readContext()
{
    m_deals.clear();
    m_stages.clear();
    const std::optional<Deal> deal = m_pipeline->deal(m_dealId);
    if (!deal)
        return;
    m_accountId = deal->accountId;
    if (m_scope == Scope::Account) {
        for (const Deal &other : m_pipeline->dealsOfAccount(m_accountId))
            m_deals.insert(other.id, other);
    } else {
        m_deals.insert(deal->id, *deal);
    }
    for (const Stage &stage : m_pipeline->allStages())
        m_stages.insert(stage.id, stage);
}

QString TimelineModel::scopeSql(const char *column) const
{
    return m_scope == Scope::Account
        ? QStringLiteral("%1 IN (SELECT id FROM deals WHERE account_id = ?)").arg(QLatin1String(column))
        : QStringLiteral("%1 = ?").arg(QLatin1String(column));
}

QVariant TimelineModel::scopeValue() const
{
    return m_scope == Scope::Account ? m_accountId : m_dealId;
}

bool TimelineModel::showsTouches() const
{
    return m_filter.show == TimelineShow::Everything || m_filter.show == TimelineShow::Touches
        || m_filter.show == TimelineShow::NosHeard;
}

bool TimelineModel::showsStageChanges() const
{
    return (m_filter.show == TimelineShow::Everything || m_filter.show == TimelineShow::StageChanges)
        && !m_filter.contactId && !m_filter.channel;
}

bool TimelineModel::showsPlanned() const
{
    return m_filter.show == TimelineShow::Everything || m_filter.show == TimelineShow::Planned;
}

// The touches branch of the past: the touches in scope (or one touch by id) that pass the filter.
QString TimelineModel::touchBranchSql(bool oneTouch) const
{
    QString sql
        = QStringLiteral("SELECT 1 AS src, id, deal_id, occurred_at AS at, channel, contact_id, outcome, "
                         "value_kind, value_text, note, NULL AS from_stage, NULL AS to_stage "
                         "FROM touches WHERE %1")
              .arg(oneTouch ? QStringLiteral("id = ?") : scopeSql("deal_id"));
    if (m_filter.show == TimelineShow::NosHeard)
        sql += QStringLiteral(" AND outcome IN ('no', 'not_now')");
    if (m_filter.contactId)
        sql += QStringLiteral(" AND contact_id = ?");
    if (m_filter.channel)
        sql += QStringLiteral(" AND channel = ?");
    return sql;
}

void TimelineModel::bindTouchBranch(QSqlQuery &query, const QVariant &scopeOrId) const
{
    addBindValue(query, scopeOrId);
    if (m_filter.contactId)
        addBindValue(query, m_filter.contactId);
    if (m_filter.channel)
        addBindValue(query, enumKey(*m_filter.channel));
}

QString TimelineModel::stageBranchSql(bool afterId) const
{
    return QStringLiteral("SELECT 0 AS src, id, deal_id, changed_at AS at, NULL, NULL, NULL, NULL, NULL, "
                          "NULL, from_stage_id, to_stage_id FROM stage_history WHERE %1")
        .arg(afterId ? QStringLiteral("deal_id = ? AND id > ?") : scopeSql("deal_id"));
}

QString TimelineModel::pastPageSql() const
{
    QStringList branches;
    if (showsTouches())
        branches << touchBranchSql(false);
    if (showsStageChanges())
        branches << stageBranchSql(false);
    if (branches.isEmpty())
        return {};
    return QStringLiteral("SELECT * FROM (%1) WHERE (at, src, id) < (?, ?, ?) "
                          "ORDER BY at DESC, src DESC, id DESC LIMIT ?")
        .arg(branches.join(QStringLiteral(" UNION ALL ")));
}

TimelineModel::Entry TimelineModel::pastEntryFrom(const QSqlQuery &q)
{
    Entry e;
    e.source = q.value(0).toInt();
    e.id = q.value(1).toLongLong();
    e.dealId = q.value(2).toLongLong();
    e.atText = q.value(3).toString();
    e.at = dateTimeFromIso(e.atText);
    if (e.source == kSourceTouch) {
        e.kind = Kind::Touch;
        e.channel = enumFromKey<Channel>(q.value(4).toString()).value_or(Channel::Call);
        e.contactId = q.value(5).toLongLong();
        e.outcome = enumFromKey<TouchOutcome>(q.value(6).toString()).value_or(TouchOutcome::NoAnswer);
        e.valueKind = enumFromKey<ValueKind>(q.value(7).toString()).value_or(ValueKind::None);
        e.valueText = q.value(8).toString();
        e.note = q.value(9).toString();
    } else {
        e.kind = Kind::StageChange; // which kind of change is for the caller, who knows the stages
        e.fromStageId = q.value(10).toLongLong();
        e.toStageId = q.value(11).toLongLong();
    }
    return e;
}

QList<TimelineModel::Entry> TimelineModel::readPast(const Entry *before, int limit) const
{
    const QString sql = pastPageSql();
    if (sql.isEmpty())
        return {};
    QSqlQuery q = prepared(m_pipeline->connection(), sql);
    if (showsTouches())
        bindTouchBranch(q, scopeValue());
    if (showsStageChanges())
        addBindValue(q, scopeValue());
    addBindValue(q, before ? before->atText : kAfterEverything);
    addBindValue(q, before ? before->source : kSourceTouch + 1);
    addBindValue(q, before ? before->id : qint64(0));
    addBindValue(q, limit);
    QList<Entry> entries;
    if (!run(q))
        return entries;
    while (q.next()) {
        Entry e = pastEntryFrom(q);
        if (e.source == kSourceStage)
            e.kind = stageChangeKind(e.fromStageId, e.toStageId);
        entries << e;
    }
    return entries;
}

std::optional<TimelineModel::Entry> TimelineModel::readTouch(qint64 touchId) const
{
    if (!showsTouches())
        return std::nullopt;
    QSqlQuery q = prepared(m_pipeline->connection(), touchBranchSql(true));
    bindTouchBranch(q, touchId);
    if (!run(q) || !q.next())
        return std::nullopt;
    return pastEntryFrom(q);
}

QList<TimelineModel::Entry> TimelineModel::readHistoryAfter(qint64 dealId, qint64 afterId) const
{
    QSqlQuery q = prepared(
        m_pipeline->connection(), stageBranchSql(true) + QStringLiteral(" ORDER BY id"), { dealId, afterId });
    QList<Entry> entries;
    if (!run(q))
        return entries;
    while (q.next()) {
        Entry e = pastEntryFrom(q);
        e.kind = stageChangeKind(e.fromStageId, e.toStageId);
        entries << e;
    }
    return entries;
}

QList<TimelineModel::Entry> TimelineModel::readPlanned(qint64 followUpId) const
{
    if (!showsPlanned() && !followUpId)
        return {};
    QString sql = QStringLiteral("SELECT id, deal_id, due_on, channel, contact_id, planned_value_kind, "
                                 "planned_value, note, cadence FROM follow_ups WHERE done_on IS NULL AND %1")
                      .arg(followUpId ? QStringLiteral("id = ?") : scopeSql("deal_id"));
    if (m_filter.contactId)
        sql += QStringLiteral(" AND contact_id = ?");
    if (m_filter.channel)
        sql += QStringLiteral(" AND channel = ?");
    sql += QStringLiteral(" ORDER BY due_on, id");
    QSqlQuery q = prepared(m_pipeline->connection(), sql);
    addBindValue(q, followUpId ? QVariant(followUpId) : scopeValue());
    if (m_filter.contactId)
        addBindValue(q, m_filter.contactId);
    if (m_filter.channel)
        addBindValue(q, enumKey(*m_filter.channel));
    QList<Entry> entries;
    if (!run(q))
        return entries;
    while (q.next()) {
        Entry e;
        e.kind = Kind::Planned;
        e.id = q.value(0).toLongLong();
        e.dealId = q.value(1).toLongLong();
        e.dueOn = dateFromIso(q.value(2).toString());
        e.at = e.dueOn.startOfDay();
        e.channel = enumFromKey<Channel>(q.value(3).toString()).value_or(Channel::Email);
        e.contactId = q.value(4).toLongLong();
        e.valueKind = enumFromKey<ValueKind>(q.value(5).toString()).value_or(ValueKind::None);
        e.valueText = q.value(6).toString();
        e.note = q.value(7).toString();
        e.cadence = cadenceFromStoredText(q.value(8).toString());
        if (inScope(e.dealId))
            entries << e;
    }
    return entries;
}

TimelineModel::Kind TimelineModel::stageChangeKind(qint64 fromStageId, qint64 toStageId) const
{
    if (!fromStageId)
        return Kind::Created;
    const StageKind to = m_stages.value(toStageId).kind;
    if (to == StageKind::Won)
        return Kind::Won;
    if (to == StageKind::Lost)
        return Kind::Lost;
    if (m_stages.value(fromStageId).kind != StageKind::Open)
        return Kind::Reopened;
    return Kind::StageChange;
}

// The order of the past: by moment, a stage change before a touch logged at the same moment, then id.
bool TimelineModel::pastBefore(const Entry &a, const Entry &b)
{
    if (a.atText != b.atText)
        return a.atText < b.atText;
    if (a.source != b.source)
        return a.source < b.source;
    return a.id < b.id;
}

int TimelineModel::fetchOlder()
{
    if (!canFetchOlder() || !m_pipeline)
        return 0;
    QList<Entry> older = readPast(m_past.isEmpty() ? nullptr : &m_past.constFirst(), kPageSize);
    m_pastComplete = older.size() < kPageSize;
    if (older.isEmpty())
        return 0;
    std::reverse(older.begin(), older.end());
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_past = older + m_past;
    endInsertRows();
    return int(older.size());
}

QList<Touch> TimelineModel::touchesInScope() const
{
    if (!m_pipeline || !m_dealId)
        return {};
    return m_scope == Scope::Account ? m_pipeline->touchesOfAccount(m_accountId)
                                     : m_pipeline->touchesOfDeal(m_dealId);
}

int TimelineModel::rowOf(Kind kind, qint64 entryId) const
{
    if (kind == Kind::Planned) {
        for (int i = 0; i < m_planned.size(); ++i) {
            if (m_planned.at(i).id == entryId)
                return int(m_past.size()) + 1 + i;
        }
        return -1;
    }
    const bool touch = kind == Kind::Touch;
    for (int i = 0; i < m_past.size(); ++i) {
        const Entry &e = m_past.at(i);
        if (e.id == entryId && (e.kind == Kind::Touch) == touch)
            return i;
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_dealId)
        return 0;
    return int(m_past.size() + 1 + m_planned.size());
}

const TimelineModel::Entry *TimelineModel::entryAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < m_past.size())
        return &m_past.at(row);
    const int planned = row - int(m_past.size()) - 1;
    if (planned >= 0 && planned < m_planned.size())
        return &m_planned.at(planned);
    return nullptr;
}

TimelineModel::Person TimelineModel::person(qint64 contactId) const
{
    if (!contactId || !m_pipeline)
        return {};
    auto found = m_people.constFind(contactId);
    if (found == m_people.constEnd()) {
        Person p;
        if (const auto contact = m_pipeline->contact(contactId)) {
            p.name = contact->name;
            p.role = contact->role;
        }
        found = m_people.insert(contactId, p);
    }
    return *found;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_past.size()) {
        switch (role) {
        case KindRole:
            return int(Kind::Today);
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("Today");
        case WhenRole:
            return m_pipeline ? m_pipeline->clock().now() : QDateTime();
        case DueOnRole:
            return m_pipeline ? m_pipeline->clock().today() : QDate();
        default:
            return {};
        }
    }
    const Entry *e = entryAt(index.row());
    if (!e)
        return {};
    const Deal deal = m_deals.value(e->dealId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return summary(*e);
    case KindRole:
        return int(e->kind);
    case EntryIdRole:
        return e->id;
    case DealIdRole:
        return e->dealId;
    case DealTitleRole:
        return deal.title;
    case WhenRole:
        return e->at;
    case DueOnRole:
        return e->dueOn.isValid() ? QVariant(e->dueOn) : QVariant(e->at.date());
    case ChannelRole:
        return e->kind == Kind::Touch || e->kind == Kind::Planned ? QVariant(int(e->channel)) : QVariant();
    case ContactIdRole:
        return e->contactId;
    case ContactNameRole:
        return person(e->contactId).name;
    case ContactRoleRole:
        return e->contactId ? QVariant(int(person(e->contactId).role)) : QVariant();
    case OutcomeRole:
        return e->kind == Kind::Touch ? QVariant(int(e->outcome)) : QVariant();
    case ValueKindRole:
        return int(e->valueKind);
    case ValueTextRole:
        return e->valueText;
    case NoteRole:
        return e->kind == Kind::Lost && deal.status == DealStatus::Lost ? deal.lost.note : e->note;
    case CarriesValueRole:
        return e->valueKind != ValueKind::None;
    case FromStageRole:
        return m_stages.value(e->fromStageId).name;
    case ToStageRole:
        return m_stages.value(e->toStageId).name;
    case LostReasonRole:
        if (e->kind == Kind::Lost && deal.lost.reasonId && m_pipeline) {
            if (const auto reason = m_pipeline->lostReason(deal.lost.reasonId))
                return reason->label;
        }
        return {};
    case LostDetailsRole: {
        if (e->kind != Kind::Lost)
            return {};
        QStringList parts;
        if (deal.lost.failedCommitment != FailedCommitment::None)
            parts << tr("failed at: %1").arg(enumLabel(deal.lost.failedCommitment));
        if (!deal.lost.competitor.isEmpty())
            parts << tr("chose %1").arg(deal.lost.competitor);
        return parts.join(QStringLiteral(" · "));
    }
    case ReengageOnRole:
        return e->kind == Kind::Lost ? deal.lost.reengageOn : QDate();
    case CadenceRole:
        return int(e->cadence);
    case OverdueRole:
        return e->kind == Kind::Planned && m_pipeline && e->dueOn < m_pipeline->clock().today();
    default:
        return {};
    }
}

// One line that says what happened: what screen readers read and what tests compare.
QString TimelineModel::summary(const Entry &e) const
{
    const QLocale locale;
    switch (e.kind) {
    case Kind::Touch: {
        QString text = tr("%1, %2: %3")
                           .arg(locale.toString(e.at, QLocale::ShortFormat), enumLabel(e.channel),
                               enumLabel(e.outcome));
        if (e.valueKind != ValueKind::None)
            text += tr(" (brought %1: %2)").arg(enumLabel(e.valueKind), e.valueText);
        else
            text += tr(" (bare check-in)");
        return text;
    }
    case Kind::Created:
        return tr("%1: created in %2")
            .arg(locale.toString(e.at, QLocale::ShortFormat), m_stages.value(e.toStageId).name);
    case Kind::StageChange:
        return tr("%1: moved from %2 to %3")
            .arg(locale.toString(e.at, QLocale::ShortFormat), m_stages.value(e.fromStageId).name,
                m_stages.value(e.toStageId).name);
    case Kind::Won:
        return tr("%1: won").arg(locale.toString(e.at, QLocale::ShortFormat));
    case Kind::Lost:
        return tr("%1: lost").arg(locale.toString(e.at, QLocale::ShortFormat));
    case Kind::Reopened:
        return tr("%1: reopened in %2")
            .arg(locale.toString(e.at, QLocale::ShortFormat), m_stages.value(e.toStageId).name);
    case Kind::Planned:
        return tr("%1, planned: %2")
            .arg(locale.toString(e.dueOn, QLocale::ShortFormat), enumLabel(e.channel));
    case Kind::Today:
        break;
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Today is a marker, not an entry to select.
    if (index.row() == m_past.size())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

// --- Changes -----------------------------------------------------------------------------------

void TimelineModel::placePast(const Entry &entry)
{
    // Past the oldest row read, the entry belongs to a page not read yet.
    if (!m_pastComplete && (m_past.isEmpty() || pastBefore(entry, m_past.constFirst())))
        return;
    const auto at = std::lower_bound(m_past.cbegin(), m_past.cend(), entry, &TimelineModel::pastBefore);
    const int row = int(at - m_past.cbegin());
    beginInsertRows({}, row, row);
    m_past.insert(row, entry);
    endInsertRows();
}

void TimelineModel::removePastRow(int index)
{
    beginRemoveRows({}, index, index);
    m_past.removeAt(index);
    endRemoveRows();
}

void TimelineModel::onTouch(qint64 dealId, qint64 touchId)
{
    if (!m_dealId || !inScope(dealId))
        return;
    const int row = rowOf(Kind::Touch, touchId);
    std::optional<Entry> fresh = readTouch(touchId);
    if (fresh && !inScope(fresh->dealId))
        fresh.reset();
    if (row >= 0) {
        if (fresh && fresh->atText == m_past.at(row).atText) {
            m_past[row] = *fresh;
            emit dataChanged(index(row), index(row));
            return;
        }
        removePastRow(row);
    }
    if (fresh)
        placePast(*fresh);
}

void TimelineModel::onFollowUp(qint64 dealId, qint64 followUpId)
{
    if (!m_dealId || !inScope(dealId))
        return;
    const int first = int(m_past.size()) + 1;
    const int row = rowOf(Kind::Planned, followUpId);
    const QList<Entry> fresh = showsPlanned() ? readPlanned(followUpId) : QList<Entry>();
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_planned.removeAt(row - first);
        endRemoveRows();
    }
    if (!fresh.isEmpty()) {
        const Entry &e = fresh.constFirst();
        const auto at
            = std::lower_bound(m_planned.cbegin(), m_planned.cend(), e, [](const Entry &a, const Entry &b) {
                  return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.id < b.id;
              });
        const int i = int(at - m_planned.cbegin());
        beginInsertRows({}, first + i, first + i);
        m_planned.insert(i, e);
        endInsertRows();
    }
    if (dealId == m_dealId)
        emit dealChanged(); // the next step may have changed
}

// A move, a win, a loss, a reopening or their undo wrote stage history and changed the deal.
void TimelineModel::onDealHistory(qint64 dealId)
{
    if (!m_dealId || !inScope(dealId))
        return;
    if (const auto deal = m_pipeline->deal(dealId))
        m_deals.insert(dealId, *deal);
    if (showsStageChanges()) {
        qint64 newest = 0;
        for (const Entry &e : std::as_const(m_past)) {
            if (e.kind != Kind::Touch && e.dealId == dealId)
                newest = std::max(newest, e.id);
        }
        for (const Entry &e : readHistoryAfter(dealId, newest))
            placePast(e);
    }
    changedRowsOfDeal(dealId);
    if (dealId == m_dealId)
        emit dealChanged();
}

void TimelineModel::onDealChanged(qint64 dealId)
{
    if (!m_dealId)
        return;
    const std::optional<Deal> deal = m_pipeline->deal(dealId);
    const bool belongs
        = deal && (m_scope == Scope::Account ? deal->accountId == m_accountId : dealId == m_dealId);
    if (belongs != inScope(dealId) || (dealId == m_dealId && deal && deal->accountId != m_accountId)) {
        reload(); // a deal joined or left the account: rare, so read again
        return;
    }
    if (!belongs)
        return;
    m_deals.insert(dealId, *deal);
    changedRowsOfDeal(dealId);
    if (dealId == m_dealId)
        emit dealChanged();
}

void TimelineModel::onContactChanged(qint64 contactId, qint64 accountId)
{
    if (!m_dealId || accountId != m_accountId)
        return;
    m_people.remove(contactId);
    if (rowCount() > 0)
        emit dataChanged(
            index(0), index(rowCount() - 1), { ContactNameRole, ContactRoleRole, Qt::DisplayRole });
}

void TimelineModel::changedRowsOfDeal(qint64 dealId)
{
    for (int row = 0; row < rowCount(); ++row) {
        const Entry *e = entryAt(row);
        if (e && e->dealId == dealId)
            emit dataChanged(index(row), index(row));
    }
}

} // namespace Ripen
