// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardfilter.h"
#include "money.h"

#include <QDate>
#include <QSqlQueryModel>

namespace Ripen {

class Clock;
class DealSearch;
class Pipeline;

// The deals of one stage in card order, fetched lazily: a stage holding 50,000 deals opens
// with its first rows only and fetches more as the view scrolls. Refreshes itself on the
// Pipeline's signals when a change touches this stage.
class StageColumnModel final : public QSqlQueryModel
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

    // Matching deals in the whole stage (not only the fetched rows) and their value per currency.
    qint64 dealCount() const { return m_count; }
    const QList<Money> &totals() const { return m_totals; }

    int rowOfDeal(qint64 dealId) const; // among fetched rows, -1 when not fetched
    qint64 dealIdAt(int row) const;

    // Re-runs the query, keeping as many rows fetched as before.
    void refresh();

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

    // The SQL the column runs, for benchmarks and EXPLAIN QUERY PLAN checks.
    QString selectSql() const;

signals:
    void totalsChanged();
    // A drop asks to move dealId here before beforeDealId (0 = at the end); the board decides
    // how (undo stack, dialogs), so the model itself never writes.
    void moveRequested(qint64 dealId, qint64 toStageId, qint64 beforeDealId);

private:
    void bindFilter(QSqlQuery &query) const;
    QString whereSql() const;
    void refreshTotals();
    QVariant field(int row, Column column) const;
    bool touches(qint64 dealId) const;

    Pipeline &m_pipeline;
    DealSearch &m_search;
    qint64 m_stageId;
    int m_rotDays;
    BoardFilter m_filter;
    qint64 m_count = 0;
    QList<Money> m_totals;
};

} // namespace Ripen
