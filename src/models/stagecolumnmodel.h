// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardfilter.h"
#include "money.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <optional>

namespace Ripen {

class Clock;
class DealSearch;
class Pipeline;

// The deals of one stage in card order, fetched lazily a page at a time: a stage holding 50,000
// deals opens with its first cards only and fetches more as the view scrolls. A change costs what
// it changed: on the Pipeline's signals the model reads the one card concerned and removes,
// inserts or updates that row (never a reset), and keeps its count and totals from the change or
// from the stage_totals aggregate. Only a new filter or a renamed account or contact reads the
// column again.
class StageColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnModel)
public:
    // Query columns; the list view shows column 0 and the card delegate reads the roles.
    enum Column {
        IdColumn,
        TitleColumn,
        AccountColumn,
        ContactColumn,
        ValueColumn,
        CurrencyColumn,
        OwnerColumn,
        PositionColumn,
        TouchCountColumn,
        LastValueColumn,
        LastMeaningfulColumn,
        RecentFlagsColumn,
        NextDueColumn,
        EnteredStageColumn,
        ColumnCount
    };
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        TitleRole,
        AccountRole,
        ContactRole,
        ValueRole, // formatted for the locale
        MoneyMinorRole,
        CurrencyRole,
        OwnerRole,
        TouchCountRole,
        DaysSinceValueRole, // -1 when no touch ever carried value
        NextDueRole, // QDate, invalid when nothing is planned
        NextStepRole, // int(Rules::NextStep)
        RottingRole,
        NuisanceRole,
        NeedsAttentionRole,
    };

    static constexpr const char *kMimeType = "application/x-ripen-deal-ids";

    // search is shared by the columns of one board and must outlive them.
    StageColumnModel(
        Pipeline &pipeline, DealSearch &search, qint64 stageId, int rotDays, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setRotDays(int rotDays);
    void setFilter(const BoardFilter &filter);
    const BoardFilter &filter() const { return m_filter; }
    // Whether the text filter is answered from the search's in-memory index (else by SQL).
    bool usesIndex() const { return m_indexed; }

    // Matching deals in the whole stage (not only the fetched rows) and their value per currency.
    qint64 dealCount() const { return m_count; }
    const QList<Money> &totals() const { return m_totals; }

    int rowOfDeal(qint64 dealId) const; // among fetched rows, -1 when not fetched
    qint64 dealIdAt(int row) const;

    // Reads the column again, keeping as many rows fetched as before.
    void refresh();
    // Cards read from the database by pages so far (tests and benchmarks: what a filter costs).
    qint64 cardsRead() const { return m_cardsRead; }

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

    static QList<qint64> dealIdsFromMime(const QMimeData *data);

    // Cards read per page.
    static constexpr int kPageSize = 32;

    // The SQL of the column's first page, for benchmarks and EXPLAIN QUERY PLAN checks: its values
    // are the stage, the filter's (bindFilter) and the page size. pageSql(true) reads the page after
    // a card and takes that card's id before the page size; cardSql() reads one card by id, with a
    // last column saying whether it passes the filter (without its text part: withText false).
    QString selectSql() const { return pageSql(false); }
    QString pageSql(bool afterCard) const;
    QString cardSql(bool withText = true) const;
    // The totals of the column: stage_totals without a filter, else over the matching deals.
    QString totalsSql() const;
    void bindFilter(QSqlQuery &query, bool withStage = true) const;

signals:
    void totalsChanged();
    // A drop asks to move dealId here before beforeDealId (0 = at the end); the board decides
    // how (undo stack, dialogs), so the model itself never writes.
    void moveRequested(qint64 dealId, qint64 toStageId, qint64 beforeDealId);

private:
    struct Card
    {
        QVariant fields[ColumnCount];
        qint64 accountId = 0;
        qint64 contactId = 0;
        qint64 stageId = 0;
        bool matches = true; // whether the deal passes the filter, wherever it is
    };
    struct Total
    {
        QString currency;
        qint64 count = 0;
        qint64 minor = 0;
    };
    // What is known about the deal before the change.
    enum class Before { Unknown, NotHere, WasHere };

    // The filter's SQL; without the text when the index answers for it.
    QString matchSql(bool withText = true) const;
    QList<Card> readCards(QSqlQuery &query) const;
    bool filtered() const { return !m_filter.isEmpty(); }
    std::optional<Card> readCard(qint64 dealId) const;
    static Card cardFrom(const QSqlQuery &query);
    int fetchPage();
    // Reads the column again, up to at least fetched cards (or its end).
    void read(qsizetype fetched);
    // Brings the row of one deal in line with the database: update, insert, remove or nothing.
    void reconcile(qint64 dealId, Before before);
    void insertCard(const Card &card);
    void removeCard(int row);
    int insertionRow(const Card &card) const;
    qint64 livePosition(qint64 dealId) const;
    qint64 liveStage(qint64 dealId) const; // 0 when the deal is gone
    void addToTotals(const Card &card, int sign);
    void readTotals();
    void publishTotals();
    void reloadCardsOf(qint64 accountId, qint64 contactId);
    QVariant field(int row, Column column) const;

    Pipeline &m_pipeline;
    DealSearch &m_search;
    qint64 m_stageId;
    int m_rotDays;
    BoardFilter m_filter;
    QList<Card> m_cards;
    // While a new filter is read: the cards shown before it, by deal id (setFilter).
    QHash<qint64, Card> m_shown;
    qint64 m_cardsRead = 0;
    bool m_atEnd = true;
    QList<Total> m_stageTotals;
    qint64 m_count = 0;
    QList<Money> m_totals;
    bool m_resetting = false;
    bool m_announcing = false; // a reset's or a page's signal is being delivered
    bool m_indexed = false; // the text filter is answered by the search's in-memory index
    mutable QSqlQuery m_positionQuery;
    mutable QSqlQuery m_stageQuery;
};

} // namespace Ripen
