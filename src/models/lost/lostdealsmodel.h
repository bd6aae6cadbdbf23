// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "lostreview.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>
#include <QSet>
#include <QTimer>

namespace Ripen {

class Clock;
class Pipeline;

// The lost deals to re-engage: one row per deal whose latest loss is in the filter's window, ripe
// first, read through LostReview's list query (the one query layer the review, the PDF and `ripen
// report lost` share). The state filter is left to a proxy (the view's), so the model always holds every
// state and counts them: the badge and "first move" need the ripe ones whatever is shown.
//
// Shown at once: the first kFirstRows rows and the counts by state, each one statement over the losses'
// index. The rest of the list is read on a thread of its own (BackgroundRead) and appended when it
// arrives (completed()); changes made meanwhile are placed once it is there.
//
// A change costs what it changed: on the Pipeline's signals the model notes the deals concerned and, in
// the next event-loop turn, reads those rows alone and removes, inserts or updates them where the order
// puts them. It reads everything again only for what it cannot place (stages or reasons edited, a
// renamed account, more than kMaxRechecks deals at once).
class LostDealsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostDealsModel)
public:
    enum Column {
        DealColumn,
        StateColumn, // where the deal stands: what the user acts on, next to its name
        AccountColumn,
        LostOnColumn,
        ValueColumn,
        CommitmentColumn,
        ReasonColumn,
        StrategyColumn,
        CompetitorColumn,
        ReengageColumn,
        TouchesColumn,
        ColumnCount
    };
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        StateRole, // int(LostState)
        DaysToRipeRole, // days until the re-engage date: 0 or less when it has come
        SortRole, // the column's raw value: a date, minor units, a count
    };
    // More changed deals than this in one turn read the whole list once instead.
    static constexpr int kMaxRechecks = 64;
    // Rows read before the view is shown; more come from the background.
    static constexpr int kFirstRows = 200;

    LostDealsModel(Pipeline &pipeline, const Clock &clock, QObject *parent = nullptr);

    // The filter's state is ignored here (see the class comment).
    const LostFilter &filter() const { return m_filter; }
    void setFilter(const LostFilter &filter);
    // Reads every row again (a new day, or an error to recover from).
    void refresh();
    // The reason the last read failed, empty when it worked.
    QString lastError() const { return m_error; }
    // Whether every row is here (the rest of a long list is still read in the background otherwise).
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const LostDealRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfDeal(qint64 dealId) const;
    int count(LostState state) const { return m_counts.value(state); }
    // The deals "first move" plans a touch for: ripe now (nobody touched them since the "no", nothing
    // planned), in the list's order; read from the database while the list is not complete.
    QList<qint64> ripeUntouched() const;

    static QString stateText(LostState state, int daysToRipe);

signals:
    // After every read or change: the counts may have changed.
    void countsChanged();
    // The rest of a long list has arrived: every row is here.
    void completed();

private:
    void reload();
    // Reads the list past the first rows on a thread of its own.
    void readRest(const QDate &today);
    void adoptRest();
    void note(qint64 dealId);
    void recheckNoted();
    // Whether row, replacing the one at `at`, keeps the list's order there.
    bool staysAt(int at, const LostDealRow &row) const;
    void place(const LostDealRow &row);
    void removeAt(int row);
    void countRow(const LostDealRow &row, int delta);

    Pipeline &m_pipeline;
    const Clock &m_clock;
    LostFilter m_filter;
    QList<LostDealRow> m_rows;
    QMap<LostState, int> m_counts;
    QSet<qint64> m_noted;
    bool m_reloadNoted = false;
    QTimer m_soon;
    QString m_error;
    bool m_complete = true;
    QList<LostDealRow> m_rest; // written by m_read's thread, read once it has finished
    QString m_restError;
    // Last, so it is destroyed first: its destructor stops the thread before what the thread writes goes.
    BackgroundRead m_read;
};

} // namespace Ripen
