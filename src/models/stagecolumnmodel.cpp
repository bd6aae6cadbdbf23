// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecolumnmodel.h"

#include "clock.h"
#include "dealsearch.h"
#include "persistencerules.h"
#include "pipeline.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSqlQuery>

namespace Ripen {

namespace {

// Correlated subqueries evaluated only for the rows a view actually fetches; each is one probe
// of an index on deal_id (touches_deal_time, follow_ups_deal_due, stage_history_deal).
const QString kNextDueSql
    = QStringLiteral("(SELECT min(f.due_on) FROM follow_ups f WHERE f.deal_id = d.id AND f.done_on IS NULL)");
const QString kRecentFlagsSql = QStringLiteral(
    "(SELECT group_concat(v, '') FROM (SELECT CASE WHEN t.value_kind <> 'none' THEN '1' ELSE '0' END AS v "
    "FROM touches t WHERE t.deal_id = d.id ORDER BY t.occurred_at DESC, t.id DESC LIMIT %1))")
                                    .arg(Rules::kNuisanceRun);
// Overdue, missing or nuisance; rotting needs an overdue or missing next step, so it is covered.
const QString kAttentionSql
    = QStringLiteral("(%1 IS NULL OR %1 < ? OR %2 LIKE '%3%')")
          .arg(kNextDueSql, kRecentFlagsSql, QString(Rules::kNuisanceRun, QLatin1Char('0')));

} // namespace

StageColumnModel::StageColumnModel(
    Pipeline &pipeline, DealSearch &search, qint64 stageId, int rotDays, QObject *parent)
    : QSqlQueryModel(parent)
    , m_pipeline(pipeline)
    , m_search(search)
    , m_stageId(stageId)
    , m_rotDays(rotDays)
{
    connect(&m_pipeline, &Pipeline::dealMoved, this, [this](qint64, qint64 from, qint64 to) {
        if (from == m_stageId || to == m_stageId)
            refresh();
    });
    const auto refreshIfMine = [this](qint64 dealId) {
        if (touches(dealId))
            refresh();
    };
    connect(&m_pipeline, &Pipeline::dealChanged, this, refreshIfMine);
    connect(&m_pipeline, &Pipeline::touchLogged, this, refreshIfMine);
    connect(&m_pipeline, &Pipeline::followUpChanged, this, refreshIfMine);
    connect(&m_pipeline, &Pipeline::accountChanged, this, &StageColumnModel::refresh);
    connect(&m_pipeline, &Pipeline::contactChanged, this, &StageColumnModel::refresh);
    refresh();
}

bool StageColumnModel::touches(qint64 dealId) const
{
    const auto deal = m_pipeline.deal(dealId);
    return deal && deal->stageId == m_stageId;
}

void StageColumnModel::setRotDays(int rotDays)
{
    if (rotDays == m_rotDays)
        return;
    m_rotDays = rotDays;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), { RottingRole, NeedsAttentionRole });
}

void StageColumnModel::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

QString StageColumnModel::whereSql() const
{
    QString where = QStringLiteral("d.stage_id = ?");
    // The matching deals were found once for the whole board (DealSearch); here it is one lookup.
    if (!m_filter.text.trimmed().isEmpty())
        where += QStringLiteral(" AND d.id IN (SELECT id FROM %1)").arg(m_search.table());
    if (!m_filter.owner.isEmpty())
        where += QStringLiteral(" AND d.owner = ?");
    if (m_filter.needsAttention)
        where += QStringLiteral(" AND ") + kAttentionSql;
    return where;
}

void StageColumnModel::bindFilter(QSqlQuery &query) const
{
    query.addBindValue(m_stageId);
    if (!m_filter.owner.isEmpty())
        query.addBindValue(m_filter.owner);
    if (m_filter.needsAttention)
        query.addBindValue(isoDate(m_pipeline.clock().today()));
}

QString StageColumnModel::selectSql() const
{
    return QStringLiteral(
        "SELECT d.id, d.title, a.name, c.name, d.value_minor, d.currency, d.owner, d.position, "
        "(SELECT count(*) FROM touches t WHERE t.deal_id = d.id), "
        "(SELECT max(t.occurred_at) FROM touches t WHERE t.deal_id = d.id AND t.value_kind <> 'none'), "
        "(SELECT max(t.occurred_at) FROM touches t WHERE t.deal_id = d.id AND "
        "(t.value_kind <> 'none' OR t.outcome <> 'no_answer')), "
        "%1, %2, "
        "(SELECT max(h.changed_at) FROM stage_history h WHERE h.deal_id = d.id) "
        "FROM deals d JOIN accounts a ON a.id = d.account_id LEFT JOIN contacts c ON c.id = d.contact_id "
        "WHERE %3 ORDER BY d.position, d.id")
        .arg(kRecentFlagsSql, kNextDueSql, whereSql());
}

void StageColumnModel::refresh()
{
    const int fetched = rowCount();
    m_search.prepare(m_filter.text);
    QSqlQuery query(m_pipeline.connection());
    query.prepare(selectSql());
    bindFilter(query);
    query.exec();
    setQuery(std::move(query));
    // Keep what the view had scrolled into, so a refresh does not jump back to the top.
    while (rowCount() < fetched && canFetchMore())
        fetchMore();
    refreshTotals();
}

void StageColumnModel::refreshTotals()
{
    // Without text or attention filters the covering index deals_stage_value answers alone.
    const QString sql
        = QStringLiteral("SELECT d.currency, count(*), sum(d.value_minor) FROM deals d WHERE %1 "
                         "GROUP BY d.currency ORDER BY sum(d.value_minor) DESC")
              .arg(whereSql());
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    bindFilter(query);
    m_count = 0;
    m_totals.clear();
    if (query.exec()) {
        while (query.next()) {
            m_count += query.value(1).toLongLong();
            m_totals << Money { query.value(2).toLongLong(), query.value(0).toString() };
        }
    }
    emit totalsChanged();
}

QVariant StageColumnModel::field(int row, Column column) const
{
    return QSqlQueryModel::data(QSqlQueryModel::index(row, column), Qt::DisplayRole);
}

qint64 StageColumnModel::dealIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? field(row, IdColumn).toLongLong() : 0;
}

int StageColumnModel::rowOfDeal(qint64 dealId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (field(row, IdColumn).toLongLong() == dealId)
            return row;
    }
    return -1;
}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const QDate today = m_pipeline.clock().today();
    const auto rotInput = [&] {
        return Rules::RotInput { dateFromIso(field(row, LastMeaningfulColumn).toString()),
            dateFromIso(field(row, EnteredStageColumn).toString()),
            dateFromIso(field(row, NextDueColumn).toString()), m_rotDays };
    };
    switch (role) {
    case Qt::DisplayRole:
        // The view shows column 0 (the id in the query): show the title there.
        return index.column() == IdColumn ? field(row, TitleColumn) : QSqlQueryModel::data(index, role);
    case TitleRole:
        return field(row, TitleColumn);
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(field(row, TitleColumn).toString(), field(row, AccountColumn).toString());
    case DealIdRole:
        return field(row, IdColumn);
    case AccountRole:
        return field(row, AccountColumn);
    case ContactRole:
        return field(row, ContactColumn);
    case ValueRole:
        return formatMoney(
            Money { field(row, ValueColumn).toLongLong(), field(row, CurrencyColumn).toString() });
    case MoneyMinorRole:
        return field(row, ValueColumn);
    case CurrencyRole:
        return field(row, CurrencyColumn);
    case OwnerRole:
        return field(row, OwnerColumn);
    case TouchCountRole:
        return field(row, TouchCountColumn);
    case DaysSinceValueRole: {
        const QDate last = dateFromIso(field(row, LastValueColumn).toString());
        return last.isValid() ? int(last.daysTo(today)) : -1;
    }
    case NextDueRole:
        return dateFromIso(field(row, NextDueColumn).toString());
    case NextStepRole:
        return int(Rules::nextStep(dateFromIso(field(row, NextDueColumn).toString()), today));
    case RottingRole:
        return Rules::isRotting(rotInput(), today);
    case NuisanceRole:
        return Rules::isNuisance(field(row, RecentFlagsColumn).toString());
    case NeedsAttentionRole: {
        const auto step = Rules::nextStep(dateFromIso(field(row, NextDueColumn).toString()), today);
        return step == Rules::NextStep::Missing || step == Rules::NextStep::Overdue
            || Rules::isRotting(rotInput(), today)
            || Rules::isNuisance(field(row, RecentFlagsColumn).toString());
    }
    default:
        return QSqlQueryModel::data(index, role);
    }
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions StageColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StageColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList StageColumnModel::mimeTypes() const
{
    return { QString::fromLatin1(kMimeType) };
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = dealIdAt(index.row());
        if (id && !ids.contains(id))
            ids << id;
    }
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), encoded);
    return mime;
}

QList<qint64> StageColumnModel::dealIdsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return ids;
    QDataStream stream(data->data(QString::fromLatin1(kMimeType)));
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

bool StageColumnModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && !dealIdsFromMime(data).isEmpty();
}

bool StageColumnModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    // Dropped on a card: in front of it. Between cards: in front of the next one. Past the fetched
    // rows: in front of whatever follows the last fetched card (0 = the column's end).
    int targetRow = row;
    if (targetRow < 0)
        targetRow = parent.isValid() ? parent.row() : rowCount();
    qint64 before = 0;
    if (targetRow < rowCount())
        before = dealIdAt(targetRow);
    else if (rowCount() > 0 && canFetchMore())
        before = m_pipeline.dealAfter(dealIdAt(rowCount() - 1));
    for (qint64 id : dealIdsFromMime(data)) {
        if (id != before)
            emit moveRequested(id, m_stageId, before);
    }
    return true;
}

} // namespace Ripen
