// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendafilter.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace Ripen {

class Pipeline;

// The open follow-ups due in one range of days, by due day: a column of the agenda (Overdue, Today,
// one day, a folded weekend, Later). Read a page at a time on the open-follow-ups index, so Later with
// 40,000 follow-ups opens with its first cards. A change costs what it changed: on the Pipeline's
// signals the model reads the one follow-up concerned and inserts, updates or removes its row, and
// keeps its count from the change; it counts again only when it cannot know (a card it never read).
class AgendaColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaColumnModel)
public:
    enum Role {
        FollowUpIdRole = Qt::UserRole + 1,
        DealIdRole,
        DealTitleRole,
        AccountRole,
        ContactRole, // the follow-up's contact, else the deal's
        ContactIdRole,
        ChannelRole, // int(Channel)
        ValueKindRole, // int(ValueKind)
        PlannedValueRole,
        DueOnRole, // QDate
        StageRole, // the deal's stage name
        DealStatusRole, // int(DealStatus)
        CadenceRole, // int(Cadence)
        SeriesIdRole,
        StepRole, // this step's number in its series (1-based), 0 when in none
        StepCountRole, // steps in the series, 0 when in none
        SeriesUntilRole, // QDate: the cadence's come-back date, invalid when none
        OwnerRole,
        AccountIdRole,
        ReEngageRole, // a re-engagement touch of a lost deal
        CadenceMarkerRole, // "2 of 3 before 12 Mar", "Re-engage before 3 Feb", or empty
    };

    static constexpr const char *kMimeType = "application/x-ripen-follow-up-ids";
    static constexpr int kPageSize = 40;

    // from invalid: no lower bound (Overdue); to invalid: no upper bound (Later).
    AgendaColumnModel(Pipeline &pipeline, const QDate &from, const QDate &to, QObject *parent = nullptr);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setRange(const QDate &from, const QDate &to);
    void setFilter(const AgendaFilter &filter);
    const AgendaFilter &filter() const { return m_filter; }
    // Whether a card dropped here gets a day of its own: day columns do; Overdue and Later do not.
    bool acceptsDay() const { return m_from.isValid() && m_to.isValid(); }

    // Matching open follow-ups in the whole range, not only the rows read.
    qint64 count() const { return m_count; }
    int rowOfFollowUp(qint64 followUpId) const; // among the rows read, -1 when not read
    qint64 followUpIdAt(int row) const;
    // Reads the column again, keeping as many rows as before.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    static QList<qint64> followUpIdsFromMime(const QMimeData *data);
    // "Re-engage", "Ghosted", "Long game": a cadence in a word, for the card's marker.
    static QString shortCadenceName(Cadence cadence);

    // The SQL of the first page and of the count, for benchmarks and EXPLAIN QUERY PLAN checks; bindPage
    // binds the values of both (the range and the filter), then the page needs the page size.
    QString pageSql(bool afterCard = false) const;
    QString countSql() const;
    void bindRange(QSqlQuery &query) const;

signals:
    void countChanged();
    // Cards dropped on this column: to its day, or, for a column without one (Later), on a day the user
    // picks. The agenda decides how (cadence, spacing, undo), so the model itself never writes.
    void rescheduleRequested(const QList<qint64> &followUpIds, const QDate &to);
    void pickDateRequested(const QList<qint64> &followUpIds);

private:
    enum Column {
        IdColumn,
        DealIdColumn,
        TitleColumn,
        AccountColumn,
        ContactColumn,
        ContactIdColumn,
        ChannelColumn,
        ValueKindColumn,
        PlannedValueColumn,
        DueColumn,
        StageColumn,
        StatusColumn,
        CadenceColumn,
        SeriesColumn,
        StepColumn,
        StepCountColumn,
        SeriesUntilColumn,
        OwnerColumn,
        AccountIdColumn,
        ReengageOnColumn,
        ColumnCount
    };
    struct Card
    {
        QVariant fields[ColumnCount];
        bool matches = false; // open and matching the filter, wherever its day is
        bool here = false; // and in range
        qint64 id() const { return fields[IdColumn].toLongLong(); }
        std::pair<QString, qint64> key() const { return { fields[DueColumn].toString(), id() }; }
    };

    QString filterSql(bool withRange = true) const;
    bool inRange(const QDate &day) const;
    void bindFilter(QSqlQuery &query) const;
    std::optional<Card> readCard(qint64 followUpId) const;
    int fetchPage();
    void readCount();
    void reconcile(qint64 followUpId);
    // Whether a card beyond the rows read was counted before its change: by its day then (a reschedule
    // says it), else by its day now; nullopt when the card was never read and cannot be placed.
    std::optional<bool> countedBefore(qint64 followUpId, int row, const std::optional<Card> &card) const;
    void rereadWhere(const std::function<bool(const Card &)> &concerned);
    int insertionRow(const Card &card) const;
    QVariant field(int row, Column column) const { return m_cards.at(row).fields[column]; }

    Pipeline &m_pipeline;
    QDate m_from;
    QDate m_to;
    AgendaFilter m_filter;
    QList<Card> m_cards;
    bool m_atEnd = true;
    qint64 m_count = 0;
    bool m_resetting = false;
    bool m_announcingReset = false;
    QHash<qint64, QDate> m_rescheduledFrom; // set by followUpRescheduled, read by the change after it
    mutable QSqlQuery m_probe; // the one-row check a column makes before reading a whole card
};

} // namespace Ripen
