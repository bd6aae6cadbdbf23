// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecolumnmodel.h"

#include "clock.h"
#include "dealsearch.h"
#include "persistencerules.h"
#include "pipeline.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>
#include <utility>

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
    : QAbstractListModel(parent)
    , m_pipeline(pipeline)
    , m_search(search)
    , m_stageId(stageId)
    , m_rotDays(rotDays)
{
    connect(&m_pipeline, &Pipeline::dealMoved, this, [this](qint64 dealId, qint64 from, qint64 to) {
        if (from == to) {
            if (from != m_stageId)
                return;
            // A new place in this column: the row goes and comes back where it now belongs.
            if (const int row = rowOfDeal(dealId); row >= 0)
                removeCard(row);
            if (const auto card = readCard(dealId); card && card->stageId == m_stageId && card->matches)
                insertCard(*card);
        } else if (from == m_stageId) {
            reconcile(dealId, Before::WasHere);
        } else if (to == m_stageId) {
            reconcile(dealId, Before::NotHere);
        }
    });
    const auto reconcileUnknown = [this](qint64 dealId) { reconcile(dealId, Before::Unknown); };
    connect(&m_pipeline, &Pipeline::dealChanged, this, reconcileUnknown);
    // A touch or a follow-up leaves its deal in its stage: a column the deal is not in has nothing to
    // do, which one lookup by id tells (an agenda drop of 50 cards is 50 of these per column).
    const auto reconcileIfHere = [this](qint64 dealId) {
        if (rowOfDeal(dealId) >= 0 || liveStage(dealId) == m_stageId)
            reconcile(dealId, Before::Unknown);
    };
    connect(&m_pipeline, &Pipeline::touchLogged, this, reconcileIfHere);
    connect(&m_pipeline, &Pipeline::touchChanged, this, reconcileIfHere);
    connect(&m_pipeline, &Pipeline::followUpChanged, this, reconcileIfHere);
    connect(&m_pipeline, &Pipeline::accountChanged, this,
        [this](qint64 accountId) { reloadCardsOf(accountId, 0); });
    connect(&m_pipeline, &Pipeline::bulkChanged, this, &StageColumnModel::refresh);
    connect(&m_pipeline, &Pipeline::contactChanged, this,
        [this](qint64 contactId, qint64) { reloadCardsOf(0, contactId); });
    refresh();
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
    // Every card shown is as the database has it (each change reaches its row through reconcile),
    // and a card is the same whatever the filter: the new filter reads only the cards it does not
    // already show. Typing one more letter mostly shows cards of the ones shown.
    for (const Card &card : std::as_const(m_cards))
        m_shown.insert(card.fields[IdColumn].toLongLong(), card);
    // Other cards than the ones scrolled past: the first page, and the view fetches what it shows.
    read(kPageSize);
    m_shown.clear();
}

QString StageColumnModel::matchSql(bool withText) const
{
    QStringList parts;
    // The matching deals were found once for the whole board (DealSearch); here it is one lookup.
    if (withText && !m_filter.text.trimmed().isEmpty())
        parts << QStringLiteral("d.id IN (SELECT id FROM %1)").arg(m_search.table());
    if (!m_filter.owner.isEmpty())
        parts << QStringLiteral("d.owner = ?");
    if (m_filter.needsAttention)
        parts << kAttentionSql;
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

void StageColumnModel::bindFilter(QSqlQuery &query, bool withStage) const
{
    if (withStage)
        query.addBindValue(m_stageId);
    if (!m_filter.owner.isEmpty())
        query.addBindValue(m_filter.owner);
    if (m_filter.needsAttention)
        query.addBindValue(isoDate(m_pipeline.clock().today()));
}

namespace {

QString cardColumnsSql()
{
    return QStringLiteral(
        "SELECT d.id, d.title, a.name, c.name, d.value_minor, d.currency, d.owner, d.position, "
        "(SELECT count(*) FROM touches t WHERE t.deal_id = d.id), "
        "(SELECT max(t.occurred_at) FROM touches t WHERE t.deal_id = d.id AND t.value_kind <> 'none'), "
        "(SELECT max(t.occurred_at) FROM touches t WHERE t.deal_id = d.id AND "
        "(t.value_kind <> 'none' OR t.outcome <> 'no_answer')), "
        "%1, %2, "
        "(SELECT max(h.changed_at) FROM stage_history h WHERE h.deal_id = d.id), "
        "d.account_id, d.contact_id, d.stage_id")
        .arg(kRecentFlagsSql, kNextDueSql);
}

// The card columns, then match (an SQL expression: whether the card passes the filter), then the
// joins; the caller adds WHERE and ORDER BY.
QString cardSelectSql(const QString &match)
{
    return cardColumnsSql() + QStringLiteral(", ") + match
        + QStringLiteral(" FROM deals d JOIN accounts a ON a.id = d.account_id "
                         "LEFT JOIN contacts c ON c.id = d.contact_id ");
}

} // namespace

QString StageColumnModel::pageSql(bool afterCard) const
{
    // A page starts after the last card read, by its place now (a column renumbered since keeps
    // its order), so reading page 100 costs what reading page 1 does.
    return cardSelectSql(QStringLiteral("1"))
        + QStringLiteral("WHERE d.stage_id = ? AND %1%2 ORDER BY d.position, d.id LIMIT ?")
              .arg(matchSql(),
                  afterCard ? QStringLiteral(
                      " AND (d.position, d.id) > (SELECT position, id FROM deals WHERE id = ?)")
                            : QString());
}

QString StageColumnModel::cardSql(bool withText) const
{
    return cardSelectSql(matchSql(withText)) + QStringLiteral("WHERE d.id = ?");
}

QString StageColumnModel::totalsSql() const
{
    if (!filtered())
        return QStringLiteral(
            "SELECT currency, deal_count, value_minor FROM stage_totals WHERE stage_id = ?");
    return QStringLiteral("SELECT d.currency, count(*), sum(d.value_minor) FROM deals d WHERE d.stage_id = ? "
                          "AND %1 GROUP BY d.currency")
        .arg(matchSql());
}

StageColumnModel::Card StageColumnModel::cardFrom(const QSqlQuery &query)
{
    Card card;
    for (int column = 0; column < ColumnCount; ++column)
        card.fields[column] = query.value(column);
    card.accountId = query.value(ColumnCount).toLongLong();
    card.contactId = query.value(ColumnCount + 1).toLongLong();
    card.stageId = query.value(ColumnCount + 2).toLongLong();
    card.matches = query.value(ColumnCount + 3).toBool();
    return card;
}

std::optional<StageColumnModel::Card> StageColumnModel::readCard(qint64 dealId) const
{
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    // On the index, the text part of the filter is the index's to answer.
    query.prepare(cardSql(!m_indexed));
    bindFilter(query, false);
    query.addBindValue(dealId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Card card = cardFrom(query);
    if (m_indexed)
        card.matches = card.matches && m_search.index(m_filter.text).matches(dealId, m_filter.owner);
    return card;
}

QList<StageColumnModel::Card> StageColumnModel::readCards(QSqlQuery &query) const
{
    QList<Card> cards;
    if (query.exec()) {
        while (query.next())
            cards << cardFrom(query);
    } else {
        qWarning("Ripen: reading the column failed: %s", qPrintable(query.lastError().text()));
    }
    return cards;
}

int StageColumnModel::fetchPage()
{
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    const bool after = !m_cards.isEmpty();
    QList<Card> page;
    if (m_indexed) {
        // The index knows which cards come next; the database gives only those, by id.
        const QList<qint64> ids
            = m_search.index(m_filter.text)
                  .page(m_stageId, m_filter.owner, after ? m_cards.last().fields[IdColumn].toLongLong() : 0,
                      kPageSize);
        // Each card read is a handful of pages scattered over the file (its deal, account, contact,
        // touches, follow-ups, history): taken from the cards shown before the filter changed where
        // it can be, and read in one statement otherwise.
        QStringList json;
        for (qint64 id : ids) {
            if (!m_shown.contains(id))
                json << QString::number(id);
        }
        QHash<qint64, Card> read;
        if (!json.isEmpty()) {
            query.prepare(cardSelectSql(QStringLiteral("1"))
                + QStringLiteral("WHERE d.id IN (SELECT value FROM json_each(?))"));
            query.addBindValue(QLatin1Char('[') + json.join(QLatin1Char(',')) + QLatin1Char(']'));
            for (const Card &card : readCards(query))
                read.insert(card.fields[IdColumn].toLongLong(), card);
            m_cardsRead += read.size();
        }
        // In the index's order, which chose them (a deal deleted meanwhile is left out).
        page.reserve(ids.size());
        for (qint64 id : ids) {
            if (const auto shown = m_shown.constFind(id); shown != m_shown.constEnd()) {
                page << *shown;
                page.last().matches = true;
            } else if (const auto fresh = read.constFind(id); fresh != read.constEnd()) {
                page << *fresh;
            }
        }
        m_atEnd = ids.size() < kPageSize;
    } else {
        query.prepare(pageSql(after));
        bindFilter(query);
        if (after)
            query.addBindValue(m_cards.last().fields[IdColumn]);
        query.addBindValue(kPageSize);
        page = readCards(query);
        m_cardsRead += page.size();
        m_atEnd = page.size() < kPageSize;
    }
    if (!page.isEmpty()) {
        const bool resetting = m_resetting;
        // Listeners of rowsAboutToBeInserted and rowsInserted cannot fetch the next page meanwhile.
        const bool announcing = std::exchange(m_announcing, true);
        if (!resetting)
            beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + page.size() - 1));
        m_cards.append(page);
        if (!resetting)
            endInsertRows();
        m_announcing = announcing;
    }
    return int(page.size());
}

int StageColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

bool StageColumnModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or a page's insert is being announced: a listener fetching from inside it
    // would nest an insert inside the reset or read the same page twice. Views fetch after it, when
    // they lay out again.
    return !parent.isValid() && !m_atEnd && !m_announcing;
}

void StageColumnModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void StageColumnModel::refresh()
{
    // Keep what the view had scrolled into, so a refresh does not jump back to the top.
    read(m_cards.size());
}

void StageColumnModel::read(qsizetype fetched)
{
    m_indexed = m_search.usesIndex(m_filter);
    if (!m_indexed)
        m_search.prepare(m_filter.text);
    beginResetModel();
    m_resetting = true;
    m_cards.clear();
    m_atEnd = false;
    while (fetchPage() > 0 && !m_atEnd && m_cards.size() < fetched) { }
    m_resetting = false;
    m_announcing = true;
    endResetModel();
    m_announcing = false;
    readTotals();
}

qint64 StageColumnModel::liveStage(qint64 dealId) const
{
    if (!m_stageQuery.isActive() && m_stageQuery.lastQuery().isEmpty()) {
        m_stageQuery = QSqlQuery(m_pipeline.connection());
        m_stageQuery.setForwardOnly(true);
        m_stageQuery.prepare(QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"));
    }
    m_stageQuery.bindValue(0, dealId);
    const qint64 stage = m_stageQuery.exec() && m_stageQuery.next() ? m_stageQuery.value(0).toLongLong() : 0;
    m_stageQuery.finish();
    return stage;
}

qint64 StageColumnModel::livePosition(qint64 dealId) const
{
    if (!m_positionQuery.isActive() && m_positionQuery.lastQuery().isEmpty()) {
        m_positionQuery = QSqlQuery(m_pipeline.connection());
        m_positionQuery.setForwardOnly(true);
        m_positionQuery.prepare(QStringLiteral("SELECT position FROM deals WHERE id = ?"));
    }
    m_positionQuery.bindValue(0, dealId);
    const bool found = m_positionQuery.exec() && m_positionQuery.next();
    const qint64 position
        = found ? m_positionQuery.value(0).toLongLong() : std::numeric_limits<qint64>::max();
    m_positionQuery.finish();
    return position;
}

int StageColumnModel::insertionRow(const Card &card) const
{
    // The rows are in (position, id) order; positions are read as they are now, since moving a
    // card into a full gap renumbers its column. About log2(rows) lookups.
    const std::pair<qint64, qint64> key { card.fields[PositionColumn].toLongLong(),
        card.fields[IdColumn].toLongLong() };
    int low = 0, high = int(m_cards.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        const qint64 id = m_cards.at(middle).fields[IdColumn].toLongLong();
        if (std::pair { livePosition(id), id } < key)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void StageColumnModel::insertCard(const Card &card)
{
    const int row = insertionRow(card);
    // Past the last card read, while more are to come: the card arrives with its page.
    if (row == m_cards.size() && !m_atEnd)
        return;
    beginInsertRows({}, row, row);
    m_cards.insert(row, card);
    endInsertRows();
}

void StageColumnModel::removeCard(int row)
{
    beginRemoveRows({}, row, row);
    m_cards.removeAt(row);
    endRemoveRows();
}

void StageColumnModel::reconcile(qint64 dealId, Before before)
{
    const int row = rowOfDeal(dealId);
    const std::optional<Card> card = readCard(dealId);
    const bool here = card && card->stageId == m_stageId && card->matches;
    if (row < 0 && !here && before != Before::WasHere)
        return; // neither shown nor counted here, before or now
    std::optional<Card> old;
    if (row >= 0) {
        old = m_cards.at(row);
        if (here) {
            m_cards[row] = *card;
            emit dataChanged(index(row, 0), index(row, 0));
        } else {
            removeCard(row);
        }
    } else if (here) {
        insertCard(*card);
    }

    if (!filtered()) {
        readTotals(); // a few rows of stage_totals
        return;
    }
    // A card not read was counted before only if it was here and matched: unknown unless every
    // card of the column has been read, or it came from another stage.
    if (!old && before != Before::NotHere && !m_atEnd) {
        readTotals();
        return;
    }
    if (old)
        addToTotals(*old, -1);
    if (here)
        addToTotals(*card, +1);
    if (old || here)
        publishTotals();
}

void StageColumnModel::reloadCardsOf(qint64 accountId, qint64 contactId)
{
    // A renamed account or contact changes what the text filter matches: search again.
    if (!m_filter.text.trimmed().isEmpty()) {
        refresh();
        return;
    }
    for (int row = 0; row < m_cards.size(); ++row) {
        const Card &card = m_cards.at(row);
        if ((accountId && card.accountId == accountId) || (contactId && card.contactId == contactId)) {
            if (const auto fresh = readCard(card.fields[IdColumn].toLongLong())) {
                m_cards[row] = *fresh;
                emit dataChanged(index(row, 0), index(row, 0));
            }
        }
    }
}

void StageColumnModel::readTotals()
{
    if (m_indexed) {
        // Counted in memory: what the header shows needs no SQL with a text filter.
        m_stageTotals.clear();
        for (const DealIndex::Total &total : m_search.index(m_filter.text).totals(m_stageId, m_filter.owner))
            m_stageTotals << Total { total.currency, total.count, total.minor };
        publishTotals();
        return;
    }
    QSqlQuery query(m_pipeline.connection());
    query.setForwardOnly(true);
    query.prepare(totalsSql());
    bindFilter(query);
    m_stageTotals.clear();
    if (query.exec()) {
        while (query.next())
            m_stageTotals << Total { query.value(0).toString(), query.value(1).toLongLong(),
                query.value(2).toLongLong() };
    }
    publishTotals();
}

void StageColumnModel::addToTotals(const Card &card, int sign)
{
    const QString currency = card.fields[CurrencyColumn].toString();
    const qint64 minor = card.fields[ValueColumn].toLongLong();
    auto it = std::find_if(m_stageTotals.begin(), m_stageTotals.end(),
        [&](const Total &total) { return total.currency == currency; });
    if (it == m_stageTotals.end())
        it = m_stageTotals.insert(m_stageTotals.end(), Total { currency, 0, 0 });
    it->count += sign;
    it->minor += sign * minor;
}

void StageColumnModel::publishTotals()
{
    QList<Total> totals;
    m_count = 0;
    for (const Total &total : std::as_const(m_stageTotals)) {
        if (total.count <= 0)
            continue;
        m_count += total.count;
        totals << total;
    }
    // The biggest currency first, as the header shows it; equal sums by currency code, so a column
    // kept up to date by its changes shows them in the order a fresh read does.
    std::sort(totals.begin(), totals.end(), [](const Total &a, const Total &b) {
        return a.minor != b.minor ? a.minor > b.minor : a.currency < b.currency;
    });
    m_totals.clear();
    for (const Total &total : std::as_const(totals))
        m_totals << Money { total.minor, total.currency };
    emit totalsChanged();
}

QVariant StageColumnModel::field(int row, Column column) const
{
    return m_cards.at(row).fields[column];
}

qint64 StageColumnModel::dealIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? field(row, IdColumn).toLongLong() : 0;
}

int StageColumnModel::rowOfDeal(qint64 dealId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).fields[IdColumn].toLongLong() == dealId)
            return row;
    }
    return -1;
}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
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
        return field(row, TitleColumn);
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
        return {};
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
