// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deal.h"
#include "enums.h"
#include "stage.h"
#include "touch.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <optional>

namespace Ripen {

class Pipeline;

// What the timeline lists: one kind of entry, or all of them.
enum class TimelineShow { Everything, Touches, NosHeard, StageChanges, Planned };

struct TimelineFilter
{
    TimelineShow show = TimelineShow::Everything;
    qint64 contactId = 0; // 0 = every contact (a contact filter shows touches and planned steps only)
    std::optional<Channel> channel; // likewise
    bool operator==(const TimelineFilter &) const = default;
};

// One deal's story, or its whole account's, as a vertical timeline: past entries (touches, stage
// changes, wins, losses, reopenings) oldest first, a "Today" marker, then the planned follow-ups.
// The newest page of the past is read first and older pages on request (fetchOlder: the view asks
// when the user scrolls to the top), so an account with thousands of touches opens with one page.
// A change costs what it changed: on the Pipeline's signals the model reads the one row concerned
// and inserts, updates or removes it; it resets only for another deal, scope or filter.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum class Scope { Deal, Account };
    enum class Kind { Touch, Created, StageChange, Won, Lost, Reopened, Today, Planned };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        EntryIdRole, // the touch's, stage change's or follow-up's id; 0 for Today
        DealIdRole,
        DealTitleRole,
        WhenRole, // QDateTime; for planned steps the day (QDate) is in DueOnRole
        DueOnRole,
        ChannelRole, // int(Channel)
        ContactIdRole,
        ContactNameRole,
        ContactRoleRole, // int(ContactRole)
        OutcomeRole, // int(TouchOutcome)
        ValueKindRole, // int(ValueKind)
        ValueTextRole,
        NoteRole,
        CarriesValueRole,
        FromStageRole,
        ToStageRole,
        LostReasonRole,
        LostDetailsRole, // failed commitment, competitor and note, as one line
        ReengageOnRole,
        CadenceRole, // int(Cadence)
        OverdueRole,
    };
    static constexpr int kPageSize = 50;

    explicit TimelineModel(Pipeline &pipeline, QObject *parent = nullptr);

    // Shows dealId's timeline, or that of its account; 0 shows nothing.
    void setDeal(qint64 dealId, Scope scope = Scope::Deal);
    void setScope(Scope scope);
    void setFilter(const TimelineFilter &filter);
    qint64 dealId() const { return m_dealId; }
    qint64 accountId() const { return m_accountId; }
    Scope scope() const { return m_scope; }
    const TimelineFilter &filter() const { return m_filter; }
    // Lets go of the database (Workspace::closing): the model is empty from now on.
    void release();

    // The row of the "Today" marker; -1 while no deal is shown.
    int todayRow() const { return m_dealId ? int(m_past.size()) : -1; }
    int pastCount() const { return int(m_past.size()); }
    int plannedCount() const { return int(m_planned.size()); }
    // Older entries exist that are not read yet.
    bool canFetchOlder() const { return m_dealId && !m_pastComplete; }
    // Reads the next older page and inserts it above; returns the number of rows inserted.
    int fetchOlder();
    // Every touch in scope, oldest first, whatever the filter: what the persistence meters measure.
    QList<Touch> touchesInScope() const;
    // The row of a touch, stage change or follow-up, -1 when it is not read (yet).
    int rowOf(Kind kind, qint64 entryId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The SQL of a page of the past (for EXPLAIN QUERY PLAN checks and benchmarks).
    QString pastPageSql() const;

signals:
    // The deal shown changed in a way the header shows (title, stage, value, owner, next step).
    void dealChanged();

private:
    struct Entry
    {
        Kind kind = Kind::Touch;
        qint64 id = 0;
        qint64 dealId = 0;
        QString atText; // as stored: the order of the past
        QDateTime at;
        QDate dueOn;
        int source = 0; // 0 stage change, 1 touch: the order of entries at the same moment
        Channel channel = Channel::Call;
        qint64 contactId = 0;
        TouchOutcome outcome = TouchOutcome::NoAnswer;
        ValueKind valueKind = ValueKind::None;
        QString valueText;
        QString note;
        qint64 fromStageId = 0;
        qint64 toStageId = 0;
        Cadence cadence = Cadence::None;
    };
    struct Person
    {
        QString name;
        ContactRole role = ContactRole::Other;
    };

    void reload();
    void readContext();
    QString scopeSql(const char *column) const;
    QVariant scopeValue() const; // the deal's or the account's id
    bool inScope(qint64 dealId) const { return m_deals.contains(dealId); }
    QString touchBranchSql(bool oneTouch) const;
    void bindTouchBranch(QSqlQuery &query, const QVariant &scopeOrId) const;
    QString stageBranchSql(bool afterId) const;
    QList<Entry> readPast(const Entry *before, int limit) const;
    std::optional<Entry> readTouch(qint64 touchId) const;
    QList<Entry> readHistoryAfter(qint64 dealId, qint64 afterId) const;
    QList<Entry> readPlanned(qint64 followUpId = 0) const;
    static Entry pastEntryFrom(const QSqlQuery &query);
    Kind stageChangeKind(qint64 fromStageId, qint64 toStageId) const;
    bool showsStageChanges() const;
    bool showsTouches() const;
    bool showsPlanned() const;
    static bool pastBefore(const Entry &a, const Entry &b);
    const Entry *entryAt(int row) const;
    Person person(qint64 contactId) const;
    QString summary(const Entry &entry) const;

    void onTouch(qint64 dealId, qint64 touchId);
    void onFollowUp(qint64 dealId, qint64 followUpId);
    void onDealHistory(qint64 dealId);
    void onDealChanged(qint64 dealId);
    void onContactChanged(qint64 contactId, qint64 accountId);
    void placePast(const Entry &entry);
    void removePastRow(int index);
    void changedRowsOfDeal(qint64 dealId);

    Pipeline *m_pipeline;
    qint64 m_dealId = 0;
    qint64 m_accountId = 0;
    Scope m_scope = Scope::Deal;
    TimelineFilter m_filter;
    QList<Entry> m_past; // oldest first
    QList<Entry> m_planned; // soonest first
    bool m_pastComplete = true;
    QHash<qint64, Deal> m_deals; // the deals in scope
    QHash<qint64, Stage> m_stages; // archived ones too: the history names them
    mutable QHash<qint64, Person> m_people;
};

} // namespace Ripen
